package dev.shardwire.gateway;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shardwire.models.Intents;
import dev.shardwire.testing.EmbeddedGateway;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** 200,000 dispatches with a fault every 20,000: nothing lost, nothing repeated, bounded in time. */
class ShardSoakTest {

  /** Checks each sequence number against the next expected one, without keeping them. */
  private static final class SequenceChecker implements DispatchSink {
    private long last;
    private long delivered;
    private volatile String violation;

    @Override
    public boolean wants(String name) {
      return true;
    }

    @Override
    public synchronized void onDispatch(GatewayShard shard, GatewayDispatch dispatch) {
      long sequence = dispatch.sequence();
      if (sequence <= 0) {
        return; // RESUMED
      }
      if (sequence != last + 1 && violation == null) {
        violation = "got " + sequence + " after " + last;
      }
      last = sequence;
      delivered++;
    }

    synchronized long last() {
      return last;
    }

    synchronized long delivered() {
      return delivered;
    }
  }

  @Test
  void twoHundredThousandDispatchesSurviveTenFaults() throws Exception {
    SequenceChecker checker = new SequenceChecker();
    try (EmbeddedGateway gateway = EmbeddedGateway.builder().heartbeatInterval(Duration.ofSeconds(30)).start()) {
      WebSocketGatewayShard shard = WebSocketGatewayShard.builder()
          .token("soak-token")
          .intents(Intents.GUILDS)
          .gatewayUrl(gateway.url())
          .sink(checker)
          .reconnectBackoff(Duration.ofMillis(5), Duration.ofMillis(50))
          .build();
      try {
        shard.start().get(10, TimeUnit.SECONDS);
        for (int round = 0; round < 10; round++) {
          gateway.dispatchMany(20_000, "MESSAGE_CREATE", "{\"id\":\"123\",\"content\":\"soak\",\"n\":[1,2,3]}");
          switch (round % 4) {
            case 0: gateway.dropConnections(); break;
            case 1: gateway.sendReconnect(); break;
            case 2: gateway.closeConnections(4000, "soak"); break;
            default: gateway.sendInvalidSession(true); break;
          }
        }
        long last = gateway.lastSequence();
        await().atMost(Duration.ofSeconds(40)).until(() -> checker.last() == last || checker.violation != null);
        assertEquals(null, checker.violation);
        assertEquals(200_001, last);
        assertEquals(last, checker.delivered());
        assertEquals(1, gateway.identifyCount());
      } finally {
        shard.close();
      }
    }
  }
}

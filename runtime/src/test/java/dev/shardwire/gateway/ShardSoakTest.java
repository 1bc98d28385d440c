package dev.shardwire.gateway;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shardwire.gateway.client.WebSocketGatewayShard;
import dev.shardwire.models.Intents;
import dev.shardwire.testing.EmbeddedGateway;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;

/**
 * 50,000 sequenced dispatches through seven faults: five dropped connections, one resumable
 * INVALID SESSION and one zombie connection (the gateway stops ACKing). Each fault is injected
 * only once the shard is connected, while dispatches are still in flight, and its effect is
 * awaited and counted: a disconnect, a RESUME at the gateway, a resume. In the end every dispatch
 * arrived exactly once and in order, and the session was never identified again.
 *
 * <p>On a loaded machine a fault may cost more than one resume: with a one-second heartbeat, an ACK
 * read late behind a replay of thousands of dispatches makes a zombie (seen at load 18). That is
 * the shard's cure working, so the counts are checked against each other (every connection but
 * the last disconnected, every resume but the first connection's a RESUMED), not against seven.
 */
class ShardSoakTest {

  private static final int DISPATCHES = 50_000;
  private static final int ROUNDS = 7;

  /** Checks each sequence number against the next expected one, without keeping them; counts connection changes. */
  private static final class SequenceChecker implements DispatchSink {
    private long last;
    private long delivered;
    private volatile String violation;
    final AtomicInteger connected = new AtomicInteger();
    final AtomicInteger disconnected = new AtomicInteger();
    final AtomicInteger resumed = new AtomicInteger();

    @Override
    public boolean wants(String name) {
      return true;
    }

    @Override
    public synchronized void onDispatch(GatewayShard shard, GatewayDispatch dispatch) {
      long sequence = dispatch.sequence();
      if (sequence <= 0) {
        if (dispatch.name().equals("RESUMED")) {
          resumed.incrementAndGet();
        }
        return;
      }
      if (sequence != last + 1 && violation == null) {
        violation = "got " + sequence + " after " + last;
      }
      last = sequence;
      delivered++;
    }

    @Override
    public void onConnected(GatewayShard shard) {
      connected.incrementAndGet();
    }

    @Override
    public void onDisconnected(GatewayShard shard) {
      disconnected.incrementAndGet();
    }

    synchronized long last() {
      return last;
    }

    synchronized long delivered() {
      return delivered;
    }
  }

  /** What the gateway, the sink and the shard have seen, for a failure message. */
  private static String state(EmbeddedGateway gateway, SequenceChecker checker, WebSocketGatewayShard shard) {
    return "RESUMEs " + gateway.resumeCount() + ", IDENTIFYs " + gateway.identifyCount() + ", connections "
        + gateway.connectionCount() + " (" + gateway.openConnections() + " open), RESUMED events " + checker.resumed.get()
        + ", disconnects " + checker.disconnected.get() + ", connected " + shard.isConnected() + ", last sequence "
        + checker.last() + " of " + gateway.lastSequence();
  }

  @Test
  void fiftyThousandDispatchesSurviveSevenFaultsEachOnceConnected() throws Exception {
    SequenceChecker checker = new SequenceChecker();
    // A one-second heartbeat: a zombie is found within two seconds, and a dispatch burst of a few
    // thousand frames usually delays an ACK far less than that (see the class comment when not).
    try (EmbeddedGateway gateway = EmbeddedGateway.builder().heartbeatInterval(Duration.ofSeconds(1)).start()) {
      WebSocketGatewayShard shard = WebSocketGatewayShard.builder()
          .token("soak-token")
          .intents(Intents.UNPRIVILEGED)
          .gatewayUrl(gateway.url())
          .sink(checker)
          .reconnectBackoff(Duration.ofMillis(5), Duration.ofMillis(50))
          .helloTimeout(Duration.ofSeconds(5))
          .build();
      try {
        shard.start().get(10, TimeUnit.SECONDS);
        int perRound = DISPATCHES / ROUNDS;
        for (int round = 0; round < ROUNDS; round++) {
          int resumes = gateway.resumeCount();
          int disconnects = checker.disconnected.get();
          int resumedEvents = checker.resumed.get();
          gateway.dispatchMany(perRound, "MESSAGE_CREATE", "{\"id\":\"123\",\"content\":\"soak\",\"n\":[1,2,3]}");
          // The fault must land on a live connection: wait for one (the last round's resume).
          await().atMost(Duration.ofSeconds(10)).until(shard::isConnected);
          if (round < 5) {
            gateway.dropConnections();
          } else if (round == 5) {
            gateway.sendInvalidSession(true);
          } else {
            gateway.stopAcking();
          }
          String fault = round < 5 ? "dropped connection " + (round + 1) : round == 5 ? "invalid session" : "zombie";
          try {
            await().atMost(Duration.ofSeconds(10)).until(() -> gateway.resumeCount() > resumes
                && checker.resumed.get() > resumedEvents && shard.isConnected());
          } catch (ConditionTimeoutException e) {
            throw new AssertionError("the " + fault + " was not resumed: " + state(gateway, checker, shard), e);
          }
          assertTrue(checker.disconnected.get() > disconnects, fault);
        }
        gateway.dispatchMany(DISPATCHES - perRound * ROUNDS, "MESSAGE_CREATE", "{\"id\":\"123\"}");
        long last = gateway.lastSequence();
        await().atMost(Duration.ofSeconds(30)).until(() -> checker.last() == last || checker.violation != null);
        assertEquals(null, checker.violation);
        assertEquals(DISPATCHES + 1, last, "READY and the dispatches");
        assertEquals(last, checker.delivered(), "each exactly once");
        assertEquals(1, gateway.identifyCount());
        assertTrue(gateway.resumeCount() >= ROUNDS, state(gateway, checker, shard));
        // Read while connected, since a late zombie may still be reconnecting.
        try {
          await().atMost(Duration.ofSeconds(10)).until(() -> shard.isConnected()
              && checker.disconnected.get() == checker.connected.get() - 1
              && checker.resumed.get() == checker.connected.get() - 1);
        } catch (ConditionTimeoutException e) {
          throw new AssertionError("connections, disconnects and resumes disagree: " + state(gateway, checker, shard), e);
        }
      } finally {
        shard.close();
      }
    }
  }
}

package dev.shardwire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shardwire.gateway.GatewayShard;
import dev.shardwire.models.Intents;
import dev.shardwire.testing.EmbeddedGateway;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A process with many shards runs on shared threads: besides Java-WebSocket's own read and write
 * thread per connection, Shardwire's scheduling and listener lanes use pools sized by cores, not
 * a thread per shard.
 */
class ShardThreadsTest {

  private static final int SHARDS = 64;

  @Test
  void sixtyFourShardsRunOnTwoThreadsEachPlusPoolsSizedByCores() throws Exception {
    // Threads other tests' connections leave winding down (a closing socket may take seconds) are
    // not this test's: only the ones that appear during it count.
    long before = Thread.getAllStackTraces().keySet().stream().map(Thread::getName).filter(ShardThreadsTest::isClientSide).count();
    try (EmbeddedGateway gateway = EmbeddedGateway.builder().heartbeatInterval(Duration.ofSeconds(5)).start();
        GatewayBot bot =
            GatewayBot.builder()
                .token("test-token")
                .intents(Intents.of(Intents.GUILDS))
                .gatewayUrl(gateway.url())
                .shardCount(SHARDS)
                .maxConcurrency(SHARDS)
                .build()) {
      bot.start().get(60, TimeUnit.SECONDS);
      assertEquals(SHARDS, bot.shards().stream().filter(GatewayShard::isConnected).count());

      List<String> clientThreads =
          Thread.getAllStackTraces().keySet().stream()
              .map(Thread::getName)
              .filter(ShardThreadsTest::isClientSide)
              .toList();
      int cores = Runtime.getRuntime().availableProcessors();
      int bound = 2 * SHARDS + 4 * cores + 16;
      assertTrue(
          clientThreads.size() - before <= bound,
          clientThreads.size() + " client-side threads for " + SHARDS + " shards, above " + bound + ": " + clientThreads);
      long perShard = clientThreads.stream().filter(n -> n.startsWith("shardwire-shard-")).count();
      assertEquals(0, perShard, "no scheduler thread per shard");
    }
  }

  /** Threads of the bot's side: Java-WebSocket's client pair per connection and Shardwire's pools. */
  private static boolean isClientSide(String name) {
    return name.startsWith("WebSocketConnectReadThread")
        || name.startsWith("WebSocketWriteThread")
        || name.startsWith("shardwire-");
  }
}

package dev.shardwire.redis;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shardwire.testing.EmbeddedGateway;
import dev.shardwire.testing.IdentifyRecord;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The multi-process scenarios of the gateway role, each process its own JVM ({@link ChildJvm}
 * running {@link GatewayProcessMain}) against one embedded gateway in this JVM and one Redis:
 * identify spacing across two processes, and a process killed with SIGKILL that RESUMEs every
 * shard when started again.
 */
class GatewayProcessesTest {

  /** Shorter than Discord's 5 s to keep the test short; the spacing rule is the same. */
  private static final Duration INTERVAL = Duration.ofSeconds(1);
  private static final Duration WAIT = Duration.ofSeconds(120);

  private static LocalRedis redis;

  @BeforeAll
  static void startRedis() {
    redis = LocalRedis.start();
  }

  @AfterAll
  static void stopRedis() throws Exception {
    redis.close();
  }

  private static ChildJvm process(String name, EmbeddedGateway gateway, String botKey, boolean gate, boolean store,
      int shardCount, int... shardIds) {
    List<String> args = new java.util.ArrayList<>(List.of(gateway.url(), Integer.toString(redis.port()), botKey,
        Integer.toString(shardCount), "1", Long.toString(INTERVAL.toMillis()), gate ? "gate" : "nogate",
        store ? "store" : "nostore"));
    IntStream.of(shardIds).forEach(id -> args.add(Integer.toString(id)));
    return ChildJvm.start(name, GatewayProcessMain.class, args.toArray(String[]::new));
  }

  private static void awaitStarted(ChildJvm... children) {
    for (ChildJvm child : children) {
      await().atMost(WAIT).until(() -> child.printed("STARTED") || !child.isAlive());
      assertTrue(child.printed("STARTED"), child::output);
    }
  }

  @Test
  void twoProcessesWithTheRedisGateIdentifyAnIntervalApart() throws Exception {
    try (EmbeddedGateway gateway = EmbeddedGateway.builder().heartbeatInterval(Duration.ofSeconds(30)).start();
        ChildJvm low = process("shards-0-3", gateway, "spacing", true, false, 8, 0, 1, 2, 3);
        ChildJvm high = process("shards-4-7", gateway, "spacing", true, false, 8, 4, 5, 6, 7)) {
      awaitStarted(low, high);
      List<IdentifyRecord> identifies = gateway.identifies();
      assertEquals(8, identifies.size(), low.output() + high.output());
      Duration closest = gateway.minIdentifySpacing(1).orElseThrow();
      assertTrue(closest.compareTo(INTERVAL) >= 0, "two IDENTIFYs of bucket 0 " + closest.toMillis() + " ms apart");
    }
  }

  @Test
  void withoutTheGateTwoProcessesIdentifyCloserThanTheInterval() throws Exception {
    // The violation the gate prevents, shown once: each process paces only its own shards.
    try (EmbeddedGateway gateway = EmbeddedGateway.builder().heartbeatInterval(Duration.ofSeconds(30)).start();
        ChildJvm low = process("nogate-0-3", gateway, "nogate", false, false, 8, 0, 1, 2, 3);
        ChildJvm high = process("nogate-4-7", gateway, "nogate", false, false, 8, 4, 5, 6, 7)) {
      awaitStarted(low, high);
      assertEquals(8, gateway.identifies().size());
      Duration closest = gateway.minIdentifySpacing(1).orElseThrow();
      assertTrue(closest.compareTo(INTERVAL) < 0, "expected two IDENTIFYs closer than the interval, closest " + closest);
    }
  }

  @Test
  void aGatewayProcessKilledAndStartedAgainResumesEveryShardAndHearsWhatWasSentMeanwhile() throws Exception {
    int[] shards = {0, 1, 2, 3};
    try (EmbeddedGateway gateway = EmbeddedGateway.builder().heartbeatInterval(Duration.ofSeconds(30)).start()) {
      ChildJvm first = process("gateway-1", gateway, "restart", true, true, 4, shards);
      awaitStarted(first);
      assertEquals(4, gateway.identifyCount());
      gateway.dispatch("TEST_EVENT", "{\"n\":1}"); // no guild: every shard
      await().atMost(WAIT).until(() -> IntStream.of(shards).allMatch(s -> first.printed("GOT " + s + " 1")));
      first.kill(); // SIGKILL: no close frame, the sessions stay resumable

      // Sent while no process runs the shards: the gateway keeps them for the sessions.
      gateway.dispatch("TEST_EVENT", "{\"n\":2}");
      gateway.dispatch("TEST_EVENT", "{\"n\":3}");

      try (ChildJvm second = process("gateway-2", gateway, "restart", true, true, 4, shards)) {
        awaitStarted(second);
        assertEquals(4, gateway.identifyCount(), "no second IDENTIFY: every shard resumed\n" + second.output());
        assertEquals(4, gateway.resumeCount());
        for (int s : shards) {
          int shard = s;
          await().atMost(WAIT).until(() -> second.printed("GOT " + shard + " 2") && second.printed("GOT " + shard + " 3"));
          assertTrue(second.printed("RESUMED " + shard), second::output);
        }
      }
    }
  }
}

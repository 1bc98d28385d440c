package dev.shardwire.redis;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shardwire.testing.EmbeddedGateway;
import dev.shardwire.testing.IdentifyRecord;
import java.time.Duration;
import dev.shardwire.events.typing.ShardwireEventTable;
import dev.shardwire.events.typing.TypingStartEvent;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The multi-process scenarios of the gateway role, each process its own JVM ({@link ChildJvm}
 * running {@link GatewayProcessMain}) against one embedded gateway in this JVM and one Redis:
 * identify spacing across two processes, a process killed with SIGKILL that RESUMEs every
 * shard when started again, one started again after Redis lost its data (it identifies anew), and
 * two processes given the same shard, which are reported.
 */
class GatewayProcessesTest {

  /** Shorter than Discord's 5 s to keep the test short; the spacing rule is the same. */
  private static final Duration INTERVAL = Duration.ofSeconds(1);
  private static final Duration WAIT = Duration.ofSeconds(120);

  @RegisterExtension
  static final LocalRedis redis = LocalRedis.perClass();

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
  void aGatewayProcessKilledAndStartedAgainResumesEveryShardAndItsWorkersHearWhatWasSentMeanwhile() throws Exception {
    int[] shards = {0, 1, 2, 3};
    Set<String> heard = ConcurrentHashMap.newKeySet();
    try (EmbeddedGateway gateway = EmbeddedGateway.builder().heartbeatInterval(Duration.ofSeconds(30)).start();
        RedisDispatchWorker worker = RedisDispatchWorker.builder()
            .redis("redis://127.0.0.1:" + redis.port()).botKey("restart").shardCount(4).build()) {
      // A worker of the bot: it hears each TYPING_START the gateway processes publish, by shard and typist.
      worker.events().subscribe(ShardwireEventTable.TYPING_START_EVENT,
          (TypingStartEvent event) -> heard.add(event.shard().id() + "/" + event.userId().asLong()));
      worker.start().get(60, TimeUnit.SECONDS);
      ChildJvm first = process("gateway-1", gateway, "restart", true, true, 4, shards);
      awaitStarted(first);
      assertEquals(4, gateway.identifyCount());
      gateway.dispatch("TYPING_START", typing(1)); // no guild: every shard
      await().atMost(WAIT).until(() -> IntStream.of(shards).allMatch(s -> first.printed("GOT " + s + " TYPING_START")));
      first.kill(); // SIGKILL: no close frame, the sessions stay resumable

      // Sent while no process runs the shards: the gateway keeps them for the sessions.
      gateway.dispatch("TYPING_START", typing(2));
      gateway.dispatch("TYPING_START", typing(3));

      try (ChildJvm second = process("gateway-2", gateway, "restart", true, true, 4, shards)) {
        awaitStarted(second);
        assertEquals(4, gateway.identifyCount(), "no second IDENTIFY: every shard resumed\n" + second.output());
        assertEquals(4, gateway.resumeCount());
        await().atMost(WAIT).until(() -> IntStream.of(shards).allMatch(s -> second.printed("RESUMED " + s)));
        // Every dispatch of every shard, those sent while the process was down included, reached the worker.
        Set<String> expected = IntStream.of(shards).boxed()
            .flatMap(s -> Stream.of(1, 2, 3).map(user -> s + "/" + user)).collect(Collectors.toSet());
        await().atMost(WAIT).until(() -> heard.containsAll(expected));
        assertEquals(expected, heard);
        // The killed process lost its Redis connection with it: taking its sessions over is no conflict.
        assertTrue(!second.printed("two processes run shard"), second::output);
      }
    }
  }

  @Test
  void aGatewayProcessStartedAgainAfterRedisLostItsDataIdentifiesAnewAndRuns() throws Exception {
    int[] shards = {0, 1};
    try (EmbeddedGateway gateway = EmbeddedGateway.builder().heartbeatInterval(Duration.ofSeconds(30)).start();
        ChildJvm first = process("emptied-1", gateway, "emptied", true, true, 2, shards)) {
      awaitStarted(first);
      assertEquals(2, gateway.identifyCount());
      // Redis restarts without persistence, and the gateway process is killed before its shards saved again.
      redis.stop();
      redis.restart();
      first.kill();

      try (ChildJvm second = process("emptied-2", gateway, "emptied", true, true, 2, shards)) {
        awaitStarted(second);
        await().atMost(WAIT).until(() -> IntStream.of(shards).allMatch(s -> second.printed("READY " + s)));
        assertEquals(4, gateway.identifyCount(), "each shard identified anew\n" + second.output());
        assertEquals(0, gateway.resumeCount());
        gateway.dispatch("TYPING_START", typing(1));
        await().atMost(WAIT).until(() -> IntStream.of(shards).allMatch(s -> second.printed("GOT " + s + " TYPING_START")));
        // Its sessions are stored again, for the next restart.
        io.lettuce.core.api.sync.RedisCommands<String, String> sync = redis.connect().sync();
        await().atMost(WAIT).until(() -> IntStream.of(shards).allMatch(s -> sync.exists("shardwire:session:emptied:" + s) == 1));
        assertTrue(second.isAlive(), second::output);
      }
    }
  }

  @Test
  void twoProcessesGivenTheSameShardAreReported() throws Exception {
    // A misconfiguration: shard 1 is in both processes' shard ids.
    try (EmbeddedGateway gateway = EmbeddedGateway.builder().heartbeatInterval(Duration.ofSeconds(30)).start();
        ChildJvm low = process("overlap-0-1", gateway, "overlap", true, true, 3, 0, 1)) {
      awaitStarted(low);
      try (ChildJvm high = process("overlap-1-2", gateway, "overlap", true, true, 3, 1, 2)) {
        awaitStarted(high);
        // Dispatches make the shards save their sessions; one of the processes says shard 1 is run twice.
        int[] user = {0};
        await().atMost(WAIT).pollInterval(Duration.ofMillis(500)).until(() -> {
          gateway.dispatch("TYPING_START", typing(++user[0]));
          return low.printed("two processes run shard 1") || high.printed("two processes run shard 1");
        });
        for (ChildJvm child : List.of(low, high)) {
          assertTrue(!child.printed("two processes run shard 0") && !child.printed("two processes run shard 2"), child::output);
        }
      }
    }
  }

  /** A direct-message TYPING_START (no guild: the embedded gateway sends it to every shard) by user {@code user}. */
  private static String typing(long user) {
    return "{\"channel_id\":\"1001\",\"user_id\":\"" + user + "\",\"timestamp\":1700000000}";
  }
}

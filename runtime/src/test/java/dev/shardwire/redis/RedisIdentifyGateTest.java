package dev.shardwire.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shardwire.GatewayBot;
import dev.shardwire.gateway.IdentifyGate;
import dev.shardwire.models.Intents;
import dev.shardwire.testing.EmbeddedGateway;
import dev.shardwire.testing.ReceivedFrame;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two bots that share nothing but a Redis, as two processes running shard ranges 0-3 and 4-7 of
 * 8 with max_concurrency 1 would, identify one at a time, a lease apart, as the gateway sees it.
 */
class RedisIdentifyGateTest {

  private static final Duration INTERVAL = Duration.ofMillis(400);
  /**
   * The lease's extra time, which is what keeps IDENTIFYs an interval apart as the gateway sees
   * them when one reaches it late: here larger than the interval, because on a loaded machine
   * (load average 17 on two cores) one IDENTIFY was seen arriving 550 ms late, which a margin of
   * 400 ms did not cover (gaps 1,841 ms then 655 ms, leases of 1,200 ms).
   */
  private static final Duration MARGIN = Duration.ofMillis(800);

  @RegisterExtension
  static final LocalRedis redis = LocalRedis.perClass();

  @Test
  void twoProcessesIdentifyOneBucketALeaseApart() throws Exception {
    List<Long> gaps =
        identifyGaps(
            new RedisIdentifyGate(redis.connect(), "gaps", 1, INTERVAL, MARGIN),
            new RedisIdentifyGate(redis.connect(), "gaps", 1, INTERVAL, MARGIN));
    for (long gap : gaps) {
      assertTrue(gap >= INTERVAL.toNanos(), "IDENTIFYs " + gap / 1_000_000 + " ms apart: " + gaps);
    }
  }

  @Test
  void withoutTheSharedGateEachProcessPacesOnlyItself() throws Exception {
    // The same two processes with their own buckets: their first shards identify together, which
    // is what Discord rejects. This shows the test above can see a violation.
    List<Long> gaps = identifyGaps(null, null);
    assertTrue(
        gaps.stream().anyMatch(gap -> gap < INTERVAL.toNanos()),
        "expected two IDENTIFYs closer than the interval: " + gaps);
  }

  @Test
  void aLeaseHeldByACrashedProcessBlocksForAtMostTheLease() {
    RedisIdentifyGate gate = new RedisIdentifyGate(redis.connect(), "crashed", 1, Duration.ofSeconds(5), Duration.ZERO);
    // A process took bucket 0 and died before identifying: its key stays until it expires.
    redis.connect().sync().set(gate.keyOf(0), "dead-process", io.lettuce.core.SetArgs.Builder.px(1_500));
    CompletableFuture<Void> granted = gate.acquire(0);
    assertFalse(granted.isDone(), "granted while another process holds the lease");
    granted.orTimeout(5, TimeUnit.SECONDS).join();
  }

  @Test
  void aBucketKeyWithoutExpiryIsGivenOneAndThenGranted() throws Exception {
    RedisIdentifyGate gate = new RedisIdentifyGate(redis.connect(), "stray", 1, Duration.ofMillis(500), Duration.ZERO);
    io.lettuce.core.api.sync.RedisCommands<String, String> sync = redis.connect().sync();
    // Something set the bucket's key without an expiry (by hand, or a key of another program):
    // no lease ends it. It used to be asked about every 10 ms, forever, and never granted.
    sync.set(gate.keyOf(0), "stray");
    long asked = calls(sync, "pttl");
    try (dev.shardwire.dispatch.LogCapture log = new dev.shardwire.dispatch.LogCapture()) {
      gate.acquire(0).get(30, TimeUnit.SECONDS);
      List<String> warnings = log.text().lines().filter(line -> line.contains(" WARN ")).toList();
      assertEquals(1, warnings.size(), log.text());
      assertTrue(warnings.get(0).contains(gate.keyOf(0)) && warnings.get(0).contains("no expiry"), warnings.get(0));
    }
    assertTrue(calls(sync, "pttl") - asked < 10, "asked " + (calls(sync, "pttl") - asked) + " times for the key's time left");
  }

  @Test
  void aRedisThatRefusesTheLeaseForAWhileIsWarnedAboutOnce() throws Exception {
    RedisIdentifyGate gate = new RedisIdentifyGate(redis.connect(), "refused", 1, Duration.ofMillis(500), Duration.ZERO);
    io.lettuce.core.api.sync.RedisCommands<String, String> sync = redis.connect().sync();
    try (dev.shardwire.dispatch.LogCapture log = new dev.shardwire.dispatch.LogCapture()) {
      CompletableFuture<Void> granted;
      long refused = rejectedCalls(sync, "set");
      sync.configSet("maxmemory-policy", "noeviction");
      sync.configSet("maxmemory", "1");
      try {
        granted = gate.acquire(0);
        // SET … NX PX is refused under maxmemory; the gate asks again every second.
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> rejectedCalls(sync, "set") >= refused + 3);
        assertFalse(granted.isDone(), "granted while Redis refuses the lease");
      } finally {
        sync.configSet("maxmemory", "0");
      }
      granted.get(30, TimeUnit.SECONDS);
      List<String> warnings = log.text().lines().filter(line -> line.contains(" WARN ")).toList();
      assertEquals(1, warnings.size(), "one WARN line for three refusals: " + warnings);
      assertTrue(warnings.get(0).contains("OOM command not allowed"), warnings.get(0));
    }
  }

  /** How many times Redis ran {@code command} (INFO commandstats). */
  private static long calls(io.lettuce.core.api.sync.RedisCommands<String, String> sync, String command) {
    return commandStat(sync, command, "calls");
  }

  /** How many times Redis refused {@code command} (INFO commandstats). */
  private static long rejectedCalls(io.lettuce.core.api.sync.RedisCommands<String, String> sync, String command) {
    return commandStat(sync, command, "rejected_calls");
  }

  private static long commandStat(io.lettuce.core.api.sync.RedisCommands<String, String> sync, String command, String field) {
    return sync.info("commandstats").lines().filter(line -> line.startsWith("cmdstat_" + command + ":"))
        .mapToLong(line -> Long.parseLong(line.replaceAll(".*[:,]" + field + "=(\\d+).*", "$1"))).sum();
  }

  /** The gaps between consecutive IDENTIFYs the gateway received from two bots of 8 shards. */
  private static List<Long> identifyGaps(IdentifyGate gateA, IdentifyGate gateB) throws Exception {
    try (EmbeddedGateway gateway = EmbeddedGateway.builder().start();
        GatewayBot a = bot(gateway, gateA, 0, 1, 2, 3);
        GatewayBot b = bot(gateway, gateB, 4, 5, 6, 7)) {
      CompletableFuture.allOf(a.start(), b.start()).get(60, TimeUnit.SECONDS);
      List<Long> times = gateway.received().stream().filter(f -> f.op() == 2).map(ReceivedFrame::receivedNanos).sorted().toList();
      assertTrue(times.size() == 8, "expected 8 IDENTIFYs, got " + times.size());
      return java.util.stream.IntStream.range(1, times.size()).mapToObj(i -> times.get(i) - times.get(i - 1)).toList();
    }
  }

  private static GatewayBot bot(EmbeddedGateway gateway, IdentifyGate gate, int... shardIds) {
    GatewayBot.Builder builder =
        GatewayBot.builder()
            .token("test-token")
            .intents(Intents.of(Intents.GUILDS))
            .gatewayUrl(gateway.url())
            .shardCount(8)
            .shardIds(shardIds)
            .maxConcurrency(1)
            .identifyInterval(INTERVAL);
    return gate == null ? builder.build() : builder.identifyGate(gate).build();
  }
}

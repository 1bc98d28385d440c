package dev.shardwire.redis;

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

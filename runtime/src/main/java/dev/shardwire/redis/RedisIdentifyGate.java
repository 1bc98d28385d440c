package dev.shardwire.redis;

import dev.shardwire.gateway.IdentifyBuckets;
import dev.shardwire.gateway.IdentifyGate;
import io.lettuce.core.SetArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Paces IDENTIFYs across every process of a bot through Redis: at most one per bucket
 * ({@code shard_id % max_concurrency}) per lease, five seconds by default, as Discord allows.
 *
 * <p>A shard may identify once it holds its bucket's lease: a key set with {@code SET key token NX
 * PX lease}, which Redis grants to one caller at a time and expires by itself. So there is no
 * check-then-set race between processes, a crashed process blocks a bucket for at most one lease,
 * and a lease is never released early: the next IDENTIFY of the bucket comes a whole lease later.
 * A refused caller waits out the key's remaining time ({@code PTTL}) and asks again. While Redis is
 * unreachable, shards wait (retrying every second, logging at WARN) rather than identify without
 * coordination.
 *
 * <p>Pass it to {@code GatewayBot.builder().identifyGate(…)} in every process, with the same bot
 * key (any string naming the bot, such as its application id) and the same {@code maxConcurrency}.
 * The connection is the caller's: the gate never closes it.
 */
public final class RedisIdentifyGate implements IdentifyGate {

  private static final Logger LOG = LoggerFactory.getLogger(RedisIdentifyGate.class);
  private static final long UNREACHABLE_RETRY_MILLIS = 1_000;

  private final RedisAsyncCommands<String, String> redis;
  private final String keyPrefix;
  private final int maxConcurrency;
  private final long leaseMillis;

  /** A gate with Discord's five-second lease. */
  public RedisIdentifyGate(StatefulRedisConnection<String, String> connection, String botKey, int maxConcurrency) {
    this(connection, botKey, maxConcurrency, IdentifyBuckets.DISCORD_INTERVAL);
  }

  /**
   * A gate with its own lease; shorter than five seconds only against an embedded gateway.
   *
   * @param connection a connection to the Redis every process of the bot uses
   * @param botKey names the bot in the keys, {@code shardwire:identify:<botKey>:<bucket>}
   * @param maxConcurrency Discord's {@code max_concurrency}
   * @param lease how long a bucket stays taken after each IDENTIFY
   */
  public RedisIdentifyGate(
      StatefulRedisConnection<String, String> connection, String botKey, int maxConcurrency, Duration lease) {
    this.redis = Objects.requireNonNull(connection, "connection").async();
    if (Objects.requireNonNull(botKey, "botKey").isEmpty()) {
      throw new IllegalArgumentException("botKey must not be empty");
    }
    if (maxConcurrency < 1) {
      throw new IllegalArgumentException("maxConcurrency must be at least 1, but is " + maxConcurrency);
    }
    if (lease.toMillis() < 1) {
      throw new IllegalArgumentException("lease must be at least 1 ms, but is " + lease);
    }
    this.keyPrefix = "shardwire:identify:" + botKey + ":";
    this.maxConcurrency = maxConcurrency;
    this.leaseMillis = lease.toMillis();
  }

  /** The Redis key of a shard's bucket. */
  public String keyOf(int shardId) {
    return keyPrefix + Math.floorMod(shardId, maxConcurrency);
  }

  @Override
  public CompletableFuture<Void> acquire(int shardId) {
    CompletableFuture<Void> granted = new CompletableFuture<>();
    attempt(keyOf(shardId), UUID.randomUUID().toString(), granted);
    return granted;
  }

  private void attempt(String key, String token, CompletableFuture<Void> granted) {
    if (granted.isDone()) {
      return; // the shard gave up waiting (closed)
    }
    redis.set(key, token, SetArgs.Builder.nx().px(leaseMillis)).whenComplete((reply, error) -> {
      if (error != null) {
        LOG.warn("identify gate: Redis did not answer for {} ({}); retrying in {} ms", key, error.toString(), UNREACHABLE_RETRY_MILLIS);
        retry(key, token, granted, UNREACHABLE_RETRY_MILLIS);
      } else if ("OK".equals(reply)) {
        granted.complete(null);
      } else {
        redis.pttl(key).whenComplete((ttl, ttlError) -> {
          long wait = ttlError != null || ttl == null || ttl < 0 ? 10 : ttl;
          retry(key, token, granted, wait);
        });
      }
    });
  }

  private void retry(String key, String token, CompletableFuture<Void> granted, long delayMillis) {
    // A little jitter, so processes waiting on one bucket do not all ask in the same millisecond.
    long jitter = ThreadLocalRandom.current().nextLong(1, 10);
    CompletableFuture.delayedExecutor(delayMillis + jitter, TimeUnit.MILLISECONDS)
        .execute(() -> attempt(key, token, granted));
  }

  @Override
  public String toString() {
    return "RedisIdentifyGate[" + keyPrefix + "*, maxConcurrency=" + maxConcurrency + ", lease=" + leaseMillis + " ms]";
  }
}

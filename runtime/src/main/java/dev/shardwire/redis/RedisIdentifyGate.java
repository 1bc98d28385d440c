package dev.shardwire.redis;

import dev.shardwire.gateway.IdentifyBuckets;
import dev.shardwire.gateway.IdentifyGate;
import io.lettuce.core.ExpireArgs;
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
 * PX lease}, which Redis grants to one caller at a time and expires by itself. A lease is the
 * interval plus a margin (one second by default) for the time between a grant and the IDENTIFY's
 * arrival at the gateway. So there is no
 * check-then-set race between processes, a crashed process blocks a bucket for at most one lease,
 * and a lease is never released early: the next IDENTIFY of the bucket comes a whole lease later.
 * A refused caller waits out the key's remaining time ({@code PTTL}) and asks again; a key with no
 * expiry (set by hand, or by another program) is given one lease's, with a WARN line. While Redis
 * is unreachable or refuses (OOM, READONLY …), shards wait (asking again every second, one WARN
 * line per reason) rather than identify without coordination.
 *
 * <p>Pass it to {@code GatewayBot.builder().identifyGate(…)} in every process, with the same bot
 * key (any string naming the bot, such as its application id) and the same {@code maxConcurrency}.
 * The connection is the caller's: the gate never closes it.
 */
public final class RedisIdentifyGate implements IdentifyGate {

  private static final Logger LOG = LoggerFactory.getLogger(RedisIdentifyGate.class);
  private static final long UNREACHABLE_RETRY_MILLIS = 1_000;
  /** How soon a shard asks again for a bucket whose lease ended between two commands. */
  private static final long ENDED_RETRY_MILLIS = 10;

  private final RedisAsyncCommands<String, String> redis;
  private final String keyPrefix;
  private final int maxConcurrency;
  private final long leaseMillis;
  /** Redis refusing or not answering, said once per reason until it grants a lease again. */
  private final RepeatedFailure failing = new RepeatedFailure();

  /** The default margin added to the interval: room for the time between a grant and its IDENTIFY's arrival. */
  public static final Duration DEFAULT_MARGIN = Duration.ofSeconds(1);

  /** A gate for Discord: one IDENTIFY per bucket per five seconds, leases of six. */
  public RedisIdentifyGate(StatefulRedisConnection<String, String> connection, String botKey, int maxConcurrency) {
    this(connection, botKey, maxConcurrency, IdentifyBuckets.DISCORD_INTERVAL, DEFAULT_MARGIN);
  }

  /**
   * A gate with its own interval; shorter than five seconds only against an embedded gateway.
   *
   * @param connection a connection to the Redis every process of the bot uses
   * @param botKey names the bot in the keys, {@code shardwire:identify:<botKey>:<bucket>}
   * @param maxConcurrency Discord's {@code max_concurrency}
   * @param interval the least time between two IDENTIFYs of a bucket, as the gateway sees them
   * @param margin added to {@code interval} to make the lease: a shard sends its IDENTIFY a little
   *     after its grant, and a busy machine can delay one send more than the next, so leases of
   *     exactly the interval could bring two IDENTIFYs closer than it
   */
  public RedisIdentifyGate(
      StatefulRedisConnection<String, String> connection,
      String botKey,
      int maxConcurrency,
      Duration interval,
      Duration margin) {
    Duration lease = interval.plus(margin);
    this.redis = Objects.requireNonNull(connection, "connection").async();
    if (Objects.requireNonNull(botKey, "botKey").isEmpty()) {
      throw new IllegalArgumentException("botKey must not be empty");
    }
    if (maxConcurrency < 1) {
      throw new IllegalArgumentException("maxConcurrency must be at least 1, but is " + maxConcurrency);
    }
    if (interval.toMillis() < 1 || margin.isNegative()) {
      throw new IllegalArgumentException("interval must be at least 1 ms and margin not negative, but are " + interval + " and " + margin);
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
        failed(key, error);
        retry(key, token, granted, UNREACHABLE_RETRY_MILLIS);
      } else if ("OK".equals(reply)) {
        answered();
        granted.complete(null);
      } else {
        redis.pttl(key).whenComplete((ttl, ttlError) -> {
          if (ttl != null && ttl == -1) {
            noExpiry(key, token, granted);
          } else {
            // -2: the lease ended between the two commands; no answer: ask again soon.
            retry(key, token, granted, ttlError != null || ttl == null || ttl < 0 ? ENDED_RETRY_MILLIS : ttl);
          }
        });
      }
    });
  }

  /**
   * The bucket's key exists without an expiry: no lease of a gate (each is set with one), but a
   * key set by hand or by another program, which no lease would ever end. It is given one lease's
   * expiry (unless it got one meanwhile) and the shard waits it out, asking again after it.
   */
  private void noExpiry(String key, String token, CompletableFuture<Void> granted) {
    redis.pexpire(key, leaseMillis, ExpireArgs.Builder.nx()).whenComplete((set, error) -> {
      if (error != null) {
        failed(key, error);
        retry(key, token, granted, UNREACHABLE_RETRY_MILLIS);
      } else if (Boolean.TRUE.equals(set)) {
        // Said by the one caller whose PEXPIRE gave the key its expiry, once per such key.
        LOG.warn("identify gate: {} holds a key with no expiry, not a lease of this gate; it expires in {} ms, "
            + "and the bucket's shards identify after it", key, leaseMillis);
        retry(key, token, granted, leaseMillis);
      } else {
        // Gone or given an expiry meanwhile: ask again soon, as for any lease held.
        retry(key, token, granted, ENDED_RETRY_MILLIS);
      }
    });
  }

  /** Redis refused or did not answer: said once per reason until it grants a lease again. */
  private void failed(String key, Throwable error) {
    String reason = RedisErrors.reason(error);
    if (failing.isNew(reason)) {
      LOG.warn("identify gate: Redis did not grant {} ({}); shards wait, asking again every {} ms", key, reason,
          UNREACHABLE_RETRY_MILLIS);
    } else {
      LOG.debug("identify gate: Redis did not grant {} again ({})", key, reason);
    }
  }

  private void answered() {
    if (failing.ended()) {
      LOG.info("identify gate: Redis grants leases again");
    }
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

package dev.shardwire.gateway;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * Discord's identify rate limit shared by every shard of a bot: shard {@code id} identifies in
 * bucket {@code id % maxConcurrency}, and each bucket lets one IDENTIFY through per interval (5
 * seconds on Discord). Thread-safe; share one instance between the shards of a bot.
 */
public final class IdentifyBuckets implements IdentifyGate {

  /** Discord's interval between two identifies in one bucket. */
  public static final Duration DISCORD_INTERVAL = Duration.ofSeconds(5);

  private final int maxConcurrency;
  private final long intervalNanos;
  private final long[] nextFreeNanos;

  /**
   * Buckets with Discord's 5-second interval.
   *
   * @param maxConcurrency the bot's {@code max_concurrency}, from {@code GET /gateway/bot}
   */
  public IdentifyBuckets(int maxConcurrency) {
    this(maxConcurrency, DISCORD_INTERVAL);
  }

  /**
   * Buckets with a chosen interval (tests use a short one).
   *
   * @throws IllegalArgumentException if {@code maxConcurrency < 1} or the interval is negative
   */
  public IdentifyBuckets(int maxConcurrency, Duration interval) {
    if (maxConcurrency < 1) {
      throw new IllegalArgumentException("maxConcurrency must be at least 1, got " + maxConcurrency);
    }
    if (interval.isNegative()) {
      throw new IllegalArgumentException("interval must not be negative, got " + interval);
    }
    this.maxConcurrency = maxConcurrency;
    this.intervalNanos = interval.toNanos();
    this.nextFreeNanos = new long[maxConcurrency];
    long now = System.nanoTime();
    for (int i = 0; i < maxConcurrency; i++) {
      nextFreeNanos[i] = now;
    }
  }

  /** The bot's {@code max_concurrency}. */
  public int maxConcurrency() {
    return maxConcurrency;
  }

  @Override
  public CompletableFuture<Void> acquire(int shardId) {
    if (shardId < 0) {
      throw new IllegalArgumentException("shard id must not be negative, got " + shardId);
    }
    int bucket = shardId % maxConcurrency;
    long now = System.nanoTime();
    long at;
    synchronized (nextFreeNanos) {
      at = Math.max(now, nextFreeNanos[bucket]);
      nextFreeNanos[bucket] = at + intervalNanos;
    }
    long wait = at - now;
    if (wait <= 0) {
      return CompletableFuture.completedFuture(null);
    }
    Executor later = CompletableFuture.delayedExecutor(wait, TimeUnit.NANOSECONDS);
    return CompletableFuture.runAsync(() -> {}, later);
  }
}

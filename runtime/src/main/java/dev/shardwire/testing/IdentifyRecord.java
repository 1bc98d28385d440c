package dev.shardwire.testing;

import java.time.Duration;
import java.time.Instant;

/**
 * One IDENTIFY the embedded gateway received, for asserting identify concurrency: which shard,
 * when, and so in which bucket.
 *
 * @param shardId the shard the client identified as ({@code shard[0]}, 0 without a shard array)
 * @param shardCount the shard count it gave ({@code shard[1]}, 1 without a shard array)
 * @param arrivedAt the wall-clock time the frame arrived
 * @param arrivedNanos {@link System#nanoTime()} at arrival: the clock to measure spacing with
 */
public record IdentifyRecord(int shardId, int shardCount, Instant arrivedAt, long arrivedNanos) {

  /** The rate-limit bucket of this IDENTIFY under {@code maxConcurrency}: {@code shard_id % max_concurrency}. */
  public int bucket(int maxConcurrency) {
    if (maxConcurrency < 1) {
      throw new IllegalArgumentException("max concurrency must be at least 1, got " + maxConcurrency);
    }
    return Math.floorMod(shardId, maxConcurrency);
  }

  /** The time from {@code earlier}'s arrival to this one's (negative when this one came first). */
  public Duration since(IdentifyRecord earlier) {
    return Duration.ofNanos(arrivedNanos - earlier.arrivedNanos);
  }
}

package dev.shardwire.gateway;

import java.util.concurrent.CompletableFuture;

/**
 * Decides when a shard may send IDENTIFY. Discord lets a bot start {@code max_concurrency}
 * sessions per 5 seconds, one per bucket {@code shard_id % max_concurrency}; {@link
 * IdentifyBuckets} implements that rule, {@link #IMMEDIATE} lets every shard through at once.
 */
@FunctionalInterface
public interface IdentifyGate {

  /** A gate that never waits; fine for a single shard. */
  IdentifyGate IMMEDIATE = shardId -> CompletableFuture.completedFuture(null);

  /**
   * Reserves an identify for {@code shardId}.
   *
   * @return a future that completes when the shard may identify
   */
  CompletableFuture<Void> acquire(int shardId);
}

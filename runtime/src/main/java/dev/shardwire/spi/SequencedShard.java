package dev.shardwire.spi;

/**
 * A shard as one delivered dispatch sees it: the shard, and the sequence number of that dispatch
 * in the shard's session.
 *
 * <p>Events decoded away from the shard's connection (by a Redis dispatch worker, {@code
 * dev.shardwire.redis.RedisDispatchWorker}) name one of these as their {@code shard()}, so that
 * {@code ShardEvent.sequence()} can tell which dispatch an event came from: the pair (shard id,
 * sequence) names a dispatch within a session, which is how a listener recognises the duplicates
 * that at-least-once delivery allows.
 */
public interface SequencedShard extends Shard {

  /** The sequence number ({@code s}) of the dispatch the event was decoded from. */
  long sequence();
}

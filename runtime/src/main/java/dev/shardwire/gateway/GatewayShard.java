package dev.shardwire.gateway;

/**
 * One gateway connection of a bot: shard {@link #id()} of {@link #count()}. Every {@code
 * ShardEvent} names the shard that raised it.
 */
public interface GatewayShard {

  /** This shard's id, from 0 to {@code count() - 1}. */
  int id();

  /** How many shards the bot runs in all. */
  int count();
}

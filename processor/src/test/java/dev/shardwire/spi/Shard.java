package dev.shardwire.spi;

/** Stub of the runtime's {@code Shard}: what {@code ShardEvent.shard()} returns. */
public interface Shard {
  int id();

  int count();
}

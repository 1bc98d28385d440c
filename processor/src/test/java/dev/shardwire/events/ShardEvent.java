package dev.shardwire.events;

import dev.shardwire.annotations.FromContext;
import dev.shardwire.spi.Shard;

/** Stub of the runtime's base of shard events. */
@dev.shardwire.annotations.ShardEvent(base = true)
public interface ShardEvent extends Event {
  @FromContext
  Shard shard();
}

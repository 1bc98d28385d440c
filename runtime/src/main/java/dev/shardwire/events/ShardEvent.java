package dev.shardwire.events;

import dev.shardwire.annotations.FromContext;
import dev.shardwire.spi.Shard;

/** Base of every event that a gateway shard raises. */
@dev.shardwire.annotations.ShardEvent(base = true)
public interface ShardEvent extends Event {

  /** The shard that raised this event. */
  @FromContext
  Shard shard();
}

package dev.shardwire.events;

import dev.shardwire.annotations.FromContext;
import dev.shardwire.spi.App;
import dev.shardwire.spi.EventType;

/** Stub of the runtime's root event, with its two accessors. */
@dev.shardwire.annotations.ShardEvent(base = true)
public interface Event {
  @FromContext
  App app();

  EventType<? extends Event> eventType();
}

package dev.shardwire.events;

import dev.shardwire.annotations.Repr;
import tools.jackson.databind.JsonNode;

/**
 * A raw dispatch, fired for every dispatch a shard receives. Its payload is a read-only tree,
 * built only when someone listens to this event (or a supertype): listening to it costs a tree per
 * dispatch.
 */
@dev.shardwire.annotations.ShardEvent
public interface ShardPayloadEvent extends ShardEvent {

  /** The dispatch name ({@code t}), as {@code "GUILD_CREATE"}. */
  @Repr
  String name();

  /** The dispatch payload ({@code d}). Treat it as read-only. */
  JsonNode payload();
}

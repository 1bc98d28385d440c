package dev.shardwire.spi;

import java.time.Duration;
import java.util.Optional;

/**
 * The shard an event came from: what {@code ShardEvent.shard()} returns.
 *
 * <p>{@code dev.shardwire.gateway.GatewayShard} extends it with the commands a shard sends. It
 * lives this low for the same reason as {@link App}: events must not depend on the gateway.
 */
public interface Shard {

  /** This shard's id, from 0 to {@link #count()} - 1. */
  int id();

  /** The total number of shards of the bot. */
  int count();

  /** The time between the last heartbeat and its acknowledgement, once there has been one. */
  default Optional<Duration> heartbeatLatency() {
    return Optional.empty();
  }

  /** Whether the shard has a live, identified connection. */
  default boolean isConnected() {
    return false;
  }
}

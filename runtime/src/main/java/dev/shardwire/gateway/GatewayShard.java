package dev.shardwire.gateway;

import java.time.Duration;
import java.util.Optional;

/**
 * One gateway connection of a bot: shard {@link #id()} of {@link #count()}. Every {@code
 * ShardEvent} names the shard that raised it.
 *
 * <p>Only {@link #id()} and {@link #count()} are required, so tests can make a shard by hand; a
 * live shard ({@link WebSocketGatewayShard}) also answers the other methods.
 */
public interface GatewayShard {

  /** This shard's id, from 0 to {@code count() - 1}. */
  int id();

  /** How many shards the bot runs in all. */
  int count();

  /**
   * The time between the last heartbeat and its acknowledgement, or empty before the first
   * acknowledgement.
   */
  default Optional<Duration> heartbeatLatency() {
    return Optional.empty();
  }

  /** Whether the shard has a connection that completed its handshake (READY or RESUMED). */
  default boolean isConnected() {
    return false;
  }

  /**
   * Asks the gateway for members of a guild (op 8, REQUEST_GUILD_MEMBERS). The answer arrives as
   * GUILD_MEMBERS_CHUNK dispatches carrying the returned nonce.
   *
   * @param request what to ask for
   * @return the nonce the request carries (the request's own, or a generated one)
   * @throws IllegalArgumentException if the request needs an intent the shard did not identify with
   * @throws UnsupportedOperationException if this shard cannot send requests
   */
  default String requestGuildMembers(MemberRequest request) {
    throw new UnsupportedOperationException("shard " + id() + " cannot send gateway requests");
  }

  /**
   * Sets the bot's presence on this shard (op 3, PRESENCE_UPDATE): status, AFK flag, idle time and
   * activity. Sent through the shard's send limiter, after the handshake when the shard is
   * reconnecting.
   *
   * @throws IllegalStateException if the shard was not started or is closed
   * @throws UnsupportedOperationException if this shard cannot send commands
   */
  default void updatePresence(Presence presence) {
    throw new UnsupportedOperationException("shard " + id() + " cannot send gateway commands");
  }

  /**
   * Joins, moves between or leaves a guild's voice channels (op 4, UPDATE_VOICE_STATE), through
   * the shard's send limiter.
   *
   * @throws IllegalArgumentException if the guild belongs to another shard ({@code (guild_id >> 22)
   *     % count})
   * @throws IllegalStateException if the shard was not started or is closed
   * @throws UnsupportedOperationException if this shard cannot send commands
   */
  default void updateVoiceState(VoiceStateUpdate update) {
    throw new UnsupportedOperationException("shard " + id() + " cannot send gateway commands");
  }
}

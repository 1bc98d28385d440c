package dev.shardwire.gateway;

import dev.shardwire.spi.Shard;

/**
 * One gateway connection of a bot: shard {@link #id()} of {@link #count()}. Every {@code
 * ShardEvent} names the shard that raised it.
 *
 * <p>It extends {@link Shard}, what events name, with the commands a shard sends. Only {@link
 * #id()} and {@link #count()} are required, so tests can make a shard by hand; a
 * live shard ({@link dev.shardwire.gateway.client.WebSocketGatewayShard}) also answers the other methods.
 */
public interface GatewayShard extends Shard {

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

package dev.shardwire.gateway;

import dev.shardwire.spi.Shard;

/**
 * One gateway connection of a bot: shard {@link #id()} of {@link #count()}. Every {@code
 * ShardEvent} names the shard that raised it.
 *
 * <p>It extends {@link Shard}, what events name, with the commands a shard sends. Only {@link
 * #id()} and {@link #count()} are required, so tests can make a shard by hand; a
 * live shard ({@link WebSocketGatewayShard}) also answers the other methods.
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
}

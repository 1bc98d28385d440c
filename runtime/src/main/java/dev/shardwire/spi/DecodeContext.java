package dev.shardwire.spi;

import java.util.Objects;

/**
 * What a decoder needs that is not in the payload: the bot and the shard that received it. Context
 * properties ({@code @FromContext}) are filled from here.
 *
 * @param app the bot
 * @param shard the shard that received the payload
 */
public record DecodeContext(App app, Shard shard) {

  /** Checks that neither part is null. */
  public DecodeContext {
    Objects.requireNonNull(app, "app");
    Objects.requireNonNull(shard, "shard");
  }
}

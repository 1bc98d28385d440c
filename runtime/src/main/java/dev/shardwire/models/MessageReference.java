package dev.shardwire.models;

import dev.shardwire.annotations.GatewayModel;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a message replies to, forwards or crossposts.
 */
@GatewayModel(builder = true)
public interface MessageReference {

  /** 0 for a reply (the default when absent), 1 for a forward. */
  OptionalInt type();

  /** The referenced message. */
  Optional<Snowflake> messageId();

  /** The referenced message's channel. */
  Optional<Snowflake> channelId();

  /** The referenced message's guild. */
  Optional<Snowflake> guildId();

  /** Whether sending fails when the message does not exist. */
  boolean failIfNotExists();
}

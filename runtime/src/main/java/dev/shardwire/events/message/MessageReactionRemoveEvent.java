package dev.shardwire.events.message;

import dev.shardwire.annotations.Repr;
import dev.shardwire.models.Emoji;
import dev.shardwire.models.Snowflake;
import java.util.Optional;

/**
 * MESSAGE_REACTION_REMOVE: a user removed a reaction.
 */
@dev.shardwire.annotations.ShardEvent(name = "MESSAGE_REACTION_REMOVE", intents = {"GUILD_MESSAGE_REACTIONS", "DIRECT_MESSAGE_REACTIONS"})
public interface MessageReactionRemoveEvent extends MessageEvent {

  /** Whose reaction was removed. */
  @Repr
  Snowflake userId();

  /** The channel. */
  @Repr
  Snowflake channelId();

  /** The message. */
  @Repr
  Snowflake messageId();

  /** The guild; empty for direct messages. */
  Optional<Snowflake> guildId();

  /** The emoji (partial: id, name, animated). */
  @Repr
  Emoji emoji();

  /** Whether it was a super reaction. */
  boolean burst();

  /** 0 for a normal reaction, 1 for a super reaction. */
  int type();
}

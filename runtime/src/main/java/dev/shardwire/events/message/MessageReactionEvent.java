package dev.shardwire.events.message;

import dev.shardwire.annotations.JsonName;
import dev.shardwire.annotations.Repr;
import dev.shardwire.models.Emoji;
import dev.shardwire.models.Snowflake;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A reaction was added to or removed from a message: listen here for both, as hikari's
 * {@code ReactionEvent}.
 */
@dev.shardwire.annotations.ShardEvent(base = true, intents = {"GUILD_MESSAGE_REACTIONS", "DIRECT_MESSAGE_REACTIONS"})
public interface MessageReactionEvent extends MessageEvent {

  /** The user whose reaction it is. */
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

  /** Whether it is a super reaction. */
  boolean burst();

  /**
   * 0 for a normal reaction, 1 for a super reaction: as sent, or from {@link #burst()} for a
   * payload without it (Discord sent none before super reactions).
   */
  default int type() {
    return sentType().orElse(burst() ? 1 : 0);
  }

  /** The reaction's type as sent; empty in payloads from before Discord added it. */
  @JsonName("type")
  OptionalInt sentType();
}

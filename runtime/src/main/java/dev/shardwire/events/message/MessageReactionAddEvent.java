package dev.shardwire.events.message;

import dev.shardwire.annotations.Repr;
import dev.shardwire.models.Emoji;
import dev.shardwire.models.Member;
import dev.shardwire.models.Snowflake;
import java.util.List;
import java.util.Optional;

/**
 * MESSAGE_REACTION_ADD: a user reacted to a message.
 */
@dev.shardwire.annotations.ShardEvent(name = "MESSAGE_REACTION_ADD", intents = {"GUILD_MESSAGE_REACTIONS", "DIRECT_MESSAGE_REACTIONS"})
public interface MessageReactionAddEvent extends MessageEvent {

  /** Who reacted. */
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

  /** The member who reacted, in guilds. */
  Optional<Member> member();

  /** The emoji (partial: id, name, animated). */
  @Repr
  Emoji emoji();

  /** The message's author, when sent. */
  Optional<Snowflake> messageAuthorId();

  /** Whether it is a super reaction. */
  boolean burst();

  /** The super reaction's colours, as hexadecimal strings. */
  List<String> burstColors();

  /** 0 for a normal reaction, 1 for a super reaction. */
  int type();
}

package dev.shardwire.events.message;

import dev.shardwire.models.Member;
import dev.shardwire.models.Snowflake;
import java.util.List;
import java.util.Optional;

/**
 * MESSAGE_REACTION_ADD: a user reacted to a message.
 */
@dev.shardwire.annotations.ShardEvent(name = "MESSAGE_REACTION_ADD", intents = {"GUILD_MESSAGE_REACTIONS", "DIRECT_MESSAGE_REACTIONS"}, builder = true)
public interface MessageReactionAddEvent extends MessageReactionEvent {

  /** The member who reacted, in guilds. */
  Optional<Member> member();

  /** The message's author, when sent. */
  Optional<Snowflake> messageAuthorId();

  /** The super reaction's colours, as hexadecimal strings. */
  List<String> burstColors();
}

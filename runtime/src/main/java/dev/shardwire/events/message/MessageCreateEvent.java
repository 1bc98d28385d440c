package dev.shardwire.events.message;

import dev.shardwire.annotations.Repr;
import dev.shardwire.models.Message;
import dev.shardwire.models.PartialMember;
import dev.shardwire.models.Snowflake;
import java.util.Optional;

/**
 * MESSAGE_CREATE: a message was sent; the event is the {@link Message}. Its content, embeds,
 * attachments and components are empty without the MESSAGE_CONTENT intent, unless the bot is
 * mentioned or the message is a direct message.
 */
@dev.shardwire.annotations.ShardEvent(name = "MESSAGE_CREATE", intents = {"GUILD_MESSAGES", "DIRECT_MESSAGES"}, builder = true)
public interface MessageCreateEvent extends MessageEvent, Message {

  /** The guild; empty for direct messages. */
  @Repr
  Optional<Snowflake> guildId();

  /** The author's member in the guild; empty for direct messages and webhooks. */
  Optional<PartialMember> member();
}

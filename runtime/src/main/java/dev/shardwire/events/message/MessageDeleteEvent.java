package dev.shardwire.events.message;

import dev.shardwire.annotations.JsonName;
import dev.shardwire.annotations.Repr;
import dev.shardwire.models.Snowflake;
import java.util.Optional;

/**
 * MESSAGE_DELETE: a message was deleted.
 */
@dev.shardwire.annotations.ShardEvent(name = "MESSAGE_DELETE", intents = {"GUILD_MESSAGES", "DIRECT_MESSAGES"}, builder = true)
public interface MessageDeleteEvent extends MessageEvent {

  /** The deleted message. */
  @Repr
  @JsonName("id")
  Snowflake messageId();

  /** The channel. */
  @Repr
  Snowflake channelId();

  /** The guild; empty for direct messages. */
  Optional<Snowflake> guildId();
}

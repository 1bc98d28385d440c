package dev.shardwire.events.message;

import dev.shardwire.annotations.JsonName;
import dev.shardwire.annotations.Repr;
import dev.shardwire.models.Snowflake;
import java.util.List;
import java.util.Optional;

/**
 * MESSAGE_DELETE_BULK: several messages were deleted at once.
 */
@dev.shardwire.annotations.ShardEvent(name = "MESSAGE_DELETE_BULK", intents = "GUILD_MESSAGES", builder = true)
public interface MessageDeleteBulkEvent extends MessageEvent {

  /** The deleted messages. */
  @Repr
  @JsonName("ids")
  List<Snowflake> messageIds();

  /** The channel. */
  @Repr
  Snowflake channelId();

  /** The guild. */
  Optional<Snowflake> guildId();
}

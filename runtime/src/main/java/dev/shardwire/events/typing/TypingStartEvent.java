package dev.shardwire.events.typing;

import dev.shardwire.annotations.Repr;
import dev.shardwire.events.ShardEvent;
import dev.shardwire.models.Member;
import dev.shardwire.models.Snowflake;
import java.time.Instant;
import java.util.Optional;

/**
 * TYPING_START: a user started typing in a channel.
 */
@dev.shardwire.annotations.ShardEvent(name = "TYPING_START", intents = {"GUILD_MESSAGE_TYPING", "DIRECT_MESSAGE_TYPING"}, builder = true)
public interface TypingStartEvent extends ShardEvent {

  /** The channel. */
  @Repr
  Snowflake channelId();

  /** The guild; empty for direct messages. */
  Optional<Snowflake> guildId();

  /** The user. */
  @Repr
  Snowflake userId();

  /** When the user started typing, in seconds since the epoch. */
  long timestamp();

  /** The member, in guilds. */
  Optional<Member> member();

  /** When the user started typing. */
  default Instant startedAt() {
    return Instant.ofEpochSecond(timestamp());
  }
}

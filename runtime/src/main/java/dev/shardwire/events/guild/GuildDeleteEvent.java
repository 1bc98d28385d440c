package dev.shardwire.events.guild;

import dev.shardwire.annotations.JsonName;
import dev.shardwire.annotations.Repr;
import dev.shardwire.models.Snowflake;

/**
 * GUILD_DELETE: a guild became unavailable (an outage: {@link #unavailable()} is true), or the bot
 * left or was removed from it ({@link #unavailable()} is false).
 */
@dev.shardwire.annotations.ShardEvent(name = "GUILD_DELETE", intents = "GUILDS", builder = true)
public interface GuildDeleteEvent extends GuildEvent {

  /** The guild's id. */
  @Repr
  @JsonName("id")
  Snowflake guildId();

  /** Whether the guild is only unavailable; false (absent) when the bot was removed. */
  @Repr
  boolean unavailable();
}

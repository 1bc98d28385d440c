package dev.shardwire.events.guild;

import dev.shardwire.annotations.Repr;
import dev.shardwire.models.Snowflake;

/**
 * GUILD_ROLE_DELETE: a role was deleted.
 */
@dev.shardwire.annotations.ShardEvent(name = "GUILD_ROLE_DELETE", intents = "GUILDS", builder = true)
public interface GuildRoleDeleteEvent extends GuildEvent {

  /** The guild. */
  @Repr
  Snowflake guildId();

  /** The deleted role. */
  @Repr
  Snowflake roleId();
}

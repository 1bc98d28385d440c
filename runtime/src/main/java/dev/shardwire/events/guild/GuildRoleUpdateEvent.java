package dev.shardwire.events.guild;

import dev.shardwire.annotations.Repr;
import dev.shardwire.models.Role;
import dev.shardwire.models.Snowflake;

/**
 * GUILD_ROLE_UPDATE: a role changed.
 */
@dev.shardwire.annotations.ShardEvent(name = "GUILD_ROLE_UPDATE", intents = "GUILDS", builder = true)
public interface GuildRoleUpdateEvent extends GuildEvent {

  /** The guild. */
  @Repr
  Snowflake guildId();

  /** The role as it is now. */
  @Repr
  Role role();
}

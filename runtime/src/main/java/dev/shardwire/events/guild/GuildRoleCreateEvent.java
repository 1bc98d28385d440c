package dev.shardwire.events.guild;

import dev.shardwire.annotations.Repr;
import dev.shardwire.models.Role;
import dev.shardwire.models.Snowflake;

/**
 * GUILD_ROLE_CREATE: a role was created.
 */
@dev.shardwire.annotations.ShardEvent(name = "GUILD_ROLE_CREATE", intents = "GUILDS", builder = true)
public interface GuildRoleCreateEvent extends GuildEvent {

  /** The guild. */
  @Repr
  Snowflake guildId();

  /** The new role. */
  @Repr
  Role role();
}

package dev.shardwire.events.member;

import dev.shardwire.annotations.Repr;
import dev.shardwire.models.Snowflake;
import dev.shardwire.models.User;

/**
 * GUILD_MEMBER_REMOVE: a user left or was removed from a guild.
 */
@dev.shardwire.annotations.ShardEvent(name = "GUILD_MEMBER_REMOVE", intents = "GUILD_MEMBERS", builder = true)
public interface GuildMemberRemoveEvent extends MemberEvent {

  /** The guild. */
  @Repr
  Snowflake guildId();

  /** The user who left. */
  @Repr
  User user();
}

package dev.shardwire.events.member;

import dev.shardwire.annotations.Repr;
import dev.shardwire.models.Member;
import dev.shardwire.models.Snowflake;

/**
 * GUILD_MEMBER_UPDATE: a member changed (roles, nickname, timeout, …); the event is the {@link
 * Member} as it is now.
 */
@dev.shardwire.annotations.ShardEvent(name = "GUILD_MEMBER_UPDATE", intents = "GUILD_MEMBERS", builder = true)
public interface GuildMemberUpdateEvent extends MemberEvent, Member {

  /** The guild. */
  @Repr
  Snowflake guildId();
}

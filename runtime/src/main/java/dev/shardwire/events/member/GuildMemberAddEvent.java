package dev.shardwire.events.member;

import dev.shardwire.annotations.Repr;
import dev.shardwire.models.Member;
import dev.shardwire.models.Snowflake;

/**
 * GUILD_MEMBER_ADD: a user joined a guild; the event is the new {@link Member}.
 */
@dev.shardwire.annotations.ShardEvent(name = "GUILD_MEMBER_ADD", intents = "GUILD_MEMBERS", builder = true)
public interface GuildMemberAddEvent extends MemberEvent, Member {

  /** The guild. */
  @Repr
  Snowflake guildId();
}

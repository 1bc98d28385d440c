package dev.shardwire.events.member;

import dev.shardwire.events.ShardEvent;

/**
 * Every event about a guild's members.
 */
@dev.shardwire.annotations.ShardEvent(base = true, intents = "GUILD_MEMBERS")
public interface MemberEvent extends ShardEvent {
}

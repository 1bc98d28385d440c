package dev.shardwire.events.guild;

import dev.shardwire.events.ShardEvent;

/**
 * Every event about a guild: listen to it for all of this package's events.
 */
@dev.shardwire.annotations.ShardEvent(base = true, intents = "GUILDS")
public interface GuildEvent extends ShardEvent {
}

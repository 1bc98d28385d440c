package dev.shardwire.events.channel;

import dev.shardwire.events.ShardEvent;

/**
 * Every event about a guild's channels and threads.
 */
@dev.shardwire.annotations.ShardEvent(base = true, intents = "GUILDS")
public interface ChannelEvent extends ShardEvent {
}

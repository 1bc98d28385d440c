package dev.shardwire.events.channel;

import dev.shardwire.models.Channel;

/**
 * CHANNEL_UPDATE: a channel changed; the event is the {@link Channel}.
 */
@dev.shardwire.annotations.ShardEvent(name = "CHANNEL_UPDATE", intents = "GUILDS", builder = true)
public interface ChannelUpdateEvent extends ChannelEvent, Channel {
}

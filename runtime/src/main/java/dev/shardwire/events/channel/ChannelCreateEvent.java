package dev.shardwire.events.channel;

import dev.shardwire.models.Channel;

/**
 * CHANNEL_CREATE: a channel was created; the event is the {@link Channel}.
 */
@dev.shardwire.annotations.ShardEvent(name = "CHANNEL_CREATE", intents = "GUILDS", builder = true)
public interface ChannelCreateEvent extends ChannelEvent, Channel {
}

package dev.shardwire.events.channel;

import dev.shardwire.models.Channel;

/**
 * CHANNEL_DELETE: a channel was deleted; the event is the {@link Channel}.
 */
@dev.shardwire.annotations.ShardEvent(name = "CHANNEL_DELETE", intents = "GUILDS", builder = true)
public interface ChannelDeleteEvent extends ChannelEvent, Channel {
}

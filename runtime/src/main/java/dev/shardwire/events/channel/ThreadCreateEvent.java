package dev.shardwire.events.channel;

import dev.shardwire.models.Channel;

/**
 * THREAD_CREATE: a thread was created, or the bot was added to a private thread; the event is the thread's {@link Channel}.
 */
@dev.shardwire.annotations.ShardEvent(name = "THREAD_CREATE", intents = "GUILDS", builder = true)
public interface ThreadCreateEvent extends ChannelEvent, Channel {

  /** Whether the thread was just created (false when the bot was added to an existing one). */
  boolean newlyCreated();
}

package dev.shardwire.events.message;

import dev.shardwire.events.ShardEvent;

/**
 * Every event about messages and their reactions.
 */
@dev.shardwire.annotations.ShardEvent(base = true)
public interface MessageEvent extends ShardEvent {
}

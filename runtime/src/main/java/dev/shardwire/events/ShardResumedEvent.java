package dev.shardwire.events;

/** The gateway resumed the shard's session and replayed what it missed (dispatch {@code RESUMED}). */
@dev.shardwire.annotations.ShardEvent(name = "RESUMED", builder = true)
public interface ShardResumedEvent extends ShardStateEvent {}

package dev.shardwire.events;

/** Base of the events that tell a shard's connection state changed. */
@dev.shardwire.annotations.ShardEvent(base = true)
public interface ShardStateEvent extends ShardEvent {}

package dev.shardwire.events;

/** A connection that had completed its handshake closed. The shard may reconnect after it. */
@dev.shardwire.annotations.ShardEvent
public interface ShardDisconnectedEvent extends ShardStateEvent {}

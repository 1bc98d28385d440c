package dev.shardwire.events;

/**
 * A shard's connection completed its handshake: READY or RESUMED was received. Fired once per
 * connection.
 */
@dev.shardwire.annotations.ShardEvent
public interface ShardConnectedEvent extends ShardStateEvent {}

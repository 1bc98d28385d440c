package dev.shardwire.events;

/** Stub of the runtime's base of READY and RESUMED. */
@dev.shardwire.annotations.ShardEvent(base = true)
public interface ShardStateEvent extends ShardEvent {}

package dev.shardwire.events;

/** Stub of the runtime's RESUMED. */
@dev.shardwire.annotations.ShardEvent(name = "RESUMED")
public interface ShardResumedEvent extends ShardStateEvent {}

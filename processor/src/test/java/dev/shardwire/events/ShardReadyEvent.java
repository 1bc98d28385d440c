package dev.shardwire.events;

/** Stub of the runtime's READY: the built-in claimant of that dispatch name. */
@dev.shardwire.annotations.ShardEvent(name = "READY")
public interface ShardReadyEvent extends ShardStateEvent {
  String sessionId();
}

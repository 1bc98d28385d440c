package dev.shardwire.events;

import dev.shardwire.annotations.Repr;

/**
 * A shard received a frame it could not read (its exception's message says why: JSON, envelope,
 * sequence number, size limit, invalid UTF-8), or a dispatch whose payload could not be decoded.
 * The shard logged it and keeps its session: it stays connected, or resumes on a new connection
 * when the WebSocket protocol requires the connection to fail; nothing else of the stream is lost.
 */
@dev.shardwire.annotations.ShardEvent
public interface MalformedPayloadEvent extends ShardEvent {

  /** The dispatch name when the frame got that far, otherwise empty. */
  @Repr
  String name();

  /** What was wrong: usually a {@code dev.shardwire.spi.DecodeException} naming the field and offset. */
  @Repr
  Throwable exception();
}

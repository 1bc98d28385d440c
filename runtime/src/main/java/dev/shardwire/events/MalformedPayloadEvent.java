package dev.shardwire.events;

import dev.shardwire.annotations.Repr;

/**
 * A shard received a frame it could not read, or a dispatch whose payload could not be decoded.
 * The shard logged it and stays connected; nothing else of the stream is lost.
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

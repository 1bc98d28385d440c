package dev.shardwire.gateway.wire;

import dev.shardwire.gateway.MalformedFrameException;
import org.java_websocket.framing.TextFrame;

/**
 * Stands, with an empty payload, for a message that {@link FrameTranslator} could not deliver but
 * that leaves the connection usable (one above the size limit, skipped as it arrived), or for a
 * zlib stream that broke; {@code ShardDraft} reports it to its connection instead of delivering
 * it.
 */
public final class UnreadableMessage extends TextFrame {

  private final MalformedFrameException error;

  UnreadableMessage(MalformedFrameException error) {
    this.error = error;
  }

  /** What was wrong, for the report. */
  public MalformedFrameException error() {
    return error;
  }

  @Override
  public String toString() {
    return "UnreadableMessage[" + error.getMessage() + "]";
  }
}

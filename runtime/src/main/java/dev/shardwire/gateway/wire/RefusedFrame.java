package dev.shardwire.gateway.wire;

import org.java_websocket.exceptions.InvalidDataException;
import org.java_websocket.framing.TextFrame;

/**
 * Stands, after the good frames read before it in the same socket read, for a frame that {@link
 * FrameTranslator} refused: {@code ShardDraft.processFrame} throws its refusal once those frames
 * are delivered, which fails the connection with the refusal's close code.
 */
public final class RefusedFrame extends TextFrame {

  private final InvalidDataException refusal;

  RefusedFrame(InvalidDataException refusal) {
    this.refusal = refusal;
  }

  /** Why the frame was refused, with the close code to fail the connection with. */
  public InvalidDataException refusal() {
    return refusal;
  }

  @Override
  public String toString() {
    return "RefusedFrame[" + refusal.getCloseCode() + ": " + refusal.getMessage() + "]";
  }
}

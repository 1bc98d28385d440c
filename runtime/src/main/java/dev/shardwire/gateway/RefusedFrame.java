package dev.shardwire.gateway;

import org.java_websocket.exceptions.InvalidDataException;
import org.java_websocket.framing.TextFrame;

/**
 * Stands, after the good frames read before it in the same socket read, for a frame that {@link
 * FrameTranslator} refused: {@link ShardDraft#processFrame} throws its refusal once those frames
 * are delivered, which fails the connection with the refusal's close code.
 */
final class RefusedFrame extends TextFrame {

  private final InvalidDataException refusal;

  RefusedFrame(InvalidDataException refusal) {
    this.refusal = refusal;
  }

  /** Why the frame was refused, with the close code to fail the connection with. */
  InvalidDataException refusal() {
    return refusal;
  }

  @Override
  public String toString() {
    return "RefusedFrame[" + refusal.getCloseCode() + ": " + refusal.getMessage() + "]";
  }
}

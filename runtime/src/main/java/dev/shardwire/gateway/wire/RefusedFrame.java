package dev.shardwire.gateway.wire;

import org.java_websocket.exceptions.InvalidDataException;
import org.java_websocket.framing.TextFrame;

/**
 * Stands, after the good frames read before it in the same socket read, for a frame that {@link
 * FrameTranslator} refused (or for a failure while reading one): {@code ShardDraft.processFrame}
 * fails the connection with the refusal's close code once those frames are delivered.
 */
public final class RefusedFrame extends TextFrame {

  private final InvalidDataException refusal;

  /** A frame refused for {@code refusal}. */
  public RefusedFrame(InvalidDataException refusal) {
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

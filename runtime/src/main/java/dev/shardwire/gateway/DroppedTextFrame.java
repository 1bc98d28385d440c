package dev.shardwire.gateway;

import org.java_websocket.framing.TextFrame;

/**
 * Stands, with an empty payload, for a whole text frame that {@link FrameTranslator} skipped
 * because it was above the size limit; {@link ShardDraft} reports it to its connection instead of
 * delivering it.
 */
final class DroppedTextFrame extends TextFrame {

  private final int length;

  DroppedTextFrame(int length) {
    this.length = length;
  }

  /** The payload length the frame announced, in bytes. */
  int length() {
    return length;
  }
}

package dev.shardwire.gateway;

import tools.jackson.core.JsonParser;

/** What {@link FrameReader} reports about one frame; implemented by the shard. */
interface FrameHandler {

  /**
   * A dispatch's envelope was read. Called once per dispatch, before its payload.
   *
   * @return whether the payload should be delivered to {@link #dispatchPayload}
   */
  boolean beginDispatch(String name, long sequence);

  /** A wanted dispatch's payload, with the parser on the first token of {@code d}. */
  void dispatchPayload(String name, long sequence, JsonParser d);

  /**
   * A frame with an opcode other than 0.
   *
   * @param d the parser on the first token of {@code d}, or {@code null} if the frame has no
   *     {@code d}; the handler consumes the value
   */
  void control(int op, JsonParser d);
}

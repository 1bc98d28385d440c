package dev.shardwire.gateway.wire;

import tools.jackson.core.JsonParser;

/** What {@link FrameReader} reports about one frame; implemented by the shard. */
public interface FrameHandler {

  /**
   * A dispatch's envelope was read. Called once per dispatch, before its payload.
   *
   * @return whether the payload should be delivered to {@link #dispatchPayload}
   */
  boolean beginDispatch(String name, long sequence);

  /**
   * A wanted dispatch, after {@link #beginDispatch}; its payload has not been read.
   *
   * @param hasPayload whether the frame has a {@code d}
   * @param atPayload the frame's parser on the first token of {@code d}, which the handler now
   *     owns and must close, or null when {@code d} has to be found again
   */
  void dispatch(String name, long sequence, boolean hasPayload, JsonParser atPayload);

  /**
   * A frame with an opcode other than 0.
   *
   * @param d the parser on the first token of {@code d}, or {@code null} if the frame has no
   *     {@code d}; the handler consumes the value
   */
  void control(int op, JsonParser d);
}

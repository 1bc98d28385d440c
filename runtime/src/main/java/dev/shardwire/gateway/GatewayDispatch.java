package dev.shardwire.gateway;

import tools.jackson.core.JsonParser;

/**
 * One dispatch (op 0) as a shard received it: its name ({@code t}), its sequence number ({@code
 * s}) and its payload ({@code d}), not parsed yet.
 *
 * <p>A dispatch owns the bytes of its frame, so its payload can be read after {@link
 * DispatchSink#onDispatch} has returned, on any thread and more than once. This is what lets the
 * event layer decode on the shard's lane instead of the connection's read thread, which then only
 * reads envelopes.
 *
 * <p>The first {@link #openPayload} usually gets the very parser that read the envelope, already on
 * {@code d}, so the frame is parsed once in all; later calls parse the frame again. A dispatch that
 * is never read holds its frame and that parser until it is collected; nothing else leaks (the
 * parser's buffers go to the garbage collector instead of back to Jackson's pool).
 */
public interface GatewayDispatch {

  /** The dispatch's gateway name, as {@code MESSAGE_CREATE}. */
  String name();

  /** The dispatch's sequence number, or -1 if the frame had none (as RESUMED may). */
  long sequence();

  /**
   * A parser over the payload, on its first token; a frame without {@code d} reads as JSON {@code
   * null}. The caller reads one value and closes the parser. Offsets in the parser's locations
   * count from the start of the frame.
   *
   * @throws tools.jackson.core.JacksonException if the frame cannot be read up to its payload
   */
  JsonParser openPayload();

  /**
   * The payload ({@code d}) exactly as the gateway sent it: a copy of its UTF-8 bytes, cut out of
   * the frame without parsing them (a scan for the value's end). JSON {@code null} when the frame
   * has no {@code d}. This is what a process forwards to others that decode it later, so it costs
   * far less than a parse: where the envelope's reader stopped at {@code d}, as it does in
   * Discord's key order, the frame is not read again up to {@code d} either. May be called on any
   * thread, before or after {@link #openPayload}.
   *
   * @throws MalformedFrameException if the payload does not end inside the frame
   * @throws tools.jackson.core.JacksonException if the frame cannot be read up to its payload
   */
  byte[] payloadBytes();
}

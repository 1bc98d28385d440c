package dev.shardwire.gateway;

import java.nio.charset.StandardCharsets;
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
public final class GatewayDispatch {

  private final String name;
  private final long sequence;
  private final Frame frame;
  private final FrameReader reader;
  private final boolean hasPayload;
  /** The envelope's parser, on d's first token, until the first openPayload takes it. */
  private JsonParser atPayload;

  /**
   * @param atPayload the parser that read the envelope, on {@code d}'s first token, which the
   *     dispatch now owns; or null
   */
  GatewayDispatch(String name, long sequence, Frame frame, FrameReader reader, boolean hasPayload,
      JsonParser atPayload) {
    this.name = name;
    this.sequence = sequence;
    this.frame = frame.owned();
    this.reader = reader;
    this.hasPayload = hasPayload;
    if (atPayload != null && frame.isBorrowed()) {
      atPayload.close(); // it reads a buffer that the next message overwrites
      atPayload = null;
    }
    this.atPayload = atPayload;
  }

  /** The dispatch's gateway name, as {@code MESSAGE_CREATE}. */
  public String name() {
    return name;
  }

  /** The dispatch's sequence number, or -1 if the frame had none (as RESUMED may). */
  public long sequence() {
    return sequence;
  }

  /**
   * A parser over the payload, on its first token; a frame without {@code d} reads as JSON {@code
   * null}. The caller reads one value and closes the parser. Offsets in the parser's locations
   * count from the start of the frame.
   *
   * @throws tools.jackson.core.JacksonException if the frame cannot be read up to its payload
   */
  public JsonParser openPayload() {
    JsonParser parser = takeEnvelopeParser();
    if (parser != null) {
      return parser;
    }
    return hasPayload ? reader.openD(frame) : reader.openNull();
  }

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
  public byte[] payloadBytes() {
    if (!hasPayload) {
      return "null".getBytes(StandardCharsets.US_ASCII);
    }
    long start = envelopeOffsetOfPayload();
    Frame utf8 = frame.asUtf8();
    if (start < 0) {
      try (JsonParser atD = reader.openD(utf8)) {
        start = atD.currentTokenLocation().getByteOffset();
      }
    }
    return utf8.copyValue((int) start);
  }

  /** Where d starts in the frame's bytes, as the envelope's parser found it, or -1 if unknown. */
  private synchronized long envelopeOffsetOfPayload() {
    // Offsets count from the start of the frame; a parser over text has no byte offsets (-1).
    return atPayload == null ? -1 : atPayload.currentTokenLocation().getByteOffset();
  }

  private synchronized JsonParser takeEnvelopeParser() {
    JsonParser parser = atPayload;
    atPayload = null;
    return parser;
  }

  @Override
  public String toString() {
    return "GatewayDispatch[" + name + " #" + sequence + "]";
  }
}

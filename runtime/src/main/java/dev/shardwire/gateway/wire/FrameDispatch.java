package dev.shardwire.gateway.wire;

import dev.shardwire.gateway.GatewayDispatch;
import java.nio.charset.StandardCharsets;
import tools.jackson.core.JsonParser;

/**
 * A {@link GatewayDispatch} read from a frame: it owns the frame's bytes, and the parser that read
 * the envelope until the first {@link #openPayload} takes it.
 */
public final class FrameDispatch implements GatewayDispatch {

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
  public FrameDispatch(String name, long sequence, Frame frame, FrameReader reader, boolean hasPayload,
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

  @Override
  public String name() {
    return name;
  }

  @Override
  public long sequence() {
    return sequence;
  }

  @Override
  public JsonParser openPayload() {
    JsonParser parser = takeEnvelopeParser();
    if (parser != null) {
      return parser;
    }
    return hasPayload ? reader.openD(frame) : reader.openNull();
  }

  @Override
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

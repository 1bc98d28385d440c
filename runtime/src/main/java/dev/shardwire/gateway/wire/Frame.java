package dev.shardwire.gateway.wire;

import dev.shardwire.gateway.MalformedFrameException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * One received gateway message, as text or as UTF-8 bytes. The bytes are either the frame's own (a
 * text frame's payload, which {@link FrameTranslator} allocates per frame) or borrowed (an inflated
 * zlib-stream message, in a buffer reused for the next message); {@link #owned()} gives a frame
 * that may outlive the read. A frame can be opened more than once.
 */
public final class Frame {

  private final String text;
  private final byte[] bytes;
  private final int offset;
  private final int length;
  private final boolean borrowed;

  private Frame(String text, byte[] bytes, int offset, int length, boolean borrowed) {
    this.text = text;
    this.bytes = bytes;
    this.offset = offset;
    this.length = length;
    this.borrowed = borrowed;
  }

  public static Frame ofText(String text) {
    return new Frame(text, null, 0, 0, false);
  }

  /** The UTF-8 text in {@code bytes[offset, offset + length)}, which nobody will change. */
  public static Frame ofOwnedBytes(byte[] bytes, int offset, int length) {
    return new Frame(null, bytes, offset, length, false);
  }

  /** The UTF-8 text in {@code bytes[0, length)}, valid only until the buffer's owner reuses it. */
  static Frame ofBorrowedBytes(byte[] bytes, int length) {
    return new Frame(null, bytes, 0, length, true);
  }

  /** Whether the bytes are borrowed: then neither they nor a parser over them outlive the read. */
  boolean isBorrowed() {
    return borrowed;
  }

  /** This frame, or a copy of it if its bytes are borrowed: a frame that stays valid. */
  Frame owned() {
    return borrowed ? ofOwnedBytes(Arrays.copyOfRange(bytes, offset, offset + length), 0, length) : this;
  }

  /** This frame as UTF-8 bytes: itself, or for a text frame its text encoded. */
  Frame asUtf8() {
    if (text == null) {
      return this;
    }
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    return ofOwnedBytes(utf8, 0, utf8.length);
  }

  /**
   * A copy of the JSON value that starts {@code start} bytes into this frame, as it is in the frame
   * (found by {@link RawJsonSpan}, not parsed). Only for a frame of bytes ({@link #asUtf8()}).
   *
   * @throws MalformedFrameException if the value does not end inside the frame
   */
  byte[] copyValue(int start) {
    if (text != null || start < 0 || start >= length) {
      throw new MalformedFrameException("no JSON value at byte offset " + start + " of the frame");
    }
    int end = RawJsonSpan.valueEnd(bytes, offset, offset + start, offset + length);
    return Arrays.copyOfRange(bytes, offset + start, end);
  }

  JsonParser open(JsonFactory json) {
    return text != null
        ? json.createParser(ObjectReadContext.empty(), text)
        : json.createParser(ObjectReadContext.empty(), bytes, offset, length);
  }

  /** At most {@code max} characters of the frame, for a log line, made {@link Printable}. */
  public String preview(int max) {
    String s = text != null ? text : new String(bytes, offset, Math.min(length, max * 4), StandardCharsets.UTF_8);
    return Printable.of(s.length() <= max ? s : s.substring(0, max) + "…");
  }
}

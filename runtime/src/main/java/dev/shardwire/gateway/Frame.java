package dev.shardwire.gateway;

import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * One received gateway message, as text or as UTF-8 bytes (a text frame's payload, or an inflated
 * zlib-stream message in a buffer that is reused for the next message). Can be opened more than once while it is
 * current.
 */
final class Frame {

  private final String text;
  private final byte[] bytes;
  private final int offset;
  private final int length;

  private Frame(String text, byte[] bytes, int offset, int length) {
    this.text = text;
    this.bytes = bytes;
    this.offset = offset;
    this.length = length;
  }

  static Frame ofText(String text) {
    return new Frame(text, null, 0, 0);
  }

  static Frame ofBytes(byte[] bytes, int length) {
    return new Frame(null, bytes, 0, length);
  }

  /** The UTF-8 text in {@code bytes[offset, offset + length)}. */
  static Frame ofBytes(byte[] bytes, int offset, int length) {
    return new Frame(null, bytes, offset, length);
  }

  JsonParser open(JsonFactory json) {
    return text != null
        ? json.createParser(ObjectReadContext.empty(), text)
        : json.createParser(ObjectReadContext.empty(), bytes, offset, length);
  }

  /** At most {@code max} characters of the frame, for a log line. */
  String preview(int max) {
    String s = text != null ? text : new String(bytes, offset, Math.min(length, max * 4), java.nio.charset.StandardCharsets.UTF_8);
    return s.length() <= max ? s : s.substring(0, max) + "…";
  }
}

package dev.shardwire.gateway.wire;

import dev.shardwire.gateway.GatewayDispatch;
import dev.shardwire.gateway.MalformedFrameException;

/**
 * Finds where a JSON value ends in UTF-8 bytes without tokenizing it: a loop over the bytes that
 * tracks nesting and strings only. It is how a dispatch's {@code d} is cut out of its frame for
 * forwarding as it came ({@link GatewayDispatch#payloadBytes}), cheaper than letting
 * the parser skip it ({@code skipChildren()} still reads every token).
 *
 * <p>It checks only what it needs to find the end: a value that is not well-formed JSON inside
 * (but balanced) passes through unchanged, and whoever decodes it later reports it. Bytes of
 * multi-byte UTF-8 sequences are all 0x80 or above, so they never match the ASCII it looks for.
 */
final class RawJsonSpan {

  private RawJsonSpan() {}

  /**
   * The index just past the JSON value that starts at {@code start}.
   *
   * @param bytes UTF-8 JSON
   * @param origin the index that error messages count offsets from (the frame's first byte)
   * @param start the index of the value's first byte (not whitespace)
   * @param limit the index past the last byte that may belong to the value
   * @throws MalformedFrameException if the value does not end before {@code limit}, naming the offset
   */
  static int valueEnd(byte[] bytes, int origin, int start, int limit) {
    if (start >= limit) {
      throw new MalformedFrameException("no JSON value at offset " + (start - origin));
    }
    byte first = bytes[start];
    if (first == '"') {
      return stringEnd(bytes, origin, start, limit);
    }
    if (first != '{' && first != '[') {
      return scalarEnd(bytes, start, limit);
    }
    int depth = 0;
    for (int i = start; i < limit; i++) {
      byte b = bytes[i];
      if (b == '"') {
        i = stringEnd(bytes, origin, i, limit) - 1;
      } else if (b == '{' || b == '[') {
        depth++;
      } else if ((b == '}' || b == ']') && --depth == 0) {
        return i + 1;
      }
    }
    throw new MalformedFrameException("the JSON value at offset " + (start - origin) + " does not end (" + depth + " unclosed)");
  }

  /** The index past the closing quote of the string whose opening quote is at {@code start}. */
  private static int stringEnd(byte[] bytes, int origin, int start, int limit) {
    for (int i = start + 1; i < limit; i++) {
      byte b = bytes[i];
      if (b == '\\') {
        i++; // the escaped byte, a quote or a backslash among them, ends nothing
      } else if (b == '"') {
        return i + 1;
      }
    }
    throw new MalformedFrameException("the JSON string at offset " + (start - origin) + " does not end");
  }

  /** A number, {@code true}, {@code false} or {@code null}: up to the next delimiter or whitespace. */
  private static int scalarEnd(byte[] bytes, int start, int limit) {
    int i = start;
    while (i < limit) {
      byte b = bytes[i];
      if (b == ',' || b == '}' || b == ']' || b == ' ' || b == '\t' || b == '\n' || b == '\r') {
        break;
      }
      i++;
    }
    return i;
  }
}

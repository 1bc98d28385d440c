package dev.shardwire.gateway.wire;

import java.nio.ByteBuffer;
import java.util.Objects;

/**
 * A strict UTF-8 check (RFC 3629) for the text frames the shard reads: it refuses overlong forms,
 * surrogates (U+D800 to U+DFFF), code points above U+10FFFF, truncated sequences and stray
 * continuation bytes. Gateway frames are JSON and almost entirely ASCII, so runs of ASCII are
 * skipped eight bytes at a time and only the other characters are checked byte by byte.
 */
public final class Utf8 {

  /** The high bit of each of eight bytes: a word of ASCII bytes has none of them set. */
  private static final long NON_ASCII = 0x8080808080808080L;

  private Utf8() {}

  /**
   * Whether {@code length} bytes of {@code bytes} from {@code offset} are well-formed UTF-8.
   *
   * @throws IndexOutOfBoundsException if the range is not inside {@code bytes}
   */
  static boolean isValid(byte[] bytes, int offset, int length) {
    Objects.checkFromIndexSize(offset, length, bytes.length);
    // Big-endian (the default): the first byte in memory is the word's most significant one.
    ByteBuffer words = ByteBuffer.wrap(bytes);
    int end = offset + length;
    int i = offset;
    while (i < end) {
      if (i <= end - Long.BYTES) {
        long high = words.getLong(i) & NON_ASCII;
        if (high == 0) {
          i += Long.BYTES; // eight ASCII bytes
          continue;
        }
        i += Long.numberOfLeadingZeros(high) >>> 3; // the word's first non-ASCII byte
      } else if (bytes[i] >= 0) {
        i++; // the last few bytes, one at a time
        continue;
      }
      i = afterSequence(bytes, i, end);
      if (i < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Checks the multi-byte sequence whose lead byte is at {@code i}.
   *
   * @return the index just after it, or -1 if it is not well-formed
   */
  private static int afterSequence(byte[] bytes, int i, int end) {
    int lead = bytes[i] & 0xFF;
    if (lead < 0xC2) {
      return -1; // a continuation byte without a lead, or C0/C1 (always overlong)
    }
    if (lead < 0xE0) { // U+0080..U+07FF
      return i + 1 < end && isContinuation(bytes[i + 1]) ? i + 2 : -1;
    }
    if (lead < 0xF0) { // U+0800..U+FFFF
      if (i + 2 >= end) {
        return -1;
      }
      // E0 needs A0..BF (no overlong form), ED needs 80..9F (no surrogate).
      int second = bytes[i + 1] & 0xFF;
      int min = lead == 0xE0 ? 0xA0 : 0x80;
      int max = lead == 0xED ? 0x9F : 0xBF;
      return second >= min && second <= max && isContinuation(bytes[i + 2]) ? i + 3 : -1;
    }
    if (lead < 0xF5) { // U+10000..U+10FFFF
      if (i + 3 >= end) {
        return -1;
      }
      // F0 needs 90..BF (no overlong form), F4 needs 80..8F (nothing above U+10FFFF).
      int second = bytes[i + 1] & 0xFF;
      int min = lead == 0xF0 ? 0x90 : 0x80;
      int max = lead == 0xF4 ? 0x8F : 0xBF;
      return second >= min && second <= max && isContinuation(bytes[i + 2]) && isContinuation(bytes[i + 3])
          ? i + 4
          : -1;
    }
    return -1; // F5..FF never start a sequence
  }

  /** Whether {@code b} is 80..BF: as a signed byte, -128..-65. */
  private static boolean isContinuation(byte b) {
    return b < (byte) 0xC0;
  }
}

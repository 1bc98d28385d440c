package dev.shardwire.spi;

import java.util.Arrays;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.io.IOContext;

/**
 * The strings of {@link Utf8BytesJsonParser}, its second layer: a string value is found, checked,
 * skipped or decoded here, eight bytes at a time where the bytes allow, with the escape and UTF-8
 * decoding that names share; ids are read from their digits in place.
 */
abstract class Utf8BytesStrings extends Utf8BytesInput {

  static final char[] NO_CHARS = new char[0];

  // Words of eight bytes: one bit per byte tests all eight at once.
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;

  /** Bytes that end the plain ASCII run of a string or name: quote, backslash, control, non-ASCII. */
  static final boolean[] STRING_STOP = new boolean[256];

  static {
    for (int c = 0; c < 0x20; c++) {
      STRING_STOP[c] = true;
    }
    for (int c = 0x80; c < 0x100; c++) {
      STRING_STOP[c] = true;
    }
    STRING_STOP['"'] = true;
    STRING_STOP['\\'] = true;
  }

  /** A string value whose end has not been found yet (ptr is at its first content byte). */
  boolean stringIncomplete;

  int stringStart;
  int stringEnd;
  /** Whether the string's bytes are its characters (ASCII, no escapes). */
  boolean stringPlain;

  String stringValue;
  /** The decoded characters of a string that is not plain, or a plain one copied on request. */
  char[] chars = NO_CHARS;

  int charCount;
  boolean charsHeld;

  /** What {@link #readDigitsInPlace} read. */
  private long digitsValue;

  Utf8BytesStrings(ObjectReadContext readCtxt, IOContext ctxt, int streamFeatures, byte[] data, int offset, int len) {
    super(readCtxt, ctxt, streamFeatures, data, offset, len);
  }

  /**
   * A mask with the high bit of each byte of {@code x} that ends a plain ASCII run (quote,
   * backslash, control character or non-ASCII). Borrows only run towards later bytes, so the
   * lowest flagged byte is exact.
   */
  private static long stopBytes(long x) {
    long quote = x ^ 0x2222222222222222L;
    long backslash = x ^ 0x5C5C5C5C5C5C5C5CL;
    return ((quote - ONES) & ~quote | (backslash - ONES) & ~backslash | (x - 0x2020202020202020L) & ~x | x) & HIGHS;
  }

  /** Whether all eight bytes of {@code x} are ASCII digits. */
  private static boolean eightDigits(long x) {
    return ((x & 0xF0F0F0F0F0F0F0F0L) | (((x + 0x0606060606060606L) & 0xF0F0F0F0F0F0F0F0L) >>> 4)) == 0x3333333333333333L;
  }

  /** The value of eight ASCII digits, the first in the lowest byte. */
  private static long eightDigitsValue(long x) {
    x = ((x & 0x0F0F0F0F0F0F0F0FL) * 2561) >>> 8;
    x = ((x & 0x00FF00FF00FF00FFL) * 6553601) >>> 16;
    return ((x & 0x0000FFFF0000FFFFL) * 42949672960001L) >>> 32;
  }

  /**
   * Finds the end of the current string value and checks it. A string that is not plain ASCII is
   * decoded into {@link #chars} only when {@code keep}; a skipped one is checked without storing
   * anything, so a hostile string that nobody reads costs no memory. The string stays incomplete
   * if it fails, so a second read fails again instead of reading a half-decoded state.
   */
  void skipString(boolean keep) throws JacksonException {
    final byte[] b = buf;
    int p = firstStop(stringStart);
    if (p >= end) {
      ptr = p;
      _reportInvalidEOF(": was expecting closing quote for a string value", JsonToken.VALUE_STRING);
    }
    if (b[p] == '"') {
      stringIncomplete = false;
      stringEnd = p;
      stringPlain = true;
      ptr = p + 1;
      return;
    }
    if (keep) {
      decodeString(p);
    } else {
      checkString(p);
    }
  }

  /**
   * The index of the first byte from {@code p} on that ends a run of plain ASCII in a string or a
   * name (a quote, a backslash, a control character or a byte of a multi-byte character), or
   * {@link #end} if there is none: eight bytes a step while they last.
   */
  int firstStop(int p) {
    final int e = end;
    while (p + 8 <= e) {
      long stops = stopBytes(words.getLong(p));
      if (stops != 0) {
        return p + (Long.numberOfTrailingZeros(stops) >>> 3);
      }
      p += 8;
    }
    final byte[] b = buf;
    final boolean[] stop = STRING_STOP;
    while (p < e && !stop[b[p] & 0xFF]) {
      p++;
    }
    return p;
  }

  /** Makes the current string value complete: its end found, its characters at hand. */
  void finishString() throws JacksonException {
    if (stringIncomplete) {
      skipString(true);
    }
  }

  /**
   * Checks the rest of a skipped string from {@code p}, its first byte that is not plain ASCII, as
   * {@link #decodeString} would (control characters, escapes, UTF-8), keeping nothing.
   */
  private void checkString(int p) throws JacksonException {
    final byte[] b = buf;
    final boolean[] stop = STRING_STOP;
    while (true) {
      if (p >= end) {
        ptr = p;
        _reportInvalidEOF(": was expecting closing quote for a string value", JsonToken.VALUE_STRING);
      }
      int c = b[p++];
      if (!stop[c & 0xFF]) {
        continue;
      }
      if (c == '"') {
        break;
      }
      ptr = p;
      if (c == '\\') {
        decodeEscape();
      } else if (c >= 0) {
        _throwUnquotedSpace(c, "string value");
      } else {
        decodeUtf8(c & 0xFF);
      }
      p = ptr;
    }
    stringIncomplete = false;
    // Nobody reads a skipped string: the parser is moving on to the next token.
    stringEnd = p - 1;
    stringPlain = false;
    charCount = 0;
    charsHeld = true;
    ptr = p;
  }

  /**
   * Decodes the string from its start into {@link #chars}; {@code p} is the first byte that is
   * not plain ASCII. Rejects what Jackson rejects: control characters, bad escapes, and anything
   * that is not well-formed UTF-8.
   */
  private void decodeString(int p) throws JacksonException {
    final byte[] b = buf;
    int s = stringStart;
    // The limit is checked as the characters grow (as Jackson's text buffer does), so a hostile
    // string fails before it costs more than the limit in memory.
    _streamReadConstraints.validateStringLength(p - s);
    char[] out = ensureChars(Math.max(32, (p - s) + ((p - s) >> 1) + 16));
    int n = 0;
    for (int k = s; k < p; k++) {
      out[n++] = (char) b[k];
    }
    while (true) {
      if (p >= end) {
        ptr = p;
        _reportInvalidEOF(": was expecting closing quote for a string value", JsonToken.VALUE_STRING);
      }
      int c = b[p++];
      if (out.length - n < 2) {
        _streamReadConstraints.validateStringLength(n);
        out = growChars(n + 2);
      }
      if (c >= 0x20) {
        if (c == '"') {
          break;
        }
        if (c == '\\') {
          ptr = p;
          out[n++] = (char) decodeEscape();
          p = ptr;
        } else {
          out[n++] = (char) c;
        }
        continue;
      }
      if (c >= 0) {
        ptr = p;
        _throwUnquotedSpace(c, "string value");
      }
      ptr = p;
      int cp = decodeUtf8(c & 0xFF);
      p = ptr;
      n += Character.toChars(cp, out, n);
    }
    stringIncomplete = false;
    stringEnd = p - 1;
    stringPlain = false;
    charCount = n;
    charsHeld = true;
    ptr = p;
  }

  /** One backslash escape, ptr just after the backslash; leaves ptr after it. */
  int decodeEscape() throws JacksonException {
    if (ptr >= end) {
      _reportInvalidEOF(" in character escape sequence", JsonToken.VALUE_STRING);
    }
    int c = buf[ptr++];
    switch (c) {
      case '"':
      case '/':
      case '\\':
        return c;
      case 'b':
        return '\b';
      case 'f':
        return '\f';
      case 'n':
        return '\n';
      case 'r':
        return '\r';
      case 't':
        return '\t';
      case 'u':
        int value = 0;
        for (int k = 0; k < 4; k++) {
          if (ptr >= end) {
            _reportInvalidEOF(" in character escape sequence", JsonToken.VALUE_STRING);
          }
          int digit = hex(buf[ptr++]);
          if (digit < 0) {
            _reportUnexpectedChar(buf[ptr - 1] & 0xFF, "expected a hex-digit for character escape sequence");
          }
          value = (value << 4) | digit;
        }
        return value;
      default:
        return _reportError("Unrecognized character escape " + _getCharDesc(c & 0xFF));
    }
  }

  private static int hex(byte c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    int lower = c | 0x20;
    if (lower >= 'a' && lower <= 'f') {
      return lower - 'a' + 10;
    }
    return -1;
  }

  /**
   * The code point of the well-formed UTF-8 sequence whose lead byte {@code lead} is just before
   * ptr; leaves ptr after it. Overlong forms, surrogates and code points past U+10FFFF fail.
   */
  int decodeUtf8(int lead) throws JacksonException {
    final byte[] b = buf;
    if (lead < 0xC2 || lead > 0xF4) {
      return _reportError("Invalid UTF-8 start byte 0x" + Integer.toHexString(lead));
    }
    int needed = lead < 0xE0 ? 1 : lead < 0xF0 ? 2 : 3;
    if (ptr + needed > end) {
      ptr = end;
      return _reportInvalidEOF(" in a multi-byte UTF-8 character", JsonToken.VALUE_STRING);
    }
    int d = b[ptr];
    if ((d & 0xC0) != 0x80) {
      return _reportError("Invalid UTF-8 middle byte 0x" + Integer.toHexString(d & 0xFF));
    }
    int second = d & 0xFF;
    if ((lead == 0xE0 && second < 0xA0) || (lead == 0xF0 && second < 0x90)) {
      return _reportError("Invalid UTF-8: overlong encoding");
    }
    if (lead == 0xED && second >= 0xA0) {
      return _reportError("Invalid UTF-8: surrogate");
    }
    if (lead == 0xF4 && second >= 0x90) {
      return _reportError("Invalid UTF-8: code point beyond U+10FFFF");
    }
    int cp = (lead & (0x3F >> needed)) << 6 | (d & 0x3F);
    ptr++;
    for (int k = 1; k < needed; k++) {
      d = b[ptr];
      if ((d & 0xC0) != 0x80) {
        return _reportError("Invalid UTF-8 middle byte 0x" + Integer.toHexString(d & 0xFF));
      }
      cp = (cp << 6) | (d & 0x3F);
      ptr++;
    }
    return cp;
  }

  char[] ensureChars(int size) {
    if (chars.length < size) {
      chars = new char[Math.max(size, 64)];
    }
    return chars;
  }

  char[] growChars(int minSize) {
    chars = Arrays.copyOf(chars, Math.max(minSize, chars.length * 2));
    return chars;
  }

  /** The ASCII bytes {@code [start, end)} of the input as a String (a current name's). */
  String asciiString(int start, int endIndex) {
    return NameStrings.of(buf, start, endIndex);
  }

  /**
   * The unsigned 64-bit number that the current string value spells in decimal, as {@link
   * JsonReads} reads ids: straight from the bytes when the string, already read, is plain digits
   * (an unread one of up to 19 digits is {@link #readDigitsInPlace}'s), else from its decoded
   * characters.
   *
   * @throws NumberFormatException if it spells none
   */
  long unsignedDecimalString() throws JacksonException {
    if (_currToken == JsonToken.VALUE_STRING && !stringIncomplete && stringPlain && stringEnd - stringStart <= 19 && stringEnd > stringStart) {
      final byte[] b = buf;
      long value = 0;
      for (int p = stringStart; p < stringEnd; p++) {
        int digit = b[p] - '0';
        if (digit < 0 || digit > 9) {
          throw new NumberFormatException();
        }
        value = value * 10 + digit;
      }
      return value;
    }
    return JsonReads.unsignedDecimal(getStringCharacters(), getStringOffset(), getStringLength());
  }

  /** The value the last successful {@link #readDigitsInPlace} read. */
  long digitsValue() {
    return digitsValue;
  }

  /**
   * The common case of {@link #unsignedDecimalString}, which its callers ({@link
   * JsonReads#snowflakeBits}, {@link JsonReads#flagBits}) try first, outside their exception
   * handlers, and answered without an exception for the others: whether the
   * current token is an unread string of one to 19 plain digits (never over 2^64 - 1), which it
   * then reads, the end of the string found in the same pass, its value in {@link #digitsValue}.
   * Otherwise false and nothing read.
   */
  boolean readDigitsInPlace() {
    if (_currToken != JsonToken.VALUE_STRING || !stringIncomplete) {
      return false;
    }
    final byte[] b = buf;
    int s = stringStart;
    // Up to 19 digits never overflow; anything longer or not digits takes the general path.
    // Eight digits a step where there are sixteen bytes to read, then two digits a step.
    int limit = Math.min(end, s + 19);
    long value = 0;
    int p = s;
    if (s + 16 <= end) {
      long first = words.getLong(s);
      long second = words.getLong(s + 8);
      if (eightDigits(first)) {
        value = eightDigitsValue(first);
        p = s + 8;
        if (eightDigits(second)) {
          value = value * 100_000_000L + eightDigitsValue(second);
          p = s + 16;
        }
      }
    }
    while (p + 1 < limit) {
      int high = b[p] - '0';
      int low = b[p + 1] - '0';
      if ((high | low | (9 - high) | (9 - low)) < 0) {
        break;
      }
      value = value * 100 + high * 10 + low;
      p += 2;
    }
    if (p < limit) {
      int digit = b[p] - '0';
      if (digit >= 0 && digit <= 9) {
        value = value * 10 + digit;
        p++;
      }
    }
    if (p > s && p < end && b[p] == '"') {
      stringIncomplete = false;
      stringEnd = p;
      stringPlain = true;
      ptr = p + 1;
      digitsValue = value;
      return true;
    }
    return false;
  }
}

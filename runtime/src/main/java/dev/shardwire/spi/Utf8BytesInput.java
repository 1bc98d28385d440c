package dev.shardwire.spi;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.io.IOContext;
import tools.jackson.core.json.JsonParserBase;

/**
 * The input of {@link Utf8BytesJsonParser}, its first layer: one complete UTF-8 byte range, the
 * read position in it, and what follows from positions alone: Jackson's locations (lines counted
 * only when a location is asked for) and white space.
 */
abstract class Utf8BytesInput extends JsonParserBase {

  final byte[] buf;
  /** Where the range starts: byte offsets, lines and columns count from here. */
  private final int base;

  final int end;
  /**
   * The input read eight bytes at a time (little-endian: the first byte is the lowest), for the
   * scans that look at many bytes: string ends and runs of digits.
   */
  final ByteBuffer words;

  int ptr;
  /** Index of the first byte of the current (or pending) value token. */
  int tokenStart;
  /** Index of the current name's opening quote. */
  int nameStart;

  /** How far {@link #locationAt} has counted lines: the index, its line and that line's start. */
  private int countedTo;

  private int countedLine = 1;
  private int countedRowStart;

  Utf8BytesInput(ObjectReadContext readCtxt, IOContext ctxt, int streamFeatures, byte[] data, int offset, int len) {
    super(readCtxt, ctxt, streamFeatures, 0);
    _streamReadConstraints.validateDocumentLength(len);
    this.buf = data;
    this.base = offset;
    this.end = offset + len;
    this.words = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
    // A UTF-8 byte order mark is skipped but counted, as Jackson's bootstrapper does (it looks
    // for one only when there are four bytes or more).
    int start = offset;
    if (len >= 4 && (data[offset] & 0xFF) == 0xEF && (data[offset + 1] & 0xFF) == 0xBB && (data[offset + 2] & 0xFF) == 0xBF) {
      start += 3;
    }
    this.ptr = start;
    this.countedTo = offset;
    this.countedRowStart = offset;
    // Before the first token Jackson's token location is one byte before the input.
    this.tokenStart = offset - 1;
  }

  /** Whether Jackson would read {@code data} as UTF-8 (not UTF-16 or UTF-32). */
  static boolean isPlainUtf8(byte[] data, int offset, int len) {
    if (len < 2) {
      return true;
    }
    int b0 = data[offset] & 0xFF;
    int b1 = data[offset + 1] & 0xFF;
    return b0 != 0 && b1 != 0 && b0 != 0xFE && b0 != 0xFF;
  }

  // ---------------------------------------------------------------------------------------------
  // Locations: line and column are counted from the bytes only when a location is asked for.

  @Override
  public TokenStreamLocation currentLocation() {
    return locationAt(ptr);
  }

  @Override
  public TokenStreamLocation currentTokenLocation() {
    return locationAt(_currToken == JsonToken.PROPERTY_NAME ? nameStart : tokenStart);
  }

  @Override
  protected TokenStreamLocation _currentLocationMinusOne() {
    return locationAt(Math.max(base, ptr - 1));
  }

  @Override
  public long getTokenCharacterOffset() {
    return tokenStart - base;
  }

  @Override
  public int getTokenLineNr() {
    return currentTokenLocation().getLineNr();
  }

  @Override
  public int getTokenColumnNr() {
    return currentTokenLocation().getColumnNr();
  }

  /**
   * The location of the byte at {@code index}: Jackson's byte offset, line and byte column. Lines
   * are counted from the last location asked for when it is not past {@code index}, so asking
   * token after token costs one pass over the input, not one each.
   */
  TokenStreamLocation locationAt(int index) {
    int limit = Math.min(index, end);
    int i = base;
    int line = 1;
    int rowStart = base;
    if (countedTo <= limit) {
      i = countedTo;
      line = countedLine;
      rowStart = countedRowStart;
    }
    for (; i < limit; i++) {
      byte b = buf[i];
      if (b == '\n') {
        line++;
        rowStart = i + 1;
      } else if (b == '\r') {
        if (i + 1 < end && buf[i + 1] == '\n') {
          i++;
        }
        line++;
        rowStart = i + 1;
      }
    }
    countedTo = i;
    countedLine = line;
    countedRowStart = rowStart;
    return new TokenStreamLocation(_contentReference(), (long) index - base, -1L, line, index - rowStart + 1);
  }

  // ---------------------------------------------------------------------------------------------
  // White space

  int skipWhiteSpaceOrEnd() throws JacksonException {
    final byte[] b = buf;
    int p = ptr;
    while (p < end) {
      int c = b[p++] & 0xFF;
      if (c > ' ') {
        ptr = p;
        return c;
      }
      if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
        ptr = p;
        _reportInvalidSpace(c);
      }
    }
    ptr = p;
    return -1;
  }
}

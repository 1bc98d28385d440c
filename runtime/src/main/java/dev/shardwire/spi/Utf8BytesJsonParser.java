package dev.shardwire.spi;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import tools.jackson.core.Base64Variant;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.SerializableString;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.io.IOContext;
import tools.jackson.core.json.JsonParserBase;
import tools.jackson.core.sym.PropertyNameMatcher;

/**
 * A JSON parser over one complete UTF-8 {@code byte[]} range, behaving as Jackson's
 * {@code UTF8StreamJsonParser} does on the same bytes (same tokens, names, values, number types,
 * limits and the same inputs rejected; error messages may be worded differently) but built for
 * the one case it serves: the whole document is
 * in memory, so there is no refilling, names are compared and matched in place as bytes (a String
 * is made only when one is asked for), and ASCII strings without escapes become Strings straight
 * from the bytes.
 *
 * <p>As Jackson does, a string value is read lazily: its bytes are checked and decoded when it is
 * asked for, or skipped (still checked) when the parser moves on; a property's value token is read
 * together with its name. Numbers use Jackson's own conversions ({@link JsonParserBase}), fed the
 * number's text.
 */
final class Utf8BytesJsonParser extends JsonParserBase {

  private static final char[] NO_CHARS = new char[0];

  /** Bytes that end the plain ASCII run of a string or name: quote, backslash, control, non-ASCII. */
  private static final boolean[] STRING_STOP = new boolean[256];

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

  private final byte[] buf;
  /** Where the range starts: byte offsets, lines and columns count from here. */
  private final int base;

  private final int end;
  /**
   * The input read eight bytes at a time (little-endian: the first byte is the lowest), for the
   * scans that look at many bytes: string ends and runs of digits.
   */
  private final ByteBuffer words;

  private int ptr;

  private SpanReadContext context;
  /** The value token read together with the current name. */
  private JsonToken pending;
  /** Index of the first byte of the current (or pending) value token. */
  private int tokenStart;
  /** Index of the current name's opening quote. */
  private int nameStart;

  /** A string value whose end has not been found yet (ptr is at its first content byte). */
  private boolean stringIncomplete;

  private int stringStart;
  private int stringEnd;
  /** Whether the string's bytes are its characters (ASCII, no escapes). */
  private boolean stringPlain;

  private String stringValue;
  /** The decoded characters of a string that is not plain, or a plain one copied on request. */
  private char[] chars = NO_CHARS;

  private int charCount;
  private boolean charsHeld;

  /** The current number's bytes; its text goes to the text buffer only when needed. */
  private int numberStart;

  private int numberEnd;
  private boolean numberTextPending;
  /** The value of the current integer when it has at most 18 digits. */
  private long smallInt;

  /** What {@link #readDigitsInPlace} read. */
  private long digitsValue;

  private char[] nameChars = NO_CHARS;

  /** How far {@link #locationAt} has counted lines: the index, its line and that line's start. */
  private int countedTo;

  private int countedLine = 1;
  private int countedRowStart;
  private int[] quads;

  Utf8BytesJsonParser(ObjectReadContext readCtxt, IOContext ctxt, int streamFeatures, byte[] data, int offset, int len) {
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
    this.context = new SpanReadContext(null, this, TokenStreamContext.TYPE_ROOT, 0, start);
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
  // Life-cycle and plumbing

  @Override
  protected void _closeInput() {}

  @Override
  public int readBinaryValue(Base64Variant variant, OutputStream out) throws JacksonException {
    byte[] bytes = getBinaryValue(variant);
    try {
      out.write(bytes);
    } catch (IOException e) {
      throw _wrapIOFailure(e);
    }
    return bytes.length;
  }

  /** Writes the input not read yet, as Jackson's byte parsers do. */
  @Override
  public int releaseBuffered(OutputStream out) throws JacksonException {
    int count = end - ptr;
    if (count <= 0) {
      return 0;
    }
    try {
      out.write(buf, ptr, count);
    } catch (IOException e) {
      throw _wrapIOFailure(e);
    }
    return count;
  }

  @Override
  public Object streamReadInputSource() {
    return null;
  }

  @Override
  public TokenStreamContext streamReadContext() {
    return context;
  }

  @Override
  public Object currentValue() {
    return context.currentValue();
  }

  @Override
  public void assignCurrentValue(Object v) {
    context.assignCurrentValue(v);
  }

  @Override
  public String currentName() {
    if (_currToken == JsonToken.START_OBJECT || _currToken == JsonToken.START_ARRAY) {
      SpanReadContext parent = context.getParent();
      if (parent != null) {
        return parent.currentName();
      }
    }
    return context.currentName();
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
  // Tokens

  @Override
  public JsonToken nextToken() throws JacksonException {
    if (_currToken == JsonToken.PROPERTY_NAME) {
      return afterName();
    }
    int i = startNext();
    if (i < 0) {
      return _currToken;
    }
    readName(i);
    return JsonToken.PROPERTY_NAME;
  }

  @Override
  public String nextName() throws JacksonException {
    int i = startName();
    if (i < 0) {
      return null;
    }
    readName(i);
    return context.currentName();
  }

  @Override
  public boolean nextName(SerializableString str) throws JacksonException {
    if (_currToken != JsonToken.PROPERTY_NAME && !stringIncomplete) {
      _numTypesValid = NR_UNKNOWN;
      if (matchNextNameFast(str)) {
        return true;
      }
    }
    int i = startName();
    if (i < 0) {
      return false;
    }
    if (i == '"') {
      byte[] quoted = str.asQuotedUTF8();
      int n = quoted.length;
      int s = ptr;
      if (s + n < end && buf[s + n] == '"' && sameBytes(quoted, s, n)) {
        // The quoted form is a whole JSON string, so the quote after it closes the name.
        context.setName(str.getValue());
        ptr = s + n + 1;
        setToken(JsonToken.PROPERTY_NAME);
        readValueAfterName();
        return true;
      }
    }
    readName(i);
    // A name of plain bytes was compared above; only one with escapes or non-ASCII may still match.
    return !context.nameIsSpan() && str.getValue().equals(context.name);
  }

  /**
   * The common case of {@link #nextName(SerializableString)} in compact JSON, taken when it
   * matches and changing nothing when it does not: inside an object, the next bytes are {@code
   * ,"} (or {@code "} for the object's first entry) followed by exactly {@code str}'s quoted bytes
   * and a closing quote.
   */
  private boolean matchNextNameFast(SerializableString str) throws JacksonException {
    SpanReadContext ctx = context;
    final byte[] b = buf;
    int p = ptr;
    int q;
    if (p + 1 < end && b[p] == ',' && b[p + 1] == '"' && ctx.isObjectPastFirst()) {
      q = p + 2;
    } else if (p < end && b[p] == '"' && ctx.isObjectAtFirst()) {
      q = p + 1;
    } else {
      return false;
    }
    byte[] quoted = str.asQuotedUTF8();
    int n = quoted.length;
    if (q + n >= end || b[q + n] != '"' || !sameBytes(quoted, q, n)) {
      return false;
    }
    ctx.countEntry();
    _binaryValue = null;
    nameStart = q - 1;
    ctx.setName(str.getValue());
    ptr = q + n + 1;
    setToken(JsonToken.PROPERTY_NAME);
    readValueAfterName();
    return true;
  }

  /**
   * {@link FieldNames#next}'s step on this parser: what {@link #nextName(SerializableString)} with
   * the guessed name and, on a miss, {@link #currentNameMatch} would answer, leaving the parser as
   * they would (the name current, its value token pending), in one pass over the name's bytes. The
   * guess is compared in place; any other plain name is hashed while its closing quote is looked
   * for and found in {@code names}' table; a name with escapes or non-ASCII is decoded as always
   * and matched by its String.
   *
   * @param guess the index of the name expected next, or a negative number for none
   * @return the name's index, or one of {@link PropertyNameMatcher}'s {@code MATCH_} answers
   */
  int nextFieldIndex(FieldNames names, int guess) throws JacksonException {
    final byte[] b = buf;
    final int s;
    int q = ptr;
    SpanReadContext ctx = context;
    if (q + 1 < end
        && b[q] == ','
        && b[q + 1] == '"'
        && _currToken != JsonToken.PROPERTY_NAME
        && !stringIncomplete
        && ctx.isObjectPastFirst()) {
      // Compact JSON after an object's entry whose value was read: what startName does there
      // (the same state written), without its tests for white space, ends and the first entry.
      ctx.countEntry();
      _numTypesValid = NR_UNKNOWN;
      _binaryValue = null;
      s = q + 2;
      // tokenStart is the value's, set with it; a name's location is nameStart.
      nameStart = s - 1;
      ptr = s;
    } else {
      int i = startName();
      if (i < 0) {
        return notANameMatch();
      }
      if (i != '"') {
        _reportUnexpectedChar(i, "was expecting double-quote to start property name");
      }
      s = ptr;
    }
    if (guess >= 0) {
      byte[] expected = names.plainName(guess);
      if (expected != null) {
        int n = expected.length;
        boolean same;
        if (s + 8 <= end) {
          // A word at a time: the head covers a short name with its quote, a long one's first bytes.
          same =
              ((words.getLong(s) ^ names.head(guess)) & names.headMask(guess)) == 0
                  && (n < 8 || (s + n < end && b[s + n] == '"' && sameBytes(expected, s, 8, n)));
        } else {
          same = s + n < end && b[s + n] == '"' && sameBytes(expected, s, 0, n);
        }
        if (same) {
          if (n > 64) {
            _streamReadConstraints.validateNameLength(n);
          }
          context.setName(names.name(guess));
          ptr = s + n + 1;
          setToken(JsonToken.PROPERTY_NAME);
          readValueAfterName();
          return guess;
        }
      }
    }
    final boolean[] stop = STRING_STOP;
    int p = s;
    int hash = 0;
    int c;
    while (true) {
      if (p >= end) {
        ptr = p;
        _reportInvalidEOF(": was expecting closing '\"' for name", JsonToken.PROPERTY_NAME);
      }
      c = b[p];
      if (stop[c & 0xFF]) {
        break;
      }
      hash = hash * 31 + c;
      p++;
    }
    int match;
    if (c == '"') {
      if (p - s > 64) {
        _streamReadConstraints.validateNameLength(p - s);
      }
      match = names.indexOfPlain(b, s, p, hash);
      if (match >= 0) {
        context.setName(names.name(match));
      } else {
        context.setNameSpan(s, p);
      }
      ptr = p + 1;
    } else {
      // A backslash, a control character or any byte of a multi-byte character.
      parseSlowName(s, p);
      match = names.indexOfDecoded(context.name);
    }
    setToken(JsonToken.PROPERTY_NAME);
    readValueAfterName();
    return match;
  }

  @Override
  public int nextNameMatch(PropertyNameMatcher matcher) throws JacksonException {
    int i = startName();
    if (i < 0) {
      return notANameMatch();
    }
    parseName(i);
    int match = matchName(matcher);
    setToken(JsonToken.PROPERTY_NAME);
    readValueAfterName();
    return match;
  }

  @Override
  public int currentNameMatch(PropertyNameMatcher matcher) {
    if (_currToken == JsonToken.PROPERTY_NAME) {
      return matchName(matcher);
    }
    return notANameMatch();
  }

  /** Reads the name whose opening quote is {@code i}, makes it the current token and reads the value's first token. */
  private void readName(int i) throws JacksonException {
    parseName(i);
    setToken(JsonToken.PROPERTY_NAME);
    readValueAfterName();
  }

  /**
   * Where every name-reading call starts: the first byte of the next property name, or -1 when the
   * next token is not a name (it is read and current then: a value after a name, or an end).
   */
  private int startName() throws JacksonException {
    if (_currToken == JsonToken.PROPERTY_NAME) {
      afterName();
      return -1;
    }
    return startNext();
  }

  /** What a name-matching call answers when the current token is not a name. */
  private int notANameMatch() {
    return _currToken == JsonToken.END_OBJECT ? PropertyNameMatcher.MATCH_END_OBJECT : PropertyNameMatcher.MATCH_ODD_TOKEN;
  }

  /**
   * The start every token read shares: past the previous string, white space, the end of a
   * container and the comma. Returns -1 when the token is read and set already (no name), or the
   * first byte of a property name to read.
   */
  private int startNext() throws JacksonException {
    _numTypesValid = NR_UNKNOWN;
    if (stringIncomplete) {
      skipString(false);
    }
    final byte[] b = buf;
    int p = ptr;
    int i;
    // Compact JSON first: the next byte is the token.
    if (p < end && (i = b[p] & 0xFF) > ' ') {
      ptr = p + 1;
    } else {
      i = skipWhiteSpaceOrEnd();
      if (i < 0) {
        _handleEOF();
        close();
        _updateTokenToNull();
        return -1;
      }
    }
    _binaryValue = null;
    tokenStart = ptr - 1;
    if (i == ']') {
      if (!context.inArray()) {
        _reportMismatchedEndMarker(i, '}');
      }
      context = context.clearAndGetParent();
      setToken(JsonToken.END_ARRAY);
      return -1;
    }
    if (i == '}') {
      if (!context.inObject()) {
        _reportMismatchedEndMarker(i, ']');
      }
      context = context.clearAndGetParent();
      setToken(JsonToken.END_OBJECT);
      return -1;
    }
    if (context.expectComma()) {
      if (i != ',') {
        _reportUnexpectedChar(i, "was expecting comma to separate " + context.typeDesc() + " entries");
      }
      p = ptr;
      if (p < end && (i = b[p] & 0xFF) > ' ') {
        ptr = p + 1;
      } else {
        i = skipWhiteSpace();
      }
      tokenStart = ptr - 1;
    }
    if (!context.inObject()) {
      setToken(valueToken(i, true));
      return -1;
    }
    nameStart = ptr - 1;
    return i;
  }

  private JsonToken afterName() throws JacksonException {
    _nameCopied = false;
    JsonToken t = pending;
    pending = null;
    if (t == JsonToken.START_ARRAY) {
      openContext(TokenStreamContext.TYPE_ARRAY);
    } else if (t == JsonToken.START_OBJECT) {
      openContext(TokenStreamContext.TYPE_OBJECT);
    }
    setToken(t);
    return t;
  }

  /** Jackson's {@code _updateToken}, without its call when no token count is kept. */
  private void setToken(JsonToken t) throws JacksonException {
    if (_trackMaxTokenCount) {
      _updateToken(t);
    } else {
      _currToken = t;
    }
  }

  private void openContext(int type) throws JacksonException {
    context = context.createChild(type, tokenStart);
    _streamReadConstraints.validateNestingDepth(context.getNestingDepth());
  }

  private void readValueAfterName() throws JacksonException {
    final byte[] b = buf;
    int p = ptr;
    int i;
    if (p + 1 < end && b[p] == ':' && (i = b[p + 1] & 0xFF) > ' ') {
      // Compact JSON: the colon, then the value's first byte.
      ptr = p + 2;
    } else {
      i = skipWhiteSpace();
      if (i != ':') {
        _reportUnexpectedChar(i, "was expecting a colon to separate property name and value");
      }
      i = skipWhiteSpace();
    }
    tokenStart = ptr - 1;
    pending = valueToken(i, false);
  }

  /** The value token that starts with {@code i}; containers get their context now if {@code open}. */
  private JsonToken valueToken(int i, boolean open) throws JacksonException {
    switch (i) {
      case '"':
        stringIncomplete = true;
        stringStart = ptr;
        stringValue = null;
        charsHeld = false;
        return JsonToken.VALUE_STRING;
      case '[':
        if (open) {
          openContext(TokenStreamContext.TYPE_ARRAY);
        }
        return JsonToken.START_ARRAY;
      case '{':
        if (open) {
          openContext(TokenStreamContext.TYPE_OBJECT);
        }
        return JsonToken.START_OBJECT;
      case 't':
        matchLiteral("true");
        return JsonToken.VALUE_TRUE;
      case 'f':
        matchLiteral("false");
        return JsonToken.VALUE_FALSE;
      case 'n':
        matchLiteral("null");
        return JsonToken.VALUE_NULL;
      case '-':
      case '0':
      case '1':
      case '2':
      case '3':
      case '4':
      case '5':
      case '6':
      case '7':
      case '8':
      case '9':
        return parseNumber(i);
      default:
        return _reportUnexpectedChar(i, "expected a valid value " + _validJsonValueList());
    }
  }

  // ---------------------------------------------------------------------------------------------
  // White space

  private int skipWhiteSpaceOrEnd() throws JacksonException {
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

  private int skipWhiteSpace() throws JacksonException {
    int c = skipWhiteSpaceOrEnd();
    if (c < 0) {
      _reportInvalidEOF(" within/between " + context.typeDesc() + " entries", null);
    }
    return c;
  }

  // ---------------------------------------------------------------------------------------------
  // Literals and numbers

  private void matchLiteral(String literal) throws JacksonException {
    int n = literal.length();
    final byte[] b = buf;
    int p = ptr;
    if (p + n - 1 <= end
        && b[p] == literal.charAt(1)
        && b[p + 1] == literal.charAt(2)
        && (n == 4 ? b[p + 2] == literal.charAt(3) : b[p + 2] == literal.charAt(3) && b[p + 3] == literal.charAt(4))) {
      ptr = p + n - 1;
    } else {
      for (int k = 1; k < n; k++) {
        if (ptr >= end || buf[ptr] != literal.charAt(k)) {
          _reportInvalidToken(literal.substring(0, k));
        }
        ptr++;
      }
    }
    if (ptr < end) {
      int ch = buf[ptr] & 0xFF;
      if (ch >= '0' && ch != ']' && ch != '}') {
        // Jackson: a literal must not run on into a name character.
        if (ch < 0x80 ? Character.isJavaIdentifierPart((char) ch) : Character.isJavaIdentifierPart(charAfterLiteral(ch))) {
          _reportInvalidToken(literal);
        }
      }
    }
  }

  /**
   * The character whose UTF-8 lead byte {@code lead} follows a literal, decoded as Jackson does
   * to judge it (leniently; what it lets through fails at the next token).
   */
  private int charAfterLiteral(int lead) throws JacksonException {
    int c;
    int needed;
    if ((lead & 0xE0) == 0xC0) {
      c = lead & 0x1F;
      needed = 1;
    } else if ((lead & 0xF0) == 0xE0) {
      c = lead & 0x0F;
      needed = 2;
    } else if ((lead & 0xF8) == 0xF0) {
      c = lead & 0x07;
      needed = 3;
    } else {
      return _reportError("Invalid UTF-8 start byte 0x" + Integer.toHexString(lead));
    }
    int p = ptr + 1;
    for (int k = 0; k < needed; k++) {
      if (p >= end) {
        return _reportInvalidEOF(" in a multi-byte UTF-8 character", null);
      }
      int d = buf[p++];
      if ((d & 0xC0) != 0x80) {
        return _reportError("Invalid UTF-8 middle byte 0x" + Integer.toHexString(d & 0xFF));
      }
      c = (c << 6) | (d & 0x3F);
      if (k == 0 && needed == 3 && (c < 16 || c > 271)) {
        return _reportError("Invalid UTF-8 4-byte sequence");
      }
    }
    return c;
  }

  private void _reportInvalidToken(String matched) throws JacksonException {
    _reportError("Unrecognized token '" + matched + "': was expecting " + _validJsonTokenList());
  }

  private JsonToken parseNumber(int first) throws JacksonException {
    final byte[] b = buf;
    int start = ptr - 1;
    int p = ptr;
    boolean negative = first == '-';
    int c = first;
    if (negative) {
      if (p >= end) {
        ptr = p;
        return _reportInvalidEOF(" in a number value", JsonToken.VALUE_NUMBER_INT);
      }
      c = b[p++] & 0xFF;
      if (c < '0' || c > '9') {
        ptr = p;
        return _reportUnexpectedNumberChar(c, "expected digit (0-9) to follow minus sign, for valid numeric value");
      }
    }
    int intStart = p - 1;
    if (c == '0' && p < end) {
      int next = b[p] & 0xFF;
      if (next >= '0' && next <= '9') {
        ptr = p;
        return _reportInvalidNumber("Leading zeroes not allowed");
      }
      if (next == 'x' || next == 'X') {
        ptr = p + 1;
        return _reportUnexpectedChar(next, "hexadecimal number literals require enabling `JsonReadFeature.ALLOW_HEXADECIMAL_NUMBERS`");
      }
    }
    // The value of up to 18 digits (more never overflow a long's 63 bits unnoticed: they are
    // read from the text instead).
    long value = c - '0';
    int digit;
    while (p < end && (digit = b[p] - '0') >= 0 && digit <= 9) {
      value = value * 10 + digit;
      p++;
    }
    int intLen = p - intStart;
    int fractLen = 0;
    int expLen = 0;
    boolean isFloat = false;
    if (p < end && b[p] == '.') {
      isFloat = true;
      p++;
      int fractStart = p;
      while (p < end && isDigit(b[p])) {
        p++;
      }
      fractLen = p - fractStart;
      if (fractLen == 0) {
        ptr = p;
        return _reportUnexpectedNumberChar(p < end ? b[p] & 0xFF : -1, "Decimal point not followed by a digit");
      }
      if (p < end && b[p] == '.') {
        ptr = p + 1;
        return _reportUnexpectedNumberChar('.', "Cannot parse number with more than one decimal point");
      }
    }
    if (p < end && (b[p] | 0x20) == 'e') {
      isFloat = true;
      p++;
      if (p < end && (b[p] == '-' || b[p] == '+')) {
        p++;
      }
      if (p >= end) {
        ptr = p;
        return _reportInvalidEOF(" in a number value", JsonToken.VALUE_NUMBER_FLOAT);
      }
      int expStart = p;
      while (p < end && isDigit(b[p])) {
        p++;
      }
      expLen = p - expStart;
      if (expLen == 0) {
        ptr = p;
        return _reportUnexpectedNumberChar(b[p] & 0xFF, "Exponent indicator not followed by a digit");
      }
    }
    ptr = p;
    if (p < end && context.inRoot()) {
      verifyRootSpace(b[p] & 0xFF);
    }
    JsonToken token = isFloat ? resetFloat(negative, intLen, fractLen, expLen) : resetInt(negative, intLen);
    numberStart = start;
    numberEnd = p;
    numberTextPending = true;
    if (!isFloat && intLen <= 18) {
      // The common case: the value is known, its text is put in the text buffer only if asked for.
      smallInt = negative ? -value : value;
    } else {
      // Jackson's conversions read the number's text from the text buffer.
      numberText();
    }
    return token;
  }

  /** Puts the current number's text in Jackson's text buffer, where its conversions read it. */
  private void numberText() throws JacksonException {
    if (numberTextPending) {
      numberTextPending = false;
      int length = numberEnd - numberStart;
      char[] out = _textBuffer.emptyAndGetCurrentSegment();
      if (out.length < length) {
        out = _textBuffer.expandCurrentSegment(length);
      }
      final byte[] b = buf;
      int s = numberStart;
      for (int k = 0; k < length; k++) {
        out[k] = (char) b[s + k];
      }
      _textBuffer.setCurrentLength(length);
    }
  }

  /** An integer of at most 18 digits, as Jackson types it: INT up to 9 digits or in range, else LONG. */
  @Override
  protected void _parseNumericValue(int expType) throws JacksonException {
    if (_currToken == JsonToken.VALUE_NUMBER_INT && _intLength <= 18) {
      long v = smallInt;
      if (_intLength <= 9 || (_intLength == 10 && v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE)) {
        _numberInt = (int) v;
        _numTypesValid = NR_INT;
      } else {
        _numberLong = v;
        _numTypesValid = NR_LONG;
      }
      return;
    }
    numberText();
    super._parseNumericValue(expType);
  }

  @Override
  protected int _parseIntValue() throws JacksonException {
    if (_currToken == JsonToken.VALUE_NUMBER_INT && _intLength <= 9) {
      int v = (int) smallInt;
      _numberInt = v;
      _numTypesValid = NR_INT;
      return v;
    }
    numberText();
    return super._parseIntValue();
  }

  private static boolean isDigit(byte c) {
    return c >= '0' && c <= '9';
  }

  /** Jackson requires white space (or the end) after a number at the root. */
  private void verifyRootSpace(int ch) throws JacksonException {
    if (ch == ' ' || ch == '\t' || ch == '\n') {
      ptr++;
      return;
    }
    if (ch == '\r') {
      return;
    }
    ptr++;
    _reportMissingRootWS(ch);
  }

  // ---------------------------------------------------------------------------------------------
  // Names

  /** Reads the name whose opening quote is {@code i}; leaves ptr after the closing quote. */
  private void parseName(int i) throws JacksonException {
    if (i != '"') {
      _reportUnexpectedChar(i, "was expecting double-quote to start property name");
    }
    final byte[] b = buf;
    int s = ptr;
    int p = firstStop(s);
    if (p >= end) {
      ptr = p;
      _reportInvalidEOF(": was expecting closing '\"' for name", JsonToken.PROPERTY_NAME);
    }
    if (b[p] != '"') {
      // A backslash, a control character or any byte of a multi-byte character.
      parseSlowName(s, p);
      return;
    }
    if (p - s > 64) {
      _streamReadConstraints.validateNameLength(p - s);
    }
    context.setNameSpan(s, p);
    ptr = p + 1;
  }

  /** A name with escapes or non-ASCII characters, decoded and checked as Jackson does. */
  private void parseSlowName(int s, int p) throws JacksonException {
    char[] out = ensureChars(Math.max(32, (p - s) * 2 + 16));
    int n = 0;
    for (int k = s; k < p; k++) {
      out[n++] = (char) buf[k];
    }
    int byteLength = p - s;
    final byte[] b = buf;
    while (true) {
      if (p >= end) {
        ptr = p;
        _reportInvalidEOF(": was expecting closing '\"' for name", JsonToken.PROPERTY_NAME);
      }
      int c = b[p++] & 0xFF;
      if (c == '"') {
        break;
      }
      if (out.length - n < 2) {
        out = growChars(n + 2);
      }
      if (c == '\\') {
        ptr = p;
        int ch = decodeEscape();
        if (ch >= 0xD800 && ch <= 0xDBFF) {
          if (ptr >= end) {
            _reportInvalidEOF(" in property name", JsonToken.PROPERTY_NAME);
          }
          if (b[ptr] != '\\') {
            _reportError("Broken surrogate pair in property name: expected '\\' to start low surrogate");
          }
          ptr++;
          int lo = decodeEscape();
          _decodeSurrogate(ch, lo);
          out[n++] = (char) ch;
          out[n++] = (char) lo;
          byteLength += 4;
        } else if (ch >= 0xDC00 && ch <= 0xDFFF) {
          _reportUnexpectedLowSurrogate(ch);
        } else {
          out[n++] = (char) ch;
          byteLength += ch < 0x80 ? 1 : ch < 0x800 ? 2 : 3;
        }
        p = ptr;
        continue;
      }
      if (c < 0x20) {
        ptr = p;
        _throwUnquotedSpace(c, "name");
      }
      if (c < 0x80) {
        out[n++] = (char) c;
        byteLength++;
        continue;
      }
      ptr = p;
      int cp = decodeUtf8(c);
      byteLength += ptr - p + 1;
      p = ptr;
      n += Character.toChars(cp, out, n);
    }
    _streamReadConstraints.validateNameLength(byteLength);
    context.setName(new String(out, 0, n));
    ptr = p;
  }

  /** Whether {@code n} bytes of the input from {@code at} are {@code expected}'s (names are short: no call into Arrays). */
  private boolean sameBytes(byte[] expected, int at, int n) {
    return sameBytes(expected, at, 0, n);
  }

  /** As {@link #sameBytes(byte[], int, int)}, from the {@code from}th byte on. */
  private boolean sameBytes(byte[] expected, int at, int from, int n) {
    final byte[] b = buf;
    for (int k = from; k < n; k++) {
      if (b[at + k] != expected[k]) {
        return false;
      }
    }
    return true;
  }

  /** The index {@code matcher} gives the current name; by its bytes when it has no escapes. */
  private int matchName(PropertyNameMatcher matcher) {
    SpanReadContext ctx = context;
    if (!ctx.nameIsSpan()) {
      return matcher.matchName(ctx.name);
    }
    int s = ctx.nameStart;
    int len = ctx.nameEnd - s;
    int match;
    if (len <= 12) {
      if (len == 0) {
        return matcher.matchName("");
      }
      if (len <= 4) {
        match = matcher.matchByQuad(quad(s, len));
      } else if (len <= 8) {
        match = matcher.matchByQuad(quad(s, 4), quad(s + 4, len - 4));
      } else {
        match = matcher.matchByQuad(quad(s, 4), quad(s + 4, 4), quad(s + 8, len - 8));
      }
    } else {
      int qlen = (len + 3) >> 2;
      int[] q = quads;
      if (q == null || q.length < qlen) {
        q = new int[Math.max(16, qlen)];
        quads = q;
      }
      int k = 0;
      int at = s;
      for (; k < qlen - 1; k++, at += 4) {
        q[k] = quad(at, 4);
      }
      q[k] = quad(at, ctx.nameEnd - at);
      match = matcher.matchByQuad(q, qlen);
    }
    if (match < 0) {
      // A quad lookup answers -1 for any miss. As Jackson does, the name itself gets the last word:
      // a case-insensitive matcher (databind's) finds it there.
      return matcher.matchName(ctx.currentName());
    }
    // The matched name is the matcher's own String: no String is made for it later.
    ctx.name = matcher.nameLookup()[match];
    return match;
  }

  /** Up to four bytes, big-endian, the last partial quad right-aligned (Jackson's layout). */
  private int quad(int at, int count) {
    final byte[] b = buf;
    int q = b[at] & 0xFF;
    for (int k = 1; k < count; k++) {
      q = (q << 8) | (b[at + k] & 0xFF);
    }
    return q;
  }

  // ---------------------------------------------------------------------------------------------
  // Strings

  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;

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
  private void skipString(boolean keep) throws JacksonException {
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
  private int firstStop(int p) {
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
  private void finishString() throws JacksonException {
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
  private int decodeEscape() throws JacksonException {
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
  private int decodeUtf8(int lead) throws JacksonException {
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

  private char[] ensureChars(int size) {
    if (chars.length < size) {
      chars = new char[Math.max(size, 64)];
    }
    return chars;
  }

  private char[] growChars(int minSize) {
    chars = Arrays.copyOf(chars, Math.max(minSize, chars.length * 2));
    return chars;
  }

  /** The ASCII bytes {@code [start, end)} of the input as a String (a current name's). */
  String asciiString(int start, int endIndex) {
    return NameStrings.of(buf, start, endIndex);
  }

  /**
   * The unsigned 64-bit number that the current string value spells in decimal, as {@link
   * JsonReads} reads ids: straight from the bytes when the string is plain digits (the end of the
   * string found in the same pass), else from its decoded characters.
   *
   * @throws NumberFormatException if it spells none
   */
  long unsignedDecimalString() throws JacksonException {
    if (readDigitsInPlace()) {
      return digitsValue;
    }
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
   * The common case of {@link #unsignedDecimalString}, answered without an exception for the
   * others so that {@link JsonReads#snowflakeBits} can call it outside its handler: whether the
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

  // ---------------------------------------------------------------------------------------------
  // Raw JSON values

  /**
   * {@link RawJsonText}'s answer for the object or array at the current token, taken from the
   * input itself when the input already is that answer: no white space between tokens and no
   * escape in any string (the compact text re-escapes only quotes, backslashes and control
   * characters, which a string without escapes cannot hold). Otherwise null, the parser unmoved,
   * and the caller rebuilds the text token by token.
   *
   * <p>The scan only finds the value's end and whether it is compact; the value is then skipped
   * by the parser's own tokens, which check it exactly as the token-by-token copy would (and fail
   * the same way), and must end where the scan did.
   */
  String compactStructureText() throws JacksonException {
    JsonToken t = _currToken;
    if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) {
      return null;
    }
    final byte[] b = buf;
    final int s = tokenStart;
    // A longer value might hold a string over the limit, which the copy reports: it takes that path.
    final int limit = (int) Math.min(end, s + (long) _streamReadConstraints.getMaxStringLength());
    boolean ascii = true;
    int depth = 0;
    int p = s;
    while (true) {
      if (p >= limit) {
        return null;
      }
      int c = b[p];
      if (c == '"') {
        // A string or a name: its plain run, then whatever stopped it.
        while (true) {
          p = firstStop(p + 1);
          if (p >= limit) {
            return null;
          }
          c = b[p];
          if (c == '"') {
            break;
          }
          if (c >= 0) {
            // A backslash (an escape the copy may write differently) or a control character (an error).
            return null;
          }
          ascii = false;
        }
      } else if (c == '{' || c == '[') {
        depth++;
      } else if (c == '}' || c == ']') {
        if (--depth == 0) {
          break;
        }
      } else if (c <= ' ') {
        // White space, which the compact text drops (or a control character, an error either way).
        return null;
      }
      p++;
    }
    skipChildren();
    if (ptr != p + 1) {
      // Cannot happen: the parser accepted the value, and a valid value ends where the scan said.
      throw DecodeFailures.problem(this, "value", "", "a raw JSON value that ends where it should not");
    }
    return new String(b, s, ptr - s, ascii ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
  }

  // ---------------------------------------------------------------------------------------------
  // Timestamps and enum texts

  /** {@link JsonReads#instant} on the current string, which the caller has checked; null when it is no timestamp. */
  Instant instant() throws JacksonException {
    return readsInPlace()
        ? IsoTimestamps.instant(buf, stringStart, stringEnd - stringStart)
        : IsoTimestamps.instant(chars, 0, charCount);
  }

  /** {@link JsonReads#offsetDateTime} on the current string, which the caller has checked; null when it is no timestamp. */
  OffsetDateTime offsetDateTime() throws JacksonException {
    return readsInPlace()
        ? IsoTimestamps.offsetDateTime(buf, stringStart, stringEnd - stringStart)
        : IsoTimestamps.offsetDateTime(chars, 0, charCount);
  }

  /**
   * Readies the current string for {@link IsoTimestamps}: true when it is plain, so its input bytes
   * are read in place instead of their copy as characters; else its characters are held (as over
   * Jackson's parser).
   */
  private boolean readsInPlace() throws JacksonException {
    finishString();
    if (stringPlain) {
      // As the characters' copy would be checked.
      _streamReadConstraints.validateStringLength(stringEnd - stringStart);
      return true;
    }
    holdChars();
    return false;
  }

  /** The texts of the integers 0 to 99, as {@link #getString} would make them. */
  private static final String[] SMALL_INTEGERS = new String[100];

  static {
    for (int i = 0; i < SMALL_INTEGERS.length; i++) {
      SMALL_INTEGERS[i] = Integer.toString(i);
    }
  }

  /**
   * {@link #getString} of the current string or integer, for {@link JsonReads#enumText}: the text
   * of a small non-negative integer (an activity's type) is a shared String, not the number's text
   * copied to the text buffer and made a String each time; it also keeps its hash for the
   * decoder's switch.
   */
  String enumText() throws JacksonException {
    JsonToken t = _currToken;
    // Jackson's text of an integer is its input text; without a sign and in range it is the value's digits.
    if (t == JsonToken.VALUE_NUMBER_INT && numberEnd - numberStart <= 2 && buf[numberStart] != '-') {
      return SMALL_INTEGERS[(int) smallInt];
    }
    return getString();
  }

  // ---------------------------------------------------------------------------------------------
  // Text access

  @Override
  public String getString() throws JacksonException {
    JsonToken t = _currToken;
    if (t == JsonToken.VALUE_STRING) {
      return stringValue();
    }
    if (t == null) {
      return null;
    }
    switch (t) {
      case PROPERTY_NAME:
        return context.currentName();
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        numberText();
        return _textBuffer.contentsAsString();
      default:
        return t.asString();
    }
  }

  private String stringValue() throws JacksonException {
    String s = stringValue;
    if (s != null) {
      return s;
    }
    finishString();
    int length = stringPlain ? stringEnd - stringStart : charCount;
    _streamReadConstraints.validateStringLength(length);
    s = stringPlain ? new String(buf, stringStart, length, StandardCharsets.ISO_8859_1) : new String(chars, 0, charCount);
    stringValue = s;
    return s;
  }

  @Override
  public char[] getStringCharacters() throws JacksonException {
    JsonToken t = _currToken;
    if (t == null) {
      return null;
    }
    switch (t) {
      case VALUE_STRING:
        holdChars();
        return chars;
      case PROPERTY_NAME:
        return nameInBuffer();
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        numberText();
        return _textBuffer.getTextBuffer();
      default:
        return t.asCharArray();
    }
  }

  @Override
  public int getStringLength() throws JacksonException {
    JsonToken t = _currToken;
    if (t == null) {
      return 0;
    }
    switch (t) {
      case VALUE_STRING:
        holdChars();
        return charCount;
      case PROPERTY_NAME:
        return context.nameIsSpan() ? context.nameEnd - context.nameStart : context.currentName().length();
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        numberText();
        return _textBuffer.size();
      default:
        return t.asCharArray().length;
    }
  }

  @Override
  public int getStringOffset() throws JacksonException {
    JsonToken t = _currToken;
    if (t == JsonToken.VALUE_STRING) {
      holdChars();
      return 0;
    }
    if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
      numberText();
      return _textBuffer.getTextOffset();
    }
    return 0;
  }

  /** Puts the current string's characters in {@link #chars}. */
  private void holdChars() throws JacksonException {
    if (!charsHeld) {
      finishString();
      if (!charsHeld) {
        int length = stringEnd - stringStart;
        char[] out = ensureChars(length);
        final byte[] b = buf;
        int s = stringStart;
        for (int k = 0; k < length; k++) {
          out[k] = (char) b[s + k];
        }
        charCount = length;
        charsHeld = true;
      }
    }
    _streamReadConstraints.validateStringLength(charCount);
  }

  private char[] nameInBuffer() {
    SpanReadContext ctx = context;
    int length;
    char[] out;
    if (ctx.nameIsSpan()) {
      length = ctx.nameEnd - ctx.nameStart;
      out = nameChars.length >= length ? nameChars : (nameChars = new char[Math.max(length, 32)]);
      for (int k = 0; k < length; k++) {
        out[k] = (char) buf[ctx.nameStart + k];
      }
    } else {
      String name = ctx.name;
      length = name.length();
      out = nameChars.length >= length ? nameChars : (nameChars = new char[Math.max(length, 32)]);
      name.getChars(0, length, out, 0);
    }
    _nameCopied = true;
    return out;
  }

  @Override
  public void finishToken() throws JacksonException {
    // As Jackson's: finishes an unread string, also the one read with the current name.
    finishString();
  }
}

package dev.shardwire.spi;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import tools.jackson.core.Base64Variant;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.SerializableString;
import tools.jackson.core.TokenStreamContext;
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
 * <p>It is built in three layers, one file each: {@link Utf8BytesInput} (the byte range, the
 * position, locations and white space), {@link Utf8BytesStrings} (finding, checking and decoding
 * strings, the escape and UTF-8 decoding that names share, ids read in place) and this class
 * (tokens, contexts, numbers and literals, names, and the API). What the layers share is package
 * visible for each other only: no other class of the package touches a parser's state.
 *
 * <p>As Jackson does, a string value is read lazily: its bytes are checked and decoded when it is
 * asked for, or skipped (still checked) when the parser moves on; a property's value token is read
 * together with its name. Numbers use Jackson's own conversions ({@link JsonParserBase}), fed the
 * number's text.
 */
final class Utf8BytesJsonParser extends Utf8BytesStrings {

  private SpanReadContext context;
  /** The value token read together with the current name. */
  private JsonToken pending;

  /** The current number's bytes; its text goes to the text buffer only when needed. */
  private int numberStart;

  private int numberEnd;
  private boolean numberTextPending;
  /** The value of the current integer when it has at most 18 digits. */
  private long smallInt;

  private char[] nameChars = NO_CHARS;

  private int[] quads;

  Utf8BytesJsonParser(ObjectReadContext readCtxt, IOContext ctxt, int streamFeatures, byte[] data, int offset, int len) {
    super(readCtxt, ctxt, streamFeatures, data, offset, len);
    this.context = new SpanReadContext(null, this, TokenStreamContext.TYPE_ROOT, 0, ptr);
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
   * {@link FieldNames#nextValue}'s step on this parser: {@link #nextFieldIndex}, then, on a name
   * (known or not), onto its value, as {@link #nextToken} would move, in the same call.
   */
  int nextValueIndex(FieldNames names, int guess) throws JacksonException {
    int match = nextFieldIndex(names, guess);
    if (_currToken == JsonToken.PROPERTY_NAME) {
      afterName();
    }
    return match;
  }

  /**
   * {@link FieldNames#nextName}'s step on this parser: what {@link #nextName(SerializableString)} with
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
      s = enterAfterComma(ctx, q);
    } else {
      s = startQuotedName();
      if (s < 0) {
        return notANameMatch();
      }
    }
    if (guess >= 0) {
      byte[] expected = names.plainName(guess);
      if (expected != null && isNameAt(names, guess, expected, s)) {
        int n = expected.length;
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
    return lookUpName(names, s);
  }

  /**
   * What {@link #startName} does after an object's entry whose value was read, when the input goes
   * on with {@code ,"} (compact JSON): the same state written, without its tests for white space,
   * ends and the first entry. Answers the index of the name's first byte.
   */
  private int enterAfterComma(SpanReadContext ctx, int comma) {
    ctx.countEntry();
    _numTypesValid = NR_UNKNOWN;
    _binaryValue = null;
    int s = comma + 2;
    // tokenStart is the value's, set with it; a name's location is nameStart.
    nameStart = s - 1;
    ptr = s;
    return s;
  }

  /** Whether the name from {@code s} is {@code expected} (FieldNames' name {@code guess}) followed by its quote. */
  private boolean isNameAt(FieldNames names, int guess, byte[] expected, int s) {
    int n = expected.length;
    if (s + 8 <= end) {
      // A word at a time: the head covers a short name with its quote, a long one's first bytes.
      return ((words.getLong(s) ^ names.head(guess)) & names.headMask(guess)) == 0
          && (n < 8 || (s + n < end && buf[s + n] == '"' && sameBytes(expected, s, 8, n)));
    }
    return s + n < end && buf[s + n] == '"' && sameBytes(expected, s, 0, n);
  }

  /**
   * {@link #startName} for {@link #nextFieldIndex}: the index of the name's first byte after its
   * quote, or -1 where no name comes (the object's end, or another token).
   */
  private int startQuotedName() throws JacksonException {
    int i = startName();
    if (i < 0) {
      return -1;
    }
    if (i != '"') {
      _reportUnexpectedChar(i, "was expecting double-quote to start property name");
    }
    return ptr;
  }

  /**
   * {@link #nextFieldIndex} when the guess missed: the name from {@code s} is scanned to its quote
   * and looked up by the hash of its bytes (decoded first when it is not plain ASCII).
   */
  private int lookUpName(FieldNames names, int s) throws JacksonException {
    final byte[] b = buf;
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

  /** The next byte that is not white space; the end of the input inside a value fails here. */
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

  /** Whether {@code n} bytes of the input from {@code at} are {@code expected}'s (names are short: no call into {@code Arrays.equals}). */
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

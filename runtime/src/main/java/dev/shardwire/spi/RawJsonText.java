package dev.shardwire.spi;

import java.util.Arrays;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Copies the JSON value at a parser's current token as compact text, in the same pass that reads
 * the payload: no tree, no generator. Strings and names are re-escaped minimally (quote,
 * backslash and control characters), numbers keep the text they were sent with.
 *
 * <p>The text is gathered in a character array of the calling thread's, straight from the
 * parser's own buffers (no String per token, no {@code StringBuilder} checking each character for
 * its compact form), and made a String once at the end. A member chunk holds a raw value per
 * activity (party, assets …), so this runs thousands of times per chunk.
 */
final class RawJsonText {

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  /** A buffer grown past this by a large value is not kept for the thread's next copies. */
  private static final int MAX_KEPT_CAPACITY = 16 * 1024;

  private static final ThreadLocal<RawJsonText> SCRATCH = ThreadLocal.withInitial(RawJsonText::new);

  private char[] chars = new char[256];
  private int length;

  private RawJsonText() {}

  /** The compact text of the value that starts at the current token; the parser is left on its last token. */
  static String copy(JsonParser parser) {
    if (parser instanceof Utf8BytesJsonParser bytes) {
      // The gateway's parser hands out a compact value's own bytes (most are: Discord sends compact JSON).
      String text = bytes.compactStructureText();
      if (text != null) {
        return text;
      }
    }
    // copy never runs inside itself, so one buffer per thread is enough.
    RawJsonText out = SCRATCH.get();
    out.length = 0;
    JsonToken token = parser.currentToken();
    if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
      out.appendStructure(parser, token);
    } else {
      out.appendScalar(parser, token);
    }
    String text = new String(out.chars, 0, out.length);
    if (out.chars.length > MAX_KEPT_CAPACITY) {
      SCRATCH.remove();
    }
    return text;
  }

  private void appendStructure(JsonParser parser, JsonToken first) {
    JsonToken token = first;
    int depth = 0;
    // After a value or a closing bracket, the next value or name needs a comma.
    boolean needComma = false;
    while (true) {
      switch (token) {
        case START_OBJECT, START_ARRAY -> {
          if (needComma) {
            append(',');
          }
          append(token == JsonToken.START_OBJECT ? '{' : '[');
          depth++;
          needComma = false;
        }
        case END_OBJECT, END_ARRAY -> {
          append(token == JsonToken.END_OBJECT ? '}' : ']');
          depth--;
          needComma = true;
        }
        case PROPERTY_NAME -> {
          if (needComma) {
            append(',');
          }
          appendQuoted(parser.currentName());
          append(':');
          needComma = false;
        }
        default -> {
          if (needComma) {
            append(',');
          }
          appendScalar(parser, token);
          needComma = true;
        }
      }
      if (depth == 0) {
        return;
      }
      token = parser.nextToken();
      if (token == null) {
        throw DecodeFailures.problem(parser, "value", "", "unexpected end of input inside a raw JSON value");
      }
    }
  }

  private void appendScalar(JsonParser parser, JsonToken token) {
    switch (token) {
      case VALUE_STRING ->
          appendQuoted(parser.getStringCharacters(), parser.getStringOffset(), parser.getStringLength());
      // A number's characters are the text it was sent with; true, false and null are their names.
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE, VALUE_NULL ->
          append(parser.getStringCharacters(), parser.getStringOffset(), parser.getStringLength());
      default -> throw DecodeFailures.wrongType(parser, "a JSON value");
    }
  }

  private void append(char c) {
    ensureRoom(1);
    chars[length++] = c;
  }

  private void append(char[] source, int offset, int count) {
    ensureRoom(count);
    System.arraycopy(source, offset, chars, length, count);
    length += count;
  }

  /** A property name, quoted: read in place, not copied to an array first. */
  private void appendQuoted(String text) {
    int count = text.length();
    ensureRoom(count + 2);
    chars[length++] = '"';
    for (int i = 0; i < count; i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c == '"' || c == '\\') {
        appendEscaped(c);
        ensureRoom(count - i);
      } else {
        chars[length++] = c;
      }
    }
    chars[length++] = '"';
  }

  private void appendQuoted(char[] source, int offset, int count) {
    ensureRoom(count + 2);
    chars[length++] = '"';
    int end = offset + count;
    for (int i = offset; i < end; i++) {
      char c = source[i];
      if (c < 0x20 || c == '"' || c == '\\') {
        appendEscaped(c);
        // Room for the rest and the closing quote again, after the escape's longer text.
        ensureRoom(end - i);
      } else {
        chars[length++] = c;
      }
    }
    chars[length++] = '"';
  }

  /** A quote, a backslash or a control character, escaped. */
  private void appendEscaped(char c) {
    ensureRoom(6);
    chars[length++] = '\\';
    switch (c) {
      case '"' -> chars[length++] = '"';
      case '\\' -> chars[length++] = '\\';
      case '\n' -> chars[length++] = 'n';
      case '\r' -> chars[length++] = 'r';
      case '\t' -> chars[length++] = 't';
      case '\b' -> chars[length++] = 'b';
      case '\f' -> chars[length++] = 'f';
      default -> {
        chars[length++] = 'u';
        chars[length++] = '0';
        chars[length++] = '0';
        chars[length++] = HEX[c >> 4];
        chars[length++] = HEX[c & 0xF];
      }
    }
  }

  private void ensureRoom(int count) {
    if (chars.length - length < count) {
      chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + count));
    }
  }
}

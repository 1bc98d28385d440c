package dev.shardwire.spi;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Copies the JSON value at a parser's current token as compact text, in the same pass that reads
 * the payload: no tree, no generator. Strings and names are re-escaped minimally (quote,
 * backslash and control characters), numbers keep the text they were sent with.
 */
final class RawJsonText {

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private RawJsonText() {}

  /** The compact text of the value that starts at the current token; the parser is left on its last token. */
  static String copy(JsonParser parser) {
    JsonToken token = parser.currentToken();
    switch (token) {
      case VALUE_STRING: {
        StringBuilder out = new StringBuilder(parser.getStringLength() + 2);
        appendString(out, parser.getStringCharacters(), parser.getStringOffset(), parser.getStringLength());
        return out.toString();
      }
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return parser.getString();
      case VALUE_TRUE:
        return "true";
      case VALUE_FALSE:
        return "false";
      case VALUE_NULL:
        return "null";
      case START_OBJECT:
      case START_ARRAY:
        break;
      default:
        throw DecodeFailures.wrongType(parser, "a JSON value");
    }
    StringBuilder out = scratch();
    int depth = 0;
    // After a value or a closing bracket, the next value or name needs a comma.
    boolean needComma = false;
    do {
      switch (token) {
        case START_OBJECT, START_ARRAY -> {
          if (needComma) {
            out.append(',');
          }
          out.append(token == JsonToken.START_OBJECT ? '{' : '[');
          depth++;
          needComma = false;
        }
        case END_OBJECT, END_ARRAY -> {
          out.append(token == JsonToken.END_OBJECT ? '}' : ']');
          depth--;
          needComma = true;
        }
        case PROPERTY_NAME -> {
          if (needComma) {
            out.append(',');
          }
          String name = parser.currentName();
          appendString(out, name);
          out.append(':');
          needComma = false;
        }
        default -> {
          if (needComma) {
            out.append(',');
          }
          appendScalar(out, parser, token);
          needComma = true;
        }
      }
      if (depth == 0) {
        break;
      }
      token = parser.nextToken();
      if (token == null) {
        throw DecodeFailures.problem(parser, "value", "", "unexpected end of input inside a raw JSON value");
      }
    } while (true);
    String text = out.toString();
    if (out.capacity() > MAX_KEPT_CAPACITY) {
      // A large value grew it: that memory is not kept for the thread's next copies.
      SCRATCH.remove();
    }
    return text;
  }

  /**
   * The calling thread's builder for objects and arrays, emptied. A member chunk holds a raw value
   * per activity (party, assets …), and a new builder for each, grown to fit, was more than a tenth
   * of what decoding the chunk allocated beyond what it keeps. {@link #copy} never runs inside
   * itself, so one builder per thread is enough.
   */
  private static StringBuilder scratch() {
    StringBuilder out = SCRATCH.get();
    out.setLength(0);
    return out;
  }

  private static final int MAX_KEPT_CAPACITY = 16 * 1024;

  private static final ThreadLocal<StringBuilder> SCRATCH = ThreadLocal.withInitial(() -> new StringBuilder(256));

  private static void appendScalar(StringBuilder out, JsonParser parser, JsonToken token) {
    switch (token) {
      case VALUE_STRING ->
          appendString(out, parser.getStringCharacters(), parser.getStringOffset(), parser.getStringLength());
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> out.append(parser.getString());
      case VALUE_TRUE -> out.append("true");
      case VALUE_FALSE -> out.append("false");
      case VALUE_NULL -> out.append("null");
      default -> throw DecodeFailures.wrongType(parser, "a JSON value");
    }
  }

  /** As the other appendString, for a property name: read in place, not copied to an array first. */
  private static void appendString(StringBuilder out, String text) {
    out.append('"');
    int length = text.length();
    int run = 0;
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c >= 0x20 && c != '"' && c != '\\') {
        continue;
      }
      out.append(text, run, i);
      run = i + 1;
      appendEscaped(out, c);
    }
    out.append(text, run, length);
    out.append('"');
  }

  static void appendString(StringBuilder out, char[] chars, int offset, int length) {
    out.append('"');
    int end = offset + length;
    int run = offset;
    for (int i = offset; i < end; i++) {
      char c = chars[i];
      if (c >= 0x20 && c != '"' && c != '\\') {
        continue;
      }
      out.append(chars, run, i - run);
      run = i + 1;
      appendEscaped(out, c);
    }
    out.append(chars, run, end - run);
    out.append('"');
  }

  /** A quote, a backslash or a control character, escaped. */
  private static void appendEscaped(StringBuilder out, char c) {
    switch (c) {
      case '"' -> out.append("\\\"");
      case '\\' -> out.append("\\\\");
      case '\n' -> out.append("\\n");
      case '\r' -> out.append("\\r");
      case '\t' -> out.append("\\t");
      case '\b' -> out.append("\\b");
      case '\f' -> out.append("\\f");
      default -> out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
    }
  }
}

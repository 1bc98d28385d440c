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
    StringBuilder out = new StringBuilder(64);
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
    return out.toString();
  }

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

  private static void appendString(StringBuilder out, String text) {
    appendString(out, text.toCharArray(), 0, text.length());
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
    out.append(chars, run, end - run);
    out.append('"');
  }
}

package dev.shardwire.spi;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * Builds the {@link DecodeException}s that generated decoders and {@link JsonReads} throw. Only
 * failure paths call it, so nothing here is tuned for speed.
 */
public final class DecodeFailures {

  private DecodeFailures() {}

  /**
   * Turns what went wrong while {@code typeName} read its field {@code segment} into a {@link
   * DecodeException} seen from {@code typeName}: a {@code DecodeException} from a nested value
   * gets {@code segment} prepended to its path; a Jackson exception (truncated document, bad
   * token, limit exceeded) becomes a {@code DecodeException} with Jackson's message and location.
   *
   * @param failure a {@link DecodeException} or a {@link JacksonException}
   * @param parser the parser, for the location when the failure has none; may be null
   * @param typeName the event or model whose decoder caught {@code failure}
   * @param segment the field (or {@code [index]}) being read, or null when between fields (the
   *     parser's current name is then used for a Jackson exception)
   */
  public static DecodeException wrap(
      RuntimeException failure, JsonParser parser, String typeName, String segment) {
    if (failure instanceof DecodeException decode) {
      return decode.within(typeName, segment);
    }
    String problem;
    TokenStreamLocation where = null;
    if (failure instanceof JacksonException jackson) {
      problem = jackson.getOriginalMessage();
      where = jackson.getLocation();
    } else {
      problem = String.valueOf(failure.getMessage());
    }
    if (where == null && parser != null) {
      where = parser.currentLocation();
    }
    if (segment == null && parser != null) {
      // The decoder was between fields: Jackson reads a property's value token together with its
      // name, so a bad value can fail before the decoder knows which field it is reading.
      segment = parser.currentName();
    }
    return new DecodeException(
        typeName, segment == null ? "" : segment, problem == null ? failure.toString() : problem, describe(where), failure);
  }

  /** A problem with the value at the parser's current token, as {@code "expected a string but found an object"}. */
  public static DecodeException problem(JsonParser parser, String typeName, String path, String problem) {
    return new DecodeException(typeName, path, problem, describe(parser.currentLocation()), null);
  }

  /** A required field that the object just read lacked (or held {@code null}). */
  public static DecodeException missing(JsonParser parser, String typeName, String jsonName) {
    return new DecodeException(
        typeName, jsonName, "required field '" + jsonName + "' is missing or null", describe(parser.currentLocation()), null);
  }

  /** A value of the wrong JSON type: {@code expected} as {@code "a string"}. */
  public static DecodeException wrongType(JsonParser parser, String expected) {
    return problem(parser, "value", "", "expected " + expected + " but found " + JsonReads.describe(parser.currentToken()));
  }

  /** An unexpected token where the generated code expected a property name or the object's end. */
  public static DecodeException unexpectedToken(JsonParser parser, String typeName) {
    JsonToken token = parser.currentToken();
    return problem(parser, typeName, "", "expected a property name but found " + JsonReads.describe(token));
  }

  /** {@code line 1, column 57}, or empty when the location is unknown. */
  static String describe(TokenStreamLocation where) {
    if (where == null || where == TokenStreamLocation.NA) {
      return "";
    }
    String text = "line " + where.getLineNr() + ", column " + where.getColumnNr();
    long offset = where.getByteOffset() >= 0 ? where.getByteOffset() : where.getCharOffset();
    return offset >= 0 ? text + ", offset " + offset : text;
  }
}

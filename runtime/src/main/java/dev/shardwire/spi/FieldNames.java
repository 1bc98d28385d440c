package dev.shardwire.spi;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.sym.PropertyNameMatcher;

/**
 * The JSON names of one object that a generated decoder reads, and the step that moves the parser
 * to the next of its properties. Discord writes an object's fields in the same order every time,
 * and a decoder declares them in about that order, so the step first compares the next name in
 * the input with the one expected after the last property read, byte for byte ({@link
 * JsonParser#nextName(SerializableString)}), and only when that fails (an unknown field, another
 * order) looks the name up in a {@link PropertyNameMatcher}. Both ways answer the same index.
 *
 * <p>Generated decoders keep one per JSON object they read, in a static field. Immutable.
 */
public final class FieldNames {

  private final SerializableString[] names;
  private final PropertyNameMatcher matcher;

  private FieldNames(String[] names) {
    this.names = new SerializableString[names.length];
    for (int i = 0; i < names.length; i++) {
      this.names[i] = new SerializedString(names[i]);
    }
    this.matcher = GatewayJson.nameMatcher(names);
  }

  /**
   * The names of an object's properties, in the order the decoder expects them.
   *
   * @param names the JSON names, without duplicates
   */
  public static FieldNames of(String... names) {
    return new FieldNames(names.clone());
  }

  /**
   * Moves the parser to the next property name of the object it is in (or to the object's end),
   * and answers which of these names it is.
   *
   * @param expected the index of the name expected next: one more than the last property read
   * @return the name's index; {@link PropertyNameMatcher#MATCH_UNKNOWN_NAME} for a name not among
   *     these; {@link PropertyNameMatcher#MATCH_END_OBJECT} at the end of the object; {@link
   *     PropertyNameMatcher#MATCH_ODD_TOKEN} on any other token
   */
  public int next(JsonParser parser, int expected) {
    if (expected >= names.length) {
      return parser.nextNameMatch(matcher);
    }
    if (parser.nextName(names[expected])) {
      return expected;
    }
    JsonToken token = parser.currentToken();
    if (token == JsonToken.PROPERTY_NAME) {
      return parser.currentNameMatch(matcher);
    }
    return token == JsonToken.END_OBJECT ? PropertyNameMatcher.MATCH_END_OBJECT : PropertyNameMatcher.MATCH_ODD_TOKEN;
  }
}

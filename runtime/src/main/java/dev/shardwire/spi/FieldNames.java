package dev.shardwire.spi;

import java.util.Arrays;
import tools.jackson.core.JsonParser;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.sym.PropertyNameMatcher;

/**
 * The JSON names of one object that a generated decoder reads, and the step that moves the parser
 * to the next of its properties and answers which of these names it is.
 *
 * <p>The step first compares, byte for byte in the parser's input, the name that came after the
 * same property the last time an object of this kind was read; only when that guess fails is the
 * name looked up in a {@link PropertyNameMatcher}. A sender writes its objects' keys in an order
 * of its own (Discord's is not the declaration order, and the embedded gateway's is not Discord's),
 * but it keeps that order from one object to the next, so the guess is learned from the payloads
 * instead of assumed: a payload in a stable order is read with comparisons alone, and any other
 * order is still read correctly.
 *
 * <p>Generated decoders keep one per JSON object they read, in a static field, shared by every
 * thread that decodes. The learned order is a hint: the threads race on it without a lock, and
 * whatever guess a thread sees is a valid index, so a lost or stale update costs one lookup.
 */
public final class FieldNames {

  private static final int NO_GUESS = -1;

  private final PropertyNameMatcher matcher;
  private final SerializableString[] names;
  /**
   * For each {@code expected} of {@link #next} (one more than the last name read, 0 at the
   * object's start), the index of the name that followed it last time, or {@link #NO_GUESS}.
   */
  private final int[] following;

  private FieldNames(String[] names) {
    this.matcher = GatewayJson.nameMatcher(names);
    this.names = new SerializableString[names.length];
    for (int i = 0; i < names.length; i++) {
      this.names[i] = new SerializedString(names[i]);
    }
    this.following = new int[names.length + 1];
    Arrays.fill(following, NO_GUESS);
  }

  /**
   * The names of an object's properties, as the decoder numbers them.
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
   * @param expected one more than the index of the last of these names read in this object (0
   *     before the first): what the guess of the next name is learned and looked up by
   * @return the name's index; {@link PropertyNameMatcher#MATCH_UNKNOWN_NAME} for a name not among
   *     these; {@link PropertyNameMatcher#MATCH_END_OBJECT} at the end of the object; {@link
   *     PropertyNameMatcher#MATCH_ODD_TOKEN} on any other token
   */
  public int next(JsonParser parser, int expected) {
    int guess = following[expected];
    int match;
    if (guess == NO_GUESS) {
      match = parser.nextNameMatch(matcher);
    } else if (parser.nextName(names[guess])) {
      return guess;
    } else {
      // Missed: the parser has read the token (and a name in full) by now; the matcher names it.
      match = parser.currentNameMatch(matcher);
    }
    if (match >= 0) {
      // Unknown names teach nothing: the decoder's expected index does not move past them.
      following[expected] = match;
    }
    return match;
  }
}

package dev.shardwire.spi;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.sym.PropertyNameMatcher;

/**
 * The JSON names of one object that a generated decoder reads, and the step that moves the parser
 * to the next of its properties and answers which one it is.
 *
 * <p>Each answer is a <em>slot</em>: the index of one of the names given to {@link #of} (the
 * properties the decoder reads, {@code 0} to {@code n - 1}), or a slot from {@code n} up for a
 * name the decoder does not read but that this object has already met (at most {@value
 * #MAX_OTHER_NAMES} of them), or one of {@link PropertyNameMatcher}'s negative codes.
 *
 * <p>Why slots: Discord sends an object's keys in the same order every time, not always the order
 * a model declares them in, and with names no model reads ({@code avatar_decoration_data}) in
 * between. So each step remembers which slot came after the previous one the last time, and
 * compares that name with the input's bytes in place ({@link JsonParser#nextName(
 * tools.jackson.core.SerializableString)}), which costs a fraction of a lookup. A wrong guess costs
 * a full decode of the name and a lookup, and the next object of the same kind guesses right
 * again. The guesses are shared by every thread decoding this object, without locks: a stale or
 * lost guess only costs that lookup, and the answer never depends on them.
 *
 * <p>Generated decoders keep one per JSON object they read, in a static field.
 */
public final class FieldNames {

  /** The {@code previous} slot of an object's first name. */
  public static final int START = -1;

  /** How many names that no property reads each object learns to guess. */
  static final int MAX_OTHER_NAMES = 8;

  /** In {@link #successor}: no guess, ask the matcher. */
  private static final int NO_GUESS = -1;

  private final PropertyNameMatcher matcher;
  /** The decoder's names then the other names met, by slot; an unfilled slot is null. */
  private final SerializedString[] names;
  private final int known;
  /** How many other names were met (racy: a lost update only costs guesses). */
  private int others;
  /**
   * The slot that came after each slot the last time, at {@code previous + 2}: row 0 follows a name
   * without a slot, row 1 starts the object.
   */
  private final int[] successor;

  private FieldNames(String[] names) {
    this.matcher = GatewayJson.nameMatcher(names);
    this.known = names.length;
    this.names = new SerializedString[names.length + MAX_OTHER_NAMES];
    for (int i = 0; i < names.length; i++) {
      this.names[i] = quoted(names[i]);
    }
    this.successor = new int[names.length + MAX_OTHER_NAMES + 2];
    java.util.Arrays.fill(successor, NO_GUESS);
    // Until an object was read: the declared order.
    for (int slot = START; slot < names.length - 1; slot++) {
      successor[slot + 2] = slot + 1;
    }
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
   * and answers which name it is.
   *
   * @param previous the slot this answered for the object's previous name, {@link #START} for its
   *     first
   * @return the name's slot: below the number of names given to {@link #of} for one of them, from
   *     there up for another name met before; {@link PropertyNameMatcher#MATCH_UNKNOWN_NAME} for
   *     another name without a slot; {@link PropertyNameMatcher#MATCH_END_OBJECT} at the end of the
   *     object; {@link PropertyNameMatcher#MATCH_ODD_TOKEN} on any other token
   */
  public int next(JsonParser parser, int previous) {
    int row = previous + 2;
    int guess = successor[row];
    SerializedString guessed = guess == NO_GUESS ? null : names[guess];
    int slot;
    if (guessed == null) {
      slot = parser.nextNameMatch(matcher);
      if (slot == PropertyNameMatcher.MATCH_UNKNOWN_NAME) {
        slot = otherSlot(parser.currentName());
      }
    } else if (parser.nextName(guessed)) {
      return guess;
    } else {
      // The parser decoded the name in full: it is some other name, the end, or a bad token.
      JsonToken token = parser.currentToken();
      if (token != JsonToken.PROPERTY_NAME) {
        return token == JsonToken.END_OBJECT ? PropertyNameMatcher.MATCH_END_OBJECT : PropertyNameMatcher.MATCH_ODD_TOKEN;
      }
      String name = parser.currentName();
      slot = matcher.matchName(name);
      if (slot == PropertyNameMatcher.MATCH_UNKNOWN_NAME) {
        slot = otherSlot(name);
      }
    }
    int next = slot >= 0 ? slot : NO_GUESS;
    if (successor[row] != next) {
      successor[row] = next;
    }
    return slot;
  }

  /** The slot of a name no property reads, learning it if there is room; else MATCH_UNKNOWN_NAME. */
  private int otherSlot(String name) {
    int count = Math.min(others, MAX_OTHER_NAMES);
    for (int i = 0; i < count; i++) {
      SerializedString other = names[known + i];
      if (other != null && other.getValue().equals(name)) {
        return known + i;
      }
    }
    if (count == MAX_OTHER_NAMES) {
      return PropertyNameMatcher.MATCH_UNKNOWN_NAME;
    }
    names[known + count] = quoted(name);
    others = count + 1;
    return known + count;
  }

  private static SerializedString quoted(String name) {
    SerializedString quoted = new SerializedString(name);
    // Encoded once here, not on the first comparison.
    quoted.asQuotedUTF8();
    quoted.asQuotedChars();
    return quoted;
  }
}

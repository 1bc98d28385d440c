package dev.shardwire.spi;

import java.util.Arrays;
import tools.jackson.core.JsonParser;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.sym.PropertyNameMatcher;

/**
 * The JSON names of one object that a generated decoder reads, and the step that moves the parser
 * past the next of its property names onto that property's value and answers which of these names
 * it was.
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
   * Each name's UTF-8 bytes when it is plain (ASCII, nothing a JSON string must escape), so that
   * its bytes in the input are exactly these; null for any other name.
   */
  private final byte[][] plain;
  /**
   * Per plain name, its first eight bytes followed by its closing quote (little-endian, as the
   * parser reads words), and the mask of the bytes that count: one word compare checks a name of
   * up to seven bytes whole, and the first eight of a longer one.
   */
  private final long[] heads;

  private final long[] headMasks;
  /**
   * Open addressing over the plain names, keyed by {@link #hash}: index + 1 of a name, 0 for a
   * free slot. At most half full, so a probe ends soon.
   */
  private final int[] slots;
  /**
   * For each {@code expected} of {@link #nextName} (one more than the last name read, 0 at the
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
    this.plain = new byte[names.length][];
    this.heads = new long[names.length];
    this.headMasks = new long[names.length];
    int size = 4;
    while (size < names.length * 2) {
      size <<= 1;
    }
    this.slots = new int[size];
    for (int i = 0; i < names.length; i++) {
      byte[] bytes = plainBytes(names[i]);
      if (bytes == null) {
        continue;
      }
      plain[i] = bytes;
      byte[] quoted = Arrays.copyOf(bytes, bytes.length + 1);
      quoted[bytes.length] = '"';
      for (int k = 0; k < Math.min(8, quoted.length); k++) {
        heads[i] |= (quoted[k] & 0xFFL) << (8 * k);
        headMasks[i] |= 0xFFL << (8 * k);
      }
      // A plain name is ASCII, so its String's hash is the parser's h * 31 + byte over its bytes.
      int slot = slot(names[i].hashCode());
      while (slots[slot] != 0) {
        slot = (slot + 1) & (size - 1);
      }
      slots[slot] = i + 1;
    }
  }

  /** The name's bytes if a JSON string holds it as these bytes with no escape, else null. */
  private static byte[] plainBytes(String name) {
    byte[] bytes = new byte[name.length()];
    for (int i = 0; i < bytes.length; i++) {
      char c = name.charAt(i);
      if (c < 0x20 || c >= 0x80 || c == '"' || c == '\\') {
        return null;
      }
      bytes[i] = (byte) c;
    }
    return bytes;
  }

  private int slot(int hash) {
    return (hash ^ (hash >>> 16)) & (slots.length - 1);
  }

  /** The plain bytes of name {@code index}, or null (the parser then does not guess it in place). */
  byte[] plainName(int index) {
    return plain[index];
  }

  /** The first eight bytes of name {@code index}'s {@code name"}, as {@link #heads} says. */
  long head(int index) {
    return heads[index];
  }

  long headMask(int index) {
    return headMasks[index];
  }

  /** Name {@code index} as a String. */
  String name(int index) {
    return names[index].getValue();
  }

  /**
   * The index of the plain name whose bytes are {@code buf[start, end)}, given their hash ({@code h
   * = h * 31 + byte} from 0), or {@link PropertyNameMatcher#MATCH_UNKNOWN_NAME}.
   */
  int indexOfPlain(byte[] buf, int start, int end, int hash) {
    int mask = slots.length - 1;
    int length = end - start;
    for (int slot = slot(hash); ; slot = (slot + 1) & mask) {
      int entry = slots[slot];
      if (entry == 0) {
        return PropertyNameMatcher.MATCH_UNKNOWN_NAME;
      }
      byte[] candidate = plain[entry - 1];
      if (candidate.length == length && Arrays.equals(candidate, 0, length, buf, start, end)) {
        return entry - 1;
      }
    }
  }

  /** The index of a name decoded from escapes or non-ASCII bytes: the rare case, by the matcher. */
  int indexOfDecoded(String name) {
    return matcher.matchName(name);
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
   * Moves the parser past the next property name of the object it is in, onto that property's
   * value (or onto the object's end), and answers which of these names it was. The parser's
   * current name is still the property's name, so a value that fails can be told by it.
   *
   * @param expected one more than the index of the last of these names read in this object (0
   *     before the first): what the guess of the next name is learned and looked up by
   * @return the name's index, the parser on its value; {@link
   *     PropertyNameMatcher#MATCH_UNKNOWN_NAME} for a name not among these, the parser on its
   *     value; {@link PropertyNameMatcher#MATCH_END_OBJECT} at the end of the object; {@link
   *     PropertyNameMatcher#MATCH_ODD_TOKEN} on any other token, the parser on it
   */
  public int nextValue(JsonParser parser, int expected) {
    if (parser instanceof Utf8BytesJsonParser bytes) {
      int guess = following[expected];
      return learned(expected, guess, bytes.nextValueIndex(this, guess));
    }
    int match = nextNameOnAnyParser(parser, expected);
    if (match >= 0 || match == PropertyNameMatcher.MATCH_UNKNOWN_NAME) {
      parser.nextToken();
    }
    return match;
  }

  /** The name step of {@link #nextValue}: the parser is left on the name (or the object's end, or an odd token). */
  int nextName(JsonParser parser, int expected) {
    if (parser instanceof Utf8BytesJsonParser bytes) {
      int guess = following[expected];
      return learned(expected, guess, bytes.nextFieldIndex(this, guess));
    }
    return nextNameOnAnyParser(parser, expected);
  }

  /**
   * Keeps {@code match} as the guess after {@code expected} when it is a name of these other than
   * {@code guess} (stored only then, so that threads reading in the learned order write nothing).
   */
  private int learned(int expected, int guess, int match) {
    if (match >= 0 && match != guess) {
      following[expected] = match;
    }
    return match;
  }

  /** The name step over Jackson's API: the guess by {@code nextName}, else the matcher. */
  private int nextNameOnAnyParser(JsonParser parser, int expected) {
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

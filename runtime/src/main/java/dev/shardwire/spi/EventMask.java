package dev.shardwire.spi;

import java.util.Arrays;

/**
 * An immutable set of event ids: the Java counterpart of hikari's integer {@code bitmask()}, not
 * limited to 64 event types.
 *
 * <p>Bit {@code i} stands for the event type whose {@link EventType#id()} is {@code i}.
 */
public final class EventMask {

  private static final long[] NO_WORDS = {};

  /** The mask with no bit set. */
  public static final EventMask EMPTY = new EventMask(NO_WORDS);

  private final long[] words;

  private EventMask(long[] words) {
    this.words = words;
  }

  /** The mask with only bit {@code id} set. */
  public static EventMask of(int id) {
    if (id < 0) {
      throw new IllegalArgumentException("event id must not be negative: " + id);
    }
    long[] words = new long[(id >>> 6) + 1];
    words[id >>> 6] = 1L << id;
    return new EventMask(words);
  }

  /** Whether bit {@code id} is set. */
  public boolean contains(int id) {
    int word = id >>> 6;
    return word < words.length && (words[word] & (1L << id)) != 0;
  }

  /** Whether this mask and {@code other} share a bit. */
  public boolean intersects(EventMask other) {
    int n = Math.min(words.length, other.words.length);
    for (int i = 0; i < n; i++) {
      if ((words[i] & other.words[i]) != 0) {
        return true;
      }
    }
    return false;
  }

  /** The union of this mask and {@code other}. */
  public EventMask or(EventMask other) {
    long[] longer = words.length >= other.words.length ? words : other.words;
    long[] shorter = longer == words ? other.words : words;
    long[] result = longer.clone();
    for (int i = 0; i < shorter.length; i++) {
      result[i] |= shorter[i];
    }
    return new EventMask(result);
  }

  /** Whether no bit is set. */
  public boolean isEmpty() {
    for (long word : words) {
      if (word != 0) {
        return false;
      }
    }
    return true;
  }

  /** The number of bits set. */
  public int cardinality() {
    int count = 0;
    for (long word : words) {
      count += Long.bitCount(word);
    }
    return count;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EventMask other && Arrays.equals(trimmed(), other.trimmed());
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(trimmed());
  }

  private long[] trimmed() {
    int n = words.length;
    while (n > 0 && words[n - 1] == 0) {
      n--;
    }
    return n == words.length ? words : Arrays.copyOf(words, n);
  }

  /** The ids of the set bits, as {@code EventMask{3, 70}}. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("EventMask{");
    String separator = "";
    for (int i = 0; i < words.length * 64; i++) {
      if (contains(i)) {
        out.append(separator).append(i);
        separator = ", ";
      }
    }
    return out.append('}').toString();
  }
}

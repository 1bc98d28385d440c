package dev.shardwire.spi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Function;

/**
 * The values that a generated decoder reads, in payload order, for a map keyed by a property of
 * each value ({@code MemberChunkEvent.members()} by user id). Each value's key, and the key's hash,
 * are taken as the value is added, while the decoder has just built it: taken after the whole
 * array was read, they were loads from objects long out of the cache, a tenth of decoding a
 * chunk of 1,000 members and presences. {@link ImmutableCopies#owned(KeyedList)} hands them over.
 *
 * <p>Called by generated code only; not part of the public API.
 *
 * @param <K> the key
 * @param <V> the value
 */
public final class KeyedList<K, V> {

  private final Function<? super V, ? extends K> key;
  private final ArrayList<V> values = new ArrayList<>();
  private Object[] keys = new Object[8];
  private int[] hashes = new int[8];
  /** Whether some value has a null key: the map is then made the ordinary way, which rejects it. */
  private boolean nullKey;

  /**
   * @param key the key of a value, taken from the value itself
   */
  public KeyedList(Function<? super V, ? extends K> key) {
    this.key = Objects.requireNonNull(key, "key");
  }

  /** Adds the next value (never null), and takes its key. */
  public void add(V value) {
    int index = values.size();
    values.add(value);
    if (index == keys.length) {
      keys = Arrays.copyOf(keys, index * 2);
      hashes = Arrays.copyOf(hashes, index * 2);
    }
    K k = key.apply(value);
    if (k == null) {
      nullKey = true;
    } else {
      keys[index] = k;
      hashes[index] = k.hashCode();
    }
  }

  /** The values, in the order added. */
  ArrayList<V> values() {
    return values;
  }

  /** How to take the key of a value. */
  Function<? super V, ? extends K> key() {
    return key;
  }

  /** The keys of the values in order (the array may be longer), or null if a value had a null key. */
  Object[] keys() {
    return nullKey ? null : keys;
  }

  /** The keys' hash codes, in the same order as {@link #keys()}. */
  int[] hashes() {
    return hashes;
  }
}

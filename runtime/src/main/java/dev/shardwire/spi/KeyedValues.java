package dev.shardwire.spi;

import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * An unmodifiable map over a list of values that a decoder built, keyed by a property of each
 * value ({@code MemberChunkEvent.members()} by user id), in the list's order. The keys sit in an
 * array beside the list and an open-addressed table of indexes finds them: no entry object per
 * value, and nothing to copy for the map's list of values. A chunk of 1,000 members made a
 * {@code LinkedHashMap} of 1,000 entries before, which cost more time than reading the members'
 * ids.
 */
final class KeyedValues<K, V> extends AbstractMap<K, V> {

  private final List<V> values;
  /** The keys in the values' order; only the first size slots are used. */
  private final Object[] keys;
  private final int size;
  /** Index + 1 of the value whose key hashes to each slot (linear probing); 0 is an empty slot. */
  private final int[] slots;
  private final int shift;

  private KeyedValues(List<V> values, Object[] keys, int[] slots, int shift) {
    this.values = values;
    this.keys = keys;
    this.size = values.size();
    this.slots = slots;
    this.shift = shift;
  }

  /**
   * The map of the values of {@code list}, keyed as the list took their keys, or null if a key is
   * null or repeats (the caller then builds an ordinary map, where a later value replaces an
   * earlier one). Only the list's arrays are read: no key is loaded from its value again, and keys
   * are compared only when their hashes are equal.
   */
  static <K, V> KeyedValues<K, V> of(KeyedList<K, V> list) {
    Object[] keys = list.keys();
    if (keys == null) {
      return null;
    }
    ArrayList<V> values = list.values();
    int[] hashes = list.hashes();
    int size = values.size();
    // At most half full: short probe sequences for hits and misses alike.
    int bits = Math.max(2, 33 - Integer.numberOfLeadingZeros(size));
    int shift = 32 - bits;
    int mask = (1 << bits) - 1;
    int[] slots = new int[1 << bits];
    for (int i = 0; i < size; i++) {
      int hash = hashes[i];
      int slot = spread(hash) >>> shift;
      int at;
      while ((at = slots[slot]) != 0) {
        if (hashes[at - 1] == hash && keys[at - 1].equals(keys[i])) {
          return null;
        }
        slot = (slot + 1) & mask;
      }
      slots[slot] = i + 1;
    }
    return new KeyedValues<>(values, keys, slots, shift);
  }

  /** Fibonacci hashing: the table index is the product's top bits, so every bit of the hash counts. */
  private static int spread(int hash) {
    return hash * 0x9E3779B9;
  }

  private int indexOf(Object key) {
    if (key == null) {
      return -1;
    }
    int mask = slots.length - 1;
    int slot = spread(key.hashCode()) >>> shift;
    int at;
    while ((at = slots[slot]) != 0) {
      if (keys[at - 1].equals(key)) {
        return at - 1;
      }
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  /** The values in the map's order, unmodifiable. */
  List<V> valueList() {
    return new ValueList();
  }

  @Override
  public V get(Object key) {
    int index = indexOf(key);
    return index < 0 ? null : values.get(index);
  }

  @Override
  public boolean containsKey(Object key) {
    return indexOf(key) >= 0;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public Collection<V> values() {
    return new ValueList();
  }

  @Override
  public Set<K> keySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<K> iterator() {
        return new Walk<>() {
          @Override
          @SuppressWarnings("unchecked")
          K at(int index) {
            return (K) keys[index];
          }
        };
      }

      @Override
      public boolean contains(Object key) {
        return containsKey(key);
      }

      @Override
      public int size() {
        return size;
      }
    };
  }

  @Override
  public Set<Entry<K, V>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Entry<K, V>> iterator() {
        return new Walk<>() {
          @Override
          @SuppressWarnings("unchecked")
          Entry<K, V> at(int index) {
            return new SimpleImmutableEntry<>((K) keys[index], values.get(index));
          }
        };
      }

      @Override
      public int size() {
        return size;
      }
    };
  }

  /** The values list, read-only. */
  private final class ValueList extends AbstractList<V> implements java.util.RandomAccess {
    @Override
    public V get(int index) {
      return values.get(index);
    }

    @Override
    public int size() {
      return size;
    }
  }

  /** An iterator over the indexes in order, that cannot remove. */
  private abstract class Walk<T> implements Iterator<T> {
    private int next;

    abstract T at(int index);

    @Override
    public boolean hasNext() {
      return next < size;
    }

    @Override
    public T next() {
      if (next >= size) {
        throw new NoSuchElementException();
      }
      return at(next++);
    }
  }
}

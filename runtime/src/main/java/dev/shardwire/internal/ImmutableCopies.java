package dev.shardwire.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Null checks and unmodifiable, order-keeping copies for generated implementations. Each check
 * names the property ({@code MemberChunkEvent.members()}) so that a missing value is easy to trace.
 *
 * <p>Called by generated code only; not part of the public API.
 */
public final class ImmutableCopies {

  private ImmutableCopies() {}

  /** {@code value}, or a {@link NullPointerException} naming {@code property}. */
  public static <T> T requireNonNull(T value, String property) {
    if (value == null) {
      throw new NullPointerException(property + " must not be null");
    }
    return value;
  }

  /** An unmodifiable copy of {@code list}, rejecting a null list or element. */
  public static <T> List<T> list(List<? extends T> list, String property) {
    return List.copyOf(checkElements(requireNonNull(list, property), property));
  }

  /** An unmodifiable copy of {@code set} that keeps its iteration order, rejecting nulls. */
  public static <T> Set<T> set(Set<? extends T> set, String property) {
    return Collections.unmodifiableSet(new LinkedHashSet<>(checkElements(requireNonNull(set, property), property)));
  }

  /** An unmodifiable copy of {@code map} that keeps its iteration order, rejecting null keys and values. */
  public static <K, V> Map<K, V> map(Map<? extends K, ? extends V> map, String property) {
    requireNonNull(map, property);
    Map<K, V> copy = new LinkedHashMap<>(Math.max(16, (int) (map.size() / 0.75f) + 1));
    for (Map.Entry<? extends K, ? extends V> entry : map.entrySet()) {
      K key = entry.getKey();
      V value = entry.getValue();
      // The messages are built only on failure: this runs once per element of every decoded event.
      if (key == null) {
        throw new NullPointerException(property + " key must not be null");
      }
      if (value == null) {
        throw new NullPointerException(property + "[" + key + "] must not be null");
      }
      copy.put(key, value);
    }
    return Collections.unmodifiableMap(copy);
  }

  /** The values of {@code map} as an unmodifiable list, in the map's order. */
  public static <T> List<T> values(Map<?, ? extends T> map) {
    return Collections.unmodifiableList(new ArrayList<>(map.values()));
  }

  private static <C extends Collection<?>> C checkElements(C collection, String property) {
    int index = 0;
    for (Object element : collection) {
      if (element == null) {
        throw new NullPointerException(property + "[" + index + "] must not be null");
      }
      index++;
    }
    return collection;
  }
}

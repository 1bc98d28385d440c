package dev.shardwire.spi;

import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.Set;
import java.util.function.Function;

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
  @SuppressWarnings("unchecked")
  public static <T> List<T> list(List<? extends T> list, String property) {
    if (list instanceof OwnedList) {
      return (List<T>) list;
    }
    return List.copyOf(checkElements(requireNonNull(list, property), property));
  }

  /** An unmodifiable copy of {@code set} that keeps its iteration order, rejecting nulls. */
  @SuppressWarnings("unchecked")
  public static <T> Set<T> set(Set<? extends T> set, String property) {
    if (set instanceof OwnedSet) {
      return (Set<T>) set;
    }
    return Collections.unmodifiableSet(new LinkedHashSet<>(checkElements(requireNonNull(set, property), property)));
  }

  /** An unmodifiable copy of {@code map} that keeps its iteration order, rejecting null keys and values. */
  @SuppressWarnings("unchecked")
  public static <K, V> Map<K, V> map(Map<? extends K, ? extends V> map, String property) {
    if (map instanceof OwnedMap || map instanceof KeyedValues) {
      return (Map<K, V>) map;
    }
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

  /**
   * As {@link #list}, for a collection of collections ({@code List<List<X>>}, {@code Map<K,
   * Set<X>>}): every nested List, Set or Map is copied too, so a builder's caller cannot change the
   * value afterwards. A decoder's own result is taken as it is: its nested collections are its own.
   */
  @SuppressWarnings("unchecked")
  public static <T> List<T> deepList(List<? extends T> list, String property) {
    if (list instanceof OwnedList) {
      return (List<T>) list;
    }
    List<T> copy = new ArrayList<>(requireNonNull(list, property).size());
    for (T element : list) {
      copy.add((T) deepCopy(element, property));
    }
    return List.copyOf(copy);
  }

  /** As {@link #deepList}, for a set. */
  @SuppressWarnings("unchecked")
  public static <T> Set<T> deepSet(Set<? extends T> set, String property) {
    if (set instanceof OwnedSet) {
      return (Set<T>) set;
    }
    Set<T> copy = new LinkedHashSet<>();
    for (T element : requireNonNull(set, property)) {
      copy.add((T) deepCopy(element, property));
    }
    return Collections.unmodifiableSet(copy);
  }

  /** As {@link #deepList}, for a map whose values are collections. */
  @SuppressWarnings("unchecked")
  public static <K, V> Map<K, V> deepMap(Map<? extends K, ? extends V> map, String property) {
    if (map instanceof OwnedMap || map instanceof KeyedValues) {
      return (Map<K, V>) map;
    }
    Map<K, V> copy = new LinkedHashMap<>();
    Map<K, V> checked = map(map, property);
    for (Map.Entry<K, V> entry : checked.entrySet()) {
      copy.put(entry.getKey(), (V) deepCopy(entry.getValue(), property));
    }
    return Collections.unmodifiableMap(copy);
  }

  private static Object deepCopy(Object element, String property) {
    if (element == null) {
      throw new NullPointerException(property + " must not hold null");
    }
    if (element instanceof List<?> list) {
      return deepList(list, property);
    }
    if (element instanceof Set<?> set) {
      return deepSet(set, property);
    }
    if (element instanceof Map<?, ?> map) {
      return deepMap(map, property);
    }
    return element;
  }

  /**
   * The values of {@code map} as an unmodifiable list, in the map's order. A map that a decoder
   * built with {@link #owned(KeyedList)} already holds that list, and answers it.
   */
  @SuppressWarnings("unchecked")
  public static <T> List<T> values(Map<?, ? extends T> map) {
    if (map instanceof OwnedMap<?, ?> owned && owned.valueList != null) {
      return new OwnedList<>((List<T>) owned.valueList);
    }
    if (map instanceof KeyedValues<?, ?> keyed) {
      return (List<T>) keyed.valueList();
    }
    return Collections.unmodifiableList(new ArrayList<>(map.values()));
  }

  /**
   * Hands a list that a generated decoder has just built, and keeps no reference to, over to the
   * implementation's constructor, which then takes it as it is instead of copying it again. The
   * decoder never puts null in it.
   */
  public static <T> List<T> owned(ArrayList<T> list) {
    return new OwnedList<>(list);
  }

  /** As {@link #owned(ArrayList)}, for a set. */
  public static <T> Set<T> owned(LinkedHashSet<T> set) {
    return new OwnedSet<>(set);
  }

  /** As {@link #owned(ArrayList)}, for a map. */
  public static <K, V> Map<K, V> owned(LinkedHashMap<K, V> map) {
    return new OwnedMap<>(map, null);
  }

  /**
   * As {@link #owned(ArrayList)}, for a map of the values of {@code list} (in payload order, none
   * null) keyed as the list took their keys: a later value of the same key replaces an earlier one
   * in its place. When no key repeats (Discord's case), the map is an index over the values ({@link
   * KeyedValues}), which is also the list of its values for {@link #values(Map)}; otherwise a map
   * made once at its final size.
   */
  public static <K, V> Map<K, V> owned(KeyedList<K, V> list) {
    KeyedValues<K, V> keyed = KeyedValues.of(list);
    if (keyed != null) {
      return keyed;
    }
    ArrayList<V> values = list.values();
    Function<? super V, ? extends K> key = list.key();
    int size = values.size();
    // HashMap's own rule: a table that never resizes below its 0.75 load factor.
    LinkedHashMap<K, V> map = new LinkedHashMap<>(Math.max(16, (int) (size / 0.75f) + 1));
    for (int i = 0; i < size; i++) {
      V value = values.get(i);
      map.put(key.apply(value), value);
    }
    return new OwnedMap<>(map, map.size() == size ? values : null);
  }

  /** An unmodifiable list over a list only the decoder ever held. */
  private static final class OwnedList<T> extends AbstractList<T> implements RandomAccess {
    private final List<T> items;

    OwnedList(List<T> items) {
      this.items = items;
    }

    @Override
    public T get(int index) {
      return items.get(index);
    }

    @Override
    public int size() {
      return items.size();
    }
  }

  /** An unmodifiable set over a set only the decoder ever held. */
  private static final class OwnedSet<T> extends AbstractSet<T> {
    private final Set<T> items;

    OwnedSet(Set<T> items) {
      this.items = items;
    }

    @Override
    public Iterator<T> iterator() {
      return Collections.unmodifiableSet(items).iterator();
    }

    @Override
    public boolean contains(Object o) {
      return items.contains(o);
    }

    @Override
    public int size() {
      return items.size();
    }
  }

  /** An unmodifiable map over a map only the decoder ever held. */
  private static final class OwnedMap<K, V> extends AbstractMap<K, V> {
    private final Map<K, V> items;
    private final Map<K, V> view;
    /** The values in the map's order, or null when nobody made that list yet. */
    private final List<V> valueList;

    OwnedMap(Map<K, V> items, List<V> valueList) {
      this.items = items;
      this.view = Collections.unmodifiableMap(items);
      this.valueList = valueList;
    }

    @Override
    public Set<Map.Entry<K, V>> entrySet() {
      return view.entrySet();
    }

    // The views of the map itself, not AbstractMap's generic ones over entrySet(): the
    // implementation's list view copies values() for every decoded event.
    @Override
    public Set<K> keySet() {
      return view.keySet();
    }

    @Override
    public Collection<V> values() {
      return view.values();
    }

    @Override
    public V get(Object key) {
      return items.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
      return items.containsKey(key);
    }

    @Override
    public int size() {
      return items.size();
    }
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

package dev.shardwire.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Copies for generated implementations: what the builder gives is copied, what a decoder owns is kept. */
class ImmutableCopiesTest {

  @Test
  void collectionsFromOutsideAreCopiedAndChecked() {
    List<String> given = new ArrayList<>(List.of("a"));
    List<String> kept = ImmutableCopies.list(given, "E.items()");
    given.add("b");
    assertEquals(List.of("a"), kept);
    List<String> withNull = new ArrayList<>();
    withNull.add(null);
    NullPointerException e = assertThrows(NullPointerException.class, () -> ImmutableCopies.list(withNull, "E.items()"));
    assertEquals("E.items()[0] must not be null", e.getMessage());
  }

  @Test
  void collectionsADecoderOwnsAreKeptAsTheyAreAndCannotBeChanged() {
    List<String> list = ImmutableCopies.owned(new ArrayList<>(List.of("a", "b")));
    Set<String> set = ImmutableCopies.owned(new LinkedHashSet<>(List.of("b", "a")));
    LinkedHashMap<String, Integer> built = new LinkedHashMap<>();
    built.put("z", 1);
    built.put("y", 2);
    Map<String, Integer> map = ImmutableCopies.owned(built);

    assertSame(list, ImmutableCopies.list(list, "E.list()"));
    assertSame(set, ImmutableCopies.set(set, "E.set()"));
    assertSame(map, ImmutableCopies.map(map, "E.map()"));
    assertEquals(List.of("b", "a"), List.copyOf(set));
    assertEquals(List.of("z", "y"), List.copyOf(map.keySet()));
    assertEquals(Map.of("z", 1, "y", 2), map);
    assertThrows(UnsupportedOperationException.class, () -> list.add("c"));
    assertThrows(UnsupportedOperationException.class, () -> set.iterator().remove());
    assertThrows(UnsupportedOperationException.class, () -> map.put("x", 3));
    assertThrows(UnsupportedOperationException.class, () -> map.entrySet().iterator().next().setValue(9));
    assertEquals(List.of(1, 2), ImmutableCopies.values(map));
    assertThrows(UnsupportedOperationException.class, () -> map.values().remove(1));
    assertThrows(UnsupportedOperationException.class, () -> map.keySet().remove("z"));
    assertNotSame(map, ImmutableCopies.map(Map.copyOf(map), "E.map()"));
  }

  @Test
  void aMapKeyedFromADecodersValuesFindsEveryKeyAndKeepsTheValuesOrder() {
    ArrayList<String> values = new ArrayList<>();
    Map<Long, String> expected = new LinkedHashMap<>();
    for (int i = 0; i < 1000; i++) {
      // Keys that differ only in their high bits, as snowflakes of one millisecond do.
      long key = (1_000_000L + i) << 22;
      values.add("v" + key);
      expected.put(key, "v" + key);
    }
    Map<Long, String> map = ImmutableCopies.owned(keyed(values, value -> Long.parseLong(value.substring(1))));

    assertEquals(1000, map.size());
    for (Map.Entry<Long, String> entry : expected.entrySet()) {
      assertEquals(entry.getValue(), map.get(entry.getKey()));
      assertTrue(map.containsKey(entry.getKey()));
    }
    assertNull(map.get(7L));
    assertNull(map.get(null));
    assertNull(map.get("not a key"));
    assertEquals(expected, map);
    assertEquals(expected.hashCode(), map.hashCode());
    assertEquals(List.copyOf(expected.keySet()), List.copyOf(map.keySet()));
    assertEquals(values, ImmutableCopies.values(map));
    assertEquals(values, List.copyOf(map.values()));
    assertSame(map, ImmutableCopies.map(map, "E.map()"));
    assertThrows(UnsupportedOperationException.class, () -> map.put(1L, "x"));
    assertThrows(UnsupportedOperationException.class, () -> map.entrySet().iterator().next().setValue("x"));
    assertThrows(UnsupportedOperationException.class, () -> map.keySet().iterator().remove());
    assertThrows(UnsupportedOperationException.class, () -> ImmutableCopies.values(map).set(0, "x"));
  }

  @Test
  void aRepeatedKeyKeepsTheLaterValueInTheEarlierPlace() {
    ArrayList<String> values = new ArrayList<>(List.of("a1", "b1", "a2"));
    Map<Character, String> map = ImmutableCopies.owned(keyed(values, value -> value.charAt(0)));

    assertEquals(List.of('a', 'b'), List.copyOf(map.keySet()));
    assertEquals(List.of("a2", "b1"), ImmutableCopies.values(map));
    assertEquals(Map.of('a', "a2", 'b', "b1"), map);
    assertEquals(Map.of(), ImmutableCopies.owned(keyed(List.of(), value -> value)));
  }

  @Test
  void keysOfEqualHashCodesAreStillTold() {
    // "Aa" and "BB" have the same hash code: the map compares the keys themselves.
    List<String> values = List.of("Aa", "BB", "Aa2");
    Map<String, String> map = ImmutableCopies.owned(keyed(values, value -> value.substring(0, 2)));

    assertEquals(List.of("Aa", "BB"), List.copyOf(map.keySet()));
    assertEquals("Aa2", map.get("Aa"));
    assertEquals("BB", map.get("BB"));
  }

  @Test
  void aListOfManyValuesGrowsAndKeepsEveryKey() {
    List<Integer> values = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      values.add(i);
    }
    Map<String, Integer> map = ImmutableCopies.owned(keyed(values, value -> "k" + value));

    assertEquals(100, map.size());
    assertEquals(99, map.get("k99"));
    assertEquals(values, ImmutableCopies.values(map));
  }

  /** What a generated decoder builds for a keyed map: the values, added one by one. */
  private static <K, V> KeyedList<K, V> keyed(List<V> values, Function<V, K> key) {
    KeyedList<K, V> list = new KeyedList<>(key);
    values.forEach(list::add);
    return list;
  }
}

package dev.shardwire.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.NoSuchElementException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The three states of {@link OptionalNullable}. */
class OptionalNullableTest {

  @Test
  void threeStates() {
    OptionalNullable<String> absent = OptionalNullable.absent();
    OptionalNullable<String> nulled = OptionalNullable.ofNull();
    OptionalNullable<String> present = OptionalNullable.of("x");
    assertTrue(absent.isAbsent() && !absent.isNull() && !absent.isPresent());
    assertTrue(!nulled.isAbsent() && nulled.isNull() && !nulled.isPresent());
    assertTrue(!present.isAbsent() && !present.isNull() && present.isPresent());
    assertSame(absent, OptionalNullable.absent());
    assertSame(nulled, OptionalNullable.ofNull());
    assertEquals("x", present.get());
    assertThrows(NoSuchElementException.class, absent::get);
    assertThrows(NoSuchElementException.class, nulled::get);
    assertThrows(NullPointerException.class, () -> OptionalNullable.of(null));
    assertEquals("y", absent.orElse("y"));
    assertEquals("y", nulled.orElse("y"));
    assertEquals("x", present.orElse("y"));
    assertEquals(Optional.empty(), absent.toOptional());
    assertEquals(Optional.empty(), nulled.toOptional());
    assertEquals(Optional.of("x"), present.toOptional());
  }

  @Test
  void mapKeepsAbsentAndNull() {
    assertTrue(OptionalNullable.<String>absent().map(String::length).isAbsent());
    assertTrue(OptionalNullable.<String>ofNull().map(String::length).isNull());
    assertEquals(OptionalNullable.of(3), OptionalNullable.of("abc").map(String::length));
  }

  @Test
  void equalityAndText() {
    assertEquals(OptionalNullable.of("x"), OptionalNullable.of("x"));
    assertEquals(OptionalNullable.of("x").hashCode(), OptionalNullable.of("x").hashCode());
    assertNotEquals(OptionalNullable.absent(), OptionalNullable.ofNull());
    assertNotEquals(OptionalNullable.absent().hashCode(), OptionalNullable.ofNull().hashCode());
    assertFalse(OptionalNullable.of("x").equals(Optional.of("x")));
    assertEquals("OptionalNullable[x]", OptionalNullable.of("x").toString());
    assertEquals("OptionalNullable.null", OptionalNullable.ofNull().toString());
    assertEquals("OptionalNullable.absent", OptionalNullable.absent().toString());
  }
}

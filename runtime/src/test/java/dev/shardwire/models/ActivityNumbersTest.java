package dev.shardwire.models;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The lenient numbers of an activity: what a rich presence client may send, and what reads as empty. */
class ActivityNumbersTest {

  private static OptionalLong read(String json) {
    return ActivityNumbers.wholeNumber(Optional.of(RawJson.of(json)));
  }

  @Test
  void integersDecimalsAndStringsOfEither() {
    assertEquals(OptionalLong.of(1727800000000L), read("1727800000000"));
    assertEquals(OptionalLong.of(1727800000123L), read("1727800000123.987"));
    assertEquals(OptionalLong.of(1727800000000L), read("1.7278E12"));
    assertEquals(OptionalLong.of(1727800000000L), read("\"1727800000000\""));
    assertEquals(OptionalLong.of(1727800000123L), read("\"1727800000123.5\""));
    assertEquals(OptionalLong.of(-5), read("-5.9"));
    assertEquals(OptionalLong.of(5), read("\" 5 \""));
    assertEquals(OptionalLong.of(Long.MAX_VALUE), read("9223372036854775807.9"));
    assertEquals(OptionalLong.of(Long.MIN_VALUE), read("-9223372036854775808.9"));
  }

  @Test
  void whatIsNoNumberOrFitsNoLongIsEmpty() {
    assertEquals(OptionalLong.empty(), ActivityNumbers.wholeNumber(Optional.empty()));
    assertEquals(OptionalLong.empty(), read("\"soon\""));
    assertEquals(OptionalLong.empty(), read("\"\""));
    assertEquals(OptionalLong.empty(), read("true"));
    assertEquals(OptionalLong.empty(), read("{\"at\":1}"));
    assertEquals(OptionalLong.empty(), read("18446744073709551616"));
    assertEquals(OptionalLong.empty(), read("1e999999999")); // never expanded
    assertEquals(OptionalLong.empty(), read("-1e999999999"));
    // An exponent beyond what BigDecimal holds reads as empty too, it does not throw.
    assertEquals(OptionalLong.empty(), read("1e9999999999"));
    assertEquals(OptionalLong.empty(), read("\"1e-9999999999\""));
    assertEquals(OptionalLong.empty(), read("9223372036854775808"));
    assertEquals(OptionalLong.empty(), read("\"NaN\""));
    assertEquals(OptionalLong.empty(), read("\"Infinity\""));
    assertEquals(OptionalLong.empty(), read("\"+5\""));
    assertEquals(OptionalLong.empty(), read("\"\u0661\u0662\u0663\""));
    assertEquals(OptionalLong.empty(), read("\"5.\""));
    assertEquals(OptionalLong.empty(), read("\"1" + "0".repeat(100_000) + "\"")); // longer than any long
  }
}

package dev.shardwire.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The hand-written timestamp reader agrees with {@code java.time} and refuses what is not a timestamp. */
class IsoTimestampsTest {

  private static Instant instant(String text) {
    return IsoTimestamps.instant(text.toCharArray(), 0, text.length());
  }

  private static OffsetDateTime offsetDateTime(String text) {
    // Read from the middle of a larger buffer, as from a parser's text buffer.
    char[] buffer = ("xx" + text + "yy").toCharArray();
    return IsoTimestamps.offsetDateTime(buffer, 2, text.length());
  }

  /** As the gateway's parser reads a plain string: its input bytes, from the middle of the input. */
  private static Instant instantFromBytes(String text) {
    byte[] input = ("{\"a\":\"" + text + "\"}").getBytes(StandardCharsets.UTF_8);
    return IsoTimestamps.instant(input, 6, input.length - 8);
  }

  private static OffsetDateTime offsetDateTimeFromBytes(String text) {
    byte[] input = ("{\"a\":\"" + text + "\"}").getBytes(StandardCharsets.UTF_8);
    return IsoTimestamps.offsetDateTime(input, 6, input.length - 8);
  }

  @Test
  void readsDiscordsShapes() {
    assertEquals(Instant.parse("2021-04-22T10:20:33.123456Z"), instant("2021-04-22T10:20:33.123456+00:00"));
    assertEquals(Instant.parse("2015-04-26T06:26:56.936Z"), instant("2015-04-26T06:26:56.936000+00:00"));
    assertEquals(Instant.parse("2021-04-22T10:20:33Z"), instant("2021-04-22T10:20:33+00:00"));
    assertEquals(Instant.parse("2021-04-22T10:20:33Z"), instant("2021-04-22T10:20:33Z"));
    assertEquals(Instant.parse("2021-04-22T08:50:33Z"), instant("2021-04-22T10:20:33+01:30"));
    assertEquals(Instant.parse("2024-02-29T23:59:59.999999999Z"), instant("2024-02-29t23:59:59.999999999z"));
    assertEquals(
        OffsetDateTime.of(2021, 4, 22, 10, 20, 33, 123_456_000, ZoneOffset.ofHours(-7)),
        offsetDateTime("2021-04-22T10:20:33.123456-07:00"));
    assertEquals(123_456_000, offsetDateTime("2021-04-22T10:20:33.123456+00:00").getNano());
  }

  @Test
  void agreesWithJavaTimeOnRandomTimestamps() {
    SplittableRandom random = new SplittableRandom(11);
    for (int i = 0; i < 20_000; i++) {
      int digits = random.nextInt(10);
      int nano = random.nextInt(1_000_000_000);
      nano -= nano % (int) Math.pow(10, 9 - digits);
      int offsetMinutes = random.nextInt(-18 * 4, 18 * 4 + 1) * 15;
      OffsetDateTime expected =
          OffsetDateTime.ofInstant(
                  Instant.ofEpochSecond(random.nextLong(-62_135_596_800L, 253_402_300_799L - 86_400), nano),
                  ZoneOffset.ofTotalSeconds(offsetMinutes * 60));
      if (expected.getYear() < 0 || expected.getYear() > 9999) {
        continue;
      }
      String fraction = digits == 0 ? "" : "." + String.format("%09d", nano).substring(0, digits);
      String text =
          expected.format(DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss")) + fraction + (offsetMinutes == 0 && random.nextBoolean() ? "Z" : expected.getOffset().getId().replace("Z", "+00:00"));
      assertEquals(expected, offsetDateTime(text), text);
      assertEquals(expected.toInstant(), instant(text), text);
      assertEquals(expected, offsetDateTimeFromBytes(text), text);
      assertEquals(expected.toInstant(), instantFromBytes(text), text);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "2021-04-22",
        "2021-04-22T10:20:33",
        "2021-04-22T10:20:33.+00:00",
        "2021-04-22T10:20:33.1234567890+00:00",
        "2021-04-22T10:20:33+0000",
        "2021-04-22T10:20:33+00:00 ",
        "2021-04-22 10:20:33Z",
        "2021-13-22T10:20:33Z",
        "2021-02-29T10:20:33Z",
        "2100-02-29T10:20:33Z",
        "2021-04-31T10:20:33Z",
        "2021-04-22T24:00:00Z",
        "2021-04-22T10:60:33Z",
        "2021-04-22T10:20:60Z",
        "2021-04-22T10:20:33+18:01",
        "2021-04-22T10:20:33+05:60",
        "2021-04-22T10:20:33ZZ",
        "2021-4-22T10:20:33Z",
        "+2021-04-22T10:20:33Z",
        "2021-04-22T10:20:3xZ",
        "2021-04-22T10:20:33.12a+00:00"
      })
  void refusesWhatIsNoTimestamp(String text) {
    assertNull(instant(text), text);
    assertNull(offsetDateTime(text), text);
    assertNull(instantFromBytes(text), text);
    assertNull(offsetDateTimeFromBytes(text), text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2021-04-22T10:20:33Ż", "２021-04-22T10:20:33Z", "2021-04-22T10:20:33.123456789+00:00Z"})
  void refusesWhatIsNotAsciiOrTooLong(String text) {
    assertNull(instant(text), text);
    assertNull(offsetDateTime(text), text);
    assertNull(instantFromBytes(text), text);
  }
}

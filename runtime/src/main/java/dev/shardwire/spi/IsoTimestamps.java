package dev.shardwire.spi;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Reads the ISO-8601 timestamps Discord sends ({@code 2021-04-22T10:20:33.123456+00:00}, also
 * without a fraction and with {@code Z}) in one pass, without a regular expression, a {@code
 * DateTimeFormatter} or an intermediate String: a GUILD_CREATE of a large guild holds one per
 * member, and {@code DateTimeFormatter} parsing costs several times more than this. The gateway's
 * parser hands a plain string's input bytes; characters (an escaped or non-ASCII string, or any
 * string over Jackson's parser) are first copied into at most 35 bytes, as every accepted
 * character is ASCII.
 *
 * <p>The accepted shape is {@code yyyy-MM-ddTHH:mm:ss[.f…](Z|±HH:MM)}: a four-digit year, a
 * fraction of one to nine digits (kept exactly: Discord's microseconds survive), and an offset,
 * which {@link #offsetDateTime} keeps as sent. Every field is range-checked, the day against its
 * month. A lower-case {@code t} or {@code z} is accepted, as ISO-8601 allows.
 */
final class IsoTimestamps {

  private static final int SECONDS_PER_DAY = 86_400;
  private static final int MAX_OFFSET_SECONDS = 18 * 3600;
  /** The longest accepted form, 2021-04-22T10:20:33.123456789+00:00 (35 characters). */
  private static final int MAX_LENGTH = 35;
  private static final int[] POWERS_OF_TEN = {
    1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000
  };

  private IsoTimestamps() {}

  /** The instant {@code text[offset, offset+length)} names, or null if it is no timestamp of the accepted shape. */
  static Instant instant(char[] text, int offset, int length) {
    byte[] ascii = ascii(text, offset, length);
    return ascii == null ? null : (Instant) parse(ascii, 0, length, false);
  }

  /** The date-time with its offset, or null if it is no timestamp of the accepted shape. */
  static OffsetDateTime offsetDateTime(char[] text, int offset, int length) {
    byte[] ascii = ascii(text, offset, length);
    return ascii == null ? null : (OffsetDateTime) parse(ascii, 0, length, true);
  }

  /**
   * As {@link #instant(char[], int, int)}, over the UTF-8 bytes of the text: the gateway's parser
   * hands a plain string's own input bytes, with no copy to characters.
   */
  static Instant instant(byte[] text, int offset, int length) {
    return (Instant) parse(text, offset, length, false);
  }

  /** As {@link #offsetDateTime(char[], int, int)}, over the UTF-8 bytes of the text. */
  static OffsetDateTime offsetDateTime(byte[] text, int offset, int length) {
    return (OffsetDateTime) parse(text, offset, length, true);
  }

  /**
   * The characters as bytes, or null when they cannot be a timestamp: too long, or not all ASCII
   * (every accepted character is). One reader, over bytes, serves both kinds of input.
   */
  private static byte[] ascii(char[] text, int offset, int length) {
    if (length > MAX_LENGTH) {
      return null;
    }
    byte[] bytes = new byte[length];
    for (int i = 0; i < length; i++) {
      char c = text[offset + i];
      if (c >= 0x80) {
        return null;
      }
      bytes[i] = (byte) c;
    }
    return bytes;
  }

  /** An {@link Instant} or, if {@code keepOffset}, an {@link OffsetDateTime}; null when malformed. */
  private static Object parse(byte[] c, int start, int length, boolean keepOffset) {
    // The shortest form is 2021-04-22T10:20:33Z (20 characters).
    if (length < 20 || length > MAX_LENGTH) {
      return null;
    }
    int end = start + length;
    int century = twoDigits(c, start);
    int yearOfCentury = twoDigits(c, start + 2);
    int year = (century | yearOfCentury) < 0 ? -1 : century * 100 + yearOfCentury;
    int month = twoDigits(c, start + 5);
    int day = twoDigits(c, start + 8);
    int hour = twoDigits(c, start + 11);
    int minute = twoDigits(c, start + 14);
    int second = twoDigits(c, start + 17);
    int separator = c[start + 10];
    if ((year | month | day | hour | minute | second) < 0
        || c[start + 4] != '-'
        || c[start + 7] != '-'
        || (separator != 'T' && separator != 't')
        || c[start + 13] != ':'
        || c[start + 16] != ':'
        || month < 1
        || month > 12
        || day < 1
        || day > daysInMonth(year, month)
        || hour > 23
        || minute > 59
        || second > 59) {
      return null;
    }
    int i = start + 19;
    int nano = 0;
    if (c[i] == '.') {
      i++;
      int fractionStart = i;
      while (i < end && i - fractionStart < 9 && isDigit(c[i])) {
        nano = nano * 10 + (c[i] - '0');
        i++;
      }
      int fractionDigits = i - fractionStart;
      if (fractionDigits == 0 || i == end) {
        return null;
      }
      nano *= POWERS_OF_TEN[9 - fractionDigits];
    }
    int offsetSeconds;
    int zone = c[i];
    if ((zone == 'Z' || zone == 'z') && i + 1 == end) {
      offsetSeconds = 0;
    } else if ((zone == '+' || zone == '-') && i + 6 == end && c[i + 3] == ':') {
      int offsetHours = twoDigits(c, i + 1);
      int offsetMinutes = twoDigits(c, i + 4);
      if ((offsetHours | offsetMinutes) < 0 || offsetMinutes > 59) {
        return null;
      }
      offsetSeconds = offsetHours * 3600 + offsetMinutes * 60;
      if (offsetSeconds > MAX_OFFSET_SECONDS) {
        return null;
      }
      if (zone == '-') {
        offsetSeconds = -offsetSeconds;
      }
    } else {
      return null;
    }
    if (keepOffset) {
      // ofTotalSeconds caches the offsets of whole quarter hours: +00:00 is ZoneOffset.UTC itself.
      return OffsetDateTime.of(year, month, day, hour, minute, second, nano, ZoneOffset.ofTotalSeconds(offsetSeconds));
    }
    long epochSecond =
        epochDay(year, month, day) * SECONDS_PER_DAY + hour * 3600L + minute * 60L + second - offsetSeconds;
    return Instant.ofEpochSecond(epochSecond, nano);
  }

  /** The value of the two decimal digits at {@code at}, or -1 if either is not a digit. */
  private static int twoDigits(byte[] c, int at) {
    int tens = c[at] - '0';
    int ones = c[at + 1] - '0';
    // One test for both: a character outside '0'..'9' makes one of the four negative.
    return (tens | ones | (9 - tens) | (9 - ones)) < 0 ? -1 : tens * 10 + ones;
  }

  private static boolean isDigit(byte c) {
    return c >= '0' && c <= '9';
  }

  private static int daysInMonth(int year, int month) {
    return switch (month) {
      case 2 -> isLeap(year) ? 29 : 28;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
  }

  private static boolean isLeap(int year) {
    return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
  }

  /** Days since 1970-01-01 of a proleptic Gregorian date with a year of 0 to 9999. */
  private static long epochDay(int year, int month, int day) {
    // Counts from 0000-03-01, so that the leap day ends a year: H. Hinnant's days_from_civil.
    int y = month <= 2 ? year - 1 : year;
    int era = Math.floorDiv(y, 400);
    int yearOfEra = y - era * 400;
    int dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146_097L + dayOfEra - 719_468L;
  }
}

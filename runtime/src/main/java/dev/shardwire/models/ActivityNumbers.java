package dev.shardwire.models;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads the times of an activity leniently. Rich presence clients fill an activity's times, and a
 * client may send one as an integer, a decimal number or a string of either, which Discord passes
 * on. A time that is no JSON number (or a string of one), or fits no {@code long}, reads as empty
 * rather than failing the dispatch: one odd time would otherwise lose the whole PRESENCE_UPDATE,
 * or the GUILD_CREATE that carries it among thousands of presences.
 */
final class ActivityNumbers {

  /** Longer than any {@code long} in any JSON spelling a client would use: never parsed. */
  private static final int LONGEST = 64;
  /** The first whole numbers past a {@code long} at either end; what lies between truncates into one. */
  private static final BigDecimal PAST_MIN = BigDecimal.valueOf(Long.MIN_VALUE).subtract(BigDecimal.ONE);
  private static final BigDecimal PAST_MAX = BigDecimal.valueOf(Long.MAX_VALUE).add(BigDecimal.ONE);

  private ActivityNumbers() {}

  /**
   * The whole number {@code raw} spells, its fraction cut off towards zero: a JSON number, or a
   * string holding one (white space around it allowed); empty for anything else.
   */
  static OptionalLong wholeNumber(Optional<RawJson> raw) {
    if (raw.isEmpty()) {
      return OptionalLong.empty();
    }
    String text = raw.get().json();
    if (text.length() >= 2 && text.charAt(0) == '"' && text.charAt(text.length() - 1) == '"') {
      text = text.substring(1, text.length() - 1).strip();
    }
    if (text.length() > LONGEST || !isJsonNumber(text)) {
      return OptionalLong.empty();
    }
    BigDecimal value;
    try {
      value = new BigDecimal(text);
    } catch (NumberFormatException exponentBeyondBigDecimal) {
      // 1e9999999999: far past a long either way (or far below one, and then no whole number).
      return OptionalLong.empty();
    }
    // Compared before anything is scaled, so that 1e999999999 is never expanded.
    if (value.compareTo(PAST_MIN) <= 0 || value.compareTo(PAST_MAX) >= 0) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(value.longValue());
  }

  /** Whether {@code text} is a number as JSON spells it: ASCII digits, no sign but a minus. */
  private static boolean isJsonNumber(String text) {
    int i = 0;
    int end = text.length();
    if (i < end && text.charAt(i) == '-') {
      i++;
    }
    int digits = i;
    i = skipDigits(text, i);
    if (i == digits) {
      return false;
    }
    if (i < end && text.charAt(i) == '.') {
      int fraction = ++i;
      i = skipDigits(text, i);
      if (i == fraction) {
        return false;
      }
    }
    if (i < end && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
      i++;
      if (i < end && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
        i++;
      }
      int exponent = i;
      i = skipDigits(text, i);
      if (i == exponent) {
        return false;
      }
    }
    return i == end;
  }

  private static int skipDigits(String text, int from) {
    int i = from;
    while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      i++;
    }
    return i;
  }
}

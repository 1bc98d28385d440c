package dev.shardwire.models;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads the numbers of an activity leniently. Discord does not check the types inside a presence's
 * activities, which rich presence clients fill: a timestamp may come as an integer, a decimal
 * number or a string of one. A number that fits no {@code long} (or no number at all) reads as
 * empty rather than failing the dispatch, since one odd activity would otherwise lose the whole
 * PRESENCE_UPDATE, or the GUILD_CREATE that carries it among thousands of presences.
 */
final class ActivityNumbers {

  private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
  private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

  private ActivityNumbers() {}

  /** The whole number {@code raw} spells (a fraction cut off), or empty. */
  static OptionalLong wholeNumber(Optional<RawJson> raw) {
    if (raw.isEmpty()) {
      return OptionalLong.empty();
    }
    String text = raw.get().json();
    if (text.length() >= 2 && text.charAt(0) == '"' && text.charAt(text.length() - 1) == '"') {
      text = text.substring(1, text.length() - 1).trim();
    }
    try {
      return OptionalLong.of(Long.parseLong(text));
    } catch (NumberFormatException notAWholeLong) {
      // A decimal number, an exponent, or no number: read below.
    }
    try {
      BigDecimal value = new BigDecimal(text);
      // Compared before scaling, so that 1e999999 is never expanded.
      if (value.compareTo(LONG_MIN) < 0 || value.compareTo(LONG_MAX) > 0) {
        return OptionalLong.empty();
      }
      return OptionalLong.of(value.longValue());
    } catch (NumberFormatException notANumber) {
      return OptionalLong.empty();
    }
  }
}

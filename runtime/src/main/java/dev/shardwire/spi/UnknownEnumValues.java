package dev.shardwire.spi;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs each enum value a payload held that its enum does not know, once per (enum, value) pair, at
 * WARN: Discord adds values without notice, and a bot's author should hear of each, but not on
 * every payload.
 *
 * <p>The pairs already logged are remembered in a set of at most {@value #MAX_REMEMBERED} entries,
 * each value cut to {@value #MAX_VALUE_LENGTH} characters, so that a hostile or broken stream of
 * ever new values cannot grow memory. Once the set is full, one WARN says so and further new pairs
 * are logged at DEBUG only.
 */
final class UnknownEnumValues {

  /** How many (enum, value) pairs are remembered as logged. */
  static final int MAX_REMEMBERED = 1024;

  /** How many characters of a value are logged and remembered. */
  static final int MAX_VALUE_LENGTH = 64;

  private static final Logger LOG = LoggerFactory.getLogger(UnknownEnumValues.class);
  private static final Set<String> LOGGED = ConcurrentHashMap.newKeySet();
  private static final AtomicBoolean FULL = new AtomicBoolean();

  private UnknownEnumValues() {}

  /** Notes that {@code value} is no constant of {@code enumName}, which decodes it to {@code fallback}. */
  static void report(String enumName, String value, String fallback) {
    String shown = value.length() <= MAX_VALUE_LENGTH ? value : value.substring(0, MAX_VALUE_LENGTH) + "…";
    String key = enumName + '\u0000' + shown;
    if (LOGGED.contains(key)) {
      return;
    }
    // The size check races with other threads by a few entries at most: the bound stays near.
    if (LOGGED.size() < MAX_REMEMBERED) {
      if (LOGGED.add(key)) {
        LOG.warn(
            "{} has no constant for the value '{}' that a payload held; decoded as {}. Discord may have"
                + " added it: add a constant with @JsonName(\"{}\") to read it. Logged once per enum and value.",
            enumName,
            shown,
            fallback,
            shown);
      }
      return;
    }
    if (FULL.compareAndSet(false, true)) {
      LOG.warn(
          "{} distinct unknown enum values logged; further ones are logged at DEBUG only", MAX_REMEMBERED);
    }
    LOG.debug("{} has no constant for the value '{}'; decoded as {}", enumName, shown, fallback);
  }

  /** Forgets what was logged; for tests. */
  static void forget() {
    LOGGED.clear();
    FULL.set(false);
  }
}

package dev.shardwire.gateway;

import java.util.Objects;

/**
 * A setting of a shard or a bot was given a value it cannot take. Thrown by the setter (or, for a
 * value that depends on another setting, by {@code build()}), before anything connects, whether or
 * not the bot has a token. The message names the setting, the rule and the value; a token's value
 * is never shown.
 *
 * <pre>{@code
 * largeThreshold must be between 50 and 250, got 300
 * }</pre>
 */
public final class InvalidSettingException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** Shown in place of a secret value (the token). */
  public static final String HIDDEN = "(hidden)";

  private final String setting;
  private final String value;

  /**
   * Makes the exception.
   *
   * @param setting the setting's name, as its setter is called ({@code largeThreshold})
   * @param value the value given, as it will be shown ({@code String.valueOf}); pass {@link
   *     #HIDDEN} for a secret
   * @param rule what the value must be, as the middle of the sentence ({@code must be between 50
   *     and 250})
   */
  public InvalidSettingException(String setting, Object value, String rule) {
    this(setting, value, rule, null);
  }

  /**
   * Makes the exception, with the cause that made the value unusable (a parse error).
   *
   * @see #InvalidSettingException(String, Object, String)
   */
  public InvalidSettingException(String setting, Object value, String rule, Throwable cause) {
    super(Objects.requireNonNull(setting, "setting") + " " + Objects.requireNonNull(rule, "rule")
        + ", got " + String.valueOf(value), cause);
    this.setting = setting;
    this.value = String.valueOf(value);
  }

  /** The setting's name, as its setter is called. */
  public String setting() {
    return setting;
  }

  /** The value given, as the message shows it ({@link #HIDDEN} for a secret). */
  public String value() {
    return value;
  }
}

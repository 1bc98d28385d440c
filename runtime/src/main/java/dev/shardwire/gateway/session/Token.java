package dev.shardwire.gateway.session;

import java.util.Objects;

/** A bot token that never shows itself: {@link #toString()} is redacted. */
public final class Token {

  private final String value;

  public Token(String value) {
    Objects.requireNonNull(value, "token");
    if (value.isBlank()) {
      throw new IllegalArgumentException("token must not be blank");
    }
    this.value = value;
  }

  /** The secret itself; only the IDENTIFY and RESUME writers call this. */
  public String reveal() {
    return value;
  }

  @Override
  public String toString() {
    return "Token[redacted]";
  }
}

package dev.shardwire.models;

import java.time.Instant;

/**
 * A Discord id: an unsigned 64-bit number whose high bits are a timestamp. Discord sends ids as
 * JSON strings (JavaScript numbers cannot hold them); {@link #parse(String)} reads that form and
 * {@link #toString()} writes it.
 */
public final class Snowflake implements Comparable<Snowflake> {

  /** Milliseconds from the Unix epoch to Discord's epoch, the first second of 2015. */
  public static final long DISCORD_EPOCH_MILLIS = 1_420_070_400_000L;

  private final long value;

  private Snowflake(long value) {
    this.value = value;
  }

  /** The snowflake with the given bits (read as unsigned). */
  public static Snowflake of(long value) {
    return new Snowflake(value);
  }

  /**
   * Parses the decimal form Discord sends.
   *
   * @throws NumberFormatException if {@code text} is not an unsigned 64-bit decimal number
   */
  public static Snowflake parse(String text) {
    return new Snowflake(Long.parseUnsignedLong(text));
  }

  /** The raw 64 bits. */
  public long asLong() {
    return value;
  }

  /** When the id was made, from its timestamp bits. */
  public Instant createdAt() {
    return Instant.ofEpochMilli((value >>> 22) + DISCORD_EPOCH_MILLIS);
  }

  @Override
  public int compareTo(Snowflake other) {
    return Long.compareUnsigned(value, other.value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Snowflake other && other.value == value;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(value);
  }

  /** The unsigned decimal form, as Discord writes it. */
  @Override
  public String toString() {
    return Long.toUnsignedString(value);
  }
}

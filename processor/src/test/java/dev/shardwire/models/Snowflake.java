package dev.shardwire.models;

/** Stub of the runtime's id type, known to the processor by name. */
public final class Snowflake implements Comparable<Snowflake> {
  private final long value;

  private Snowflake(long value) {
    this.value = value;
  }

  public static Snowflake of(long value) {
    return new Snowflake(value);
  }

  @Override
  public int compareTo(Snowflake other) {
    return Long.compareUnsigned(value, other.value);
  }
}

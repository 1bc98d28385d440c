package dev.shardwire.models;

/** Stub of the runtime's absent-null-or-value type, known to the processor by name. */
public final class OptionalNullable<T> {
  private OptionalNullable() {}
}

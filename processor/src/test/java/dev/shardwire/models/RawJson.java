package dev.shardwire.models;

/** Stub of the runtime's raw JSON value, known to the processor by name. */
public final class RawJson {
  private RawJson() {}
}

package dev.shardwire.propertytypes;

import dev.shardwire.annotations.JsonName;
import dev.shardwire.annotations.UnknownValue;

/** A string-valued open enum. */
public enum Mood {
  /** {@code "happy"}. */
  HAPPY,
  /** {@code "very_sad"}. */
  @JsonName("very_sad")
  SAD,
  /** Anything else. */
  @UnknownValue
  UNKNOWN
}

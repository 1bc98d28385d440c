package dev.shardwire.propertytypes;

import dev.shardwire.annotations.JsonName;
import dev.shardwire.annotations.UnknownValue;

/** An integer-valued open enum, as Discord's channel types: the constants name the numbers. */
public enum Level {
  /** 0. */
  @JsonName("0")
  NONE,
  /** 1. */
  @JsonName("1")
  LOW,
  /** 2. */
  @JsonName("2")
  HIGH,
  /** A level this version does not know. */
  @UnknownValue
  UNKNOWN
}

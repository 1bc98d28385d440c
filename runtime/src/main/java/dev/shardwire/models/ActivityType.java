package dev.shardwire.models;

import dev.shardwire.annotations.JsonName;
import dev.shardwire.annotations.UnknownValue;

/**
 * The type of an {@link Activity}, as Discord numbers it.
 * Open: a value Discord adds later decodes to {@link #UNKNOWN}, whose raw value a
 * {@code @RawValueOf} accessor beside the property keeps.
 */
public enum ActivityType {
  /** Playing {name} ({@code 0}). */
  @JsonName("0")
  PLAYING,
  /** Streaming {details} ({@code 1}). */
  @JsonName("1")
  STREAMING,
  /** Listening to {name} ({@code 2}). */
  @JsonName("2")
  LISTENING,
  /** Watching {name} ({@code 3}). */
  @JsonName("3")
  WATCHING,
  /** A custom status ({@code 4}). */
  @JsonName("4")
  CUSTOM,
  /** Competing in {name} ({@code 5}). */
  @JsonName("5")
  COMPETING,
  /** A value this version does not know; the payload's raw value is kept beside it. */
  @UnknownValue
  UNKNOWN
}

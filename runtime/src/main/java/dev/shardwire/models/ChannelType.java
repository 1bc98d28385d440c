package dev.shardwire.models;

import dev.shardwire.annotations.JsonName;
import dev.shardwire.annotations.UnknownValue;

/**
 * The type of a {@link Channel}, as Discord numbers it.
 * Open: a value Discord adds later decodes to {@link #UNKNOWN}, whose raw value a
 * {@code @RawValueOf} accessor beside the property keeps.
 */
public enum ChannelType {
  /** A guild's text channel ({@code 0}). */
  @JsonName("0")
  GUILD_TEXT,
  /** A direct message ({@code 1}). */
  @JsonName("1")
  DM,
  /** A guild's voice channel ({@code 2}). */
  @JsonName("2")
  GUILD_VOICE,
  /** A group direct message ({@code 3}). */
  @JsonName("3")
  GROUP_DM,
  /** A category of channels ({@code 4}). */
  @JsonName("4")
  GUILD_CATEGORY,
  /** An announcement channel ({@code 5}). */
  @JsonName("5")
  GUILD_ANNOUNCEMENT,
  /** A thread of an announcement channel ({@code 10}). */
  @JsonName("10")
  ANNOUNCEMENT_THREAD,
  /** A public thread ({@code 11}). */
  @JsonName("11")
  PUBLIC_THREAD,
  /** A private thread ({@code 12}). */
  @JsonName("12")
  PRIVATE_THREAD,
  /** A stage channel ({@code 13}). */
  @JsonName("13")
  GUILD_STAGE_VOICE,
  /** A hub's directory ({@code 14}). */
  @JsonName("14")
  GUILD_DIRECTORY,
  /** A forum channel ({@code 15}). */
  @JsonName("15")
  GUILD_FORUM,
  /** A media channel ({@code 16}). */
  @JsonName("16")
  GUILD_MEDIA,
  /** A value this version does not know; the payload's raw value is kept beside it. */
  @UnknownValue
  UNKNOWN
}

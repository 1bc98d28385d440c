package dev.shardwire.models;

import dev.shardwire.annotations.JsonName;
import dev.shardwire.annotations.UnknownValue;

/**
 * The type of an application command option, as Discord numbers it.
 * Open: a value Discord adds later decodes to {@link #UNKNOWN}, whose raw value a
 * {@code @RawValueOf} accessor beside the property keeps.
 */
public enum OptionType {
  /** A subcommand ({@code 1}). */
  @JsonName("1")
  SUB_COMMAND,
  /** A group of subcommands ({@code 2}). */
  @JsonName("2")
  SUB_COMMAND_GROUP,
  /** A string ({@code 3}). */
  @JsonName("3")
  STRING,
  /** An integer ({@code 4}). */
  @JsonName("4")
  INTEGER,
  /** A boolean ({@code 5}). */
  @JsonName("5")
  BOOLEAN,
  /** A user ({@code 6}). */
  @JsonName("6")
  USER,
  /** A channel ({@code 7}). */
  @JsonName("7")
  CHANNEL,
  /** A role ({@code 8}). */
  @JsonName("8")
  ROLE,
  /** A user or role ({@code 9}). */
  @JsonName("9")
  MENTIONABLE,
  /** A double ({@code 10}). */
  @JsonName("10")
  NUMBER,
  /** An attachment ({@code 11}). */
  @JsonName("11")
  ATTACHMENT,
  /** A value this version does not know; the payload's raw value is kept beside it. */
  @UnknownValue
  UNKNOWN
}

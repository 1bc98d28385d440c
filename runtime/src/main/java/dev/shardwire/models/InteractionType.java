package dev.shardwire.models;

import dev.shardwire.annotations.JsonName;
import dev.shardwire.annotations.UnknownValue;

/**
 * The type of an interaction, as Discord numbers it.
 * Open: a value Discord adds later decodes to {@link #UNKNOWN}, whose raw value a
 * {@code @RawValueOf} accessor beside the property keeps.
 */
public enum InteractionType {
  /** A ping ({@code 1}). */
  @JsonName("1")
  PING,
  /** A slash or context menu command ({@code 2}). */
  @JsonName("2")
  APPLICATION_COMMAND,
  /** A button or select menu ({@code 3}). */
  @JsonName("3")
  MESSAGE_COMPONENT,
  /** An autocomplete request ({@code 4}). */
  @JsonName("4")
  APPLICATION_COMMAND_AUTOCOMPLETE,
  /** A submitted modal ({@code 5}). */
  @JsonName("5")
  MODAL_SUBMIT,
  /** A value this version does not know; the payload's raw value is kept beside it. */
  @UnknownValue
  UNKNOWN
}

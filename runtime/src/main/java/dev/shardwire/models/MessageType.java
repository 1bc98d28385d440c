package dev.shardwire.models;

import dev.shardwire.annotations.JsonName;
import dev.shardwire.annotations.UnknownValue;

/**
 * The type of a {@link Message}, as Discord numbers it.
 * Open: a value Discord adds later decodes to {@link #UNKNOWN}, whose raw value a
 * {@code @RawValueOf} accessor beside the property keeps.
 */
public enum MessageType {
  /** An ordinary message ({@code 0}). */
  @JsonName("0")
  DEFAULT,
  /** A recipient was added ({@code 1}). */
  @JsonName("1")
  RECIPIENT_ADD,
  /** A recipient was removed ({@code 2}). */
  @JsonName("2")
  RECIPIENT_REMOVE,
  /** A call ({@code 3}). */
  @JsonName("3")
  CALL,
  /** The channel was renamed ({@code 4}). */
  @JsonName("4")
  CHANNEL_NAME_CHANGE,
  /** The channel icon changed ({@code 5}). */
  @JsonName("5")
  CHANNEL_ICON_CHANGE,
  /** A message was pinned ({@code 6}). */
  @JsonName("6")
  CHANNEL_PINNED_MESSAGE,
  /** A member joined ({@code 7}). */
  @JsonName("7")
  USER_JOIN,
  /** A boost ({@code 8}). */
  @JsonName("8")
  GUILD_BOOST,
  /** A boost reached tier 1 ({@code 9}). */
  @JsonName("9")
  GUILD_BOOST_TIER_1,
  /** A boost reached tier 2 ({@code 10}). */
  @JsonName("10")
  GUILD_BOOST_TIER_2,
  /** A boost reached tier 3 ({@code 11}). */
  @JsonName("11")
  GUILD_BOOST_TIER_3,
  /** A channel was followed ({@code 12}). */
  @JsonName("12")
  CHANNEL_FOLLOW_ADD,
  /** A thread was created ({@code 18}). */
  @JsonName("18")
  THREAD_CREATED,
  /** A reply ({@code 19}). */
  @JsonName("19")
  REPLY,
  /** A slash command's response ({@code 20}). */
  @JsonName("20")
  CHAT_INPUT_COMMAND,
  /** A thread's starter message ({@code 21}). */
  @JsonName("21")
  THREAD_STARTER_MESSAGE,
  /** An invite reminder ({@code 22}). */
  @JsonName("22")
  GUILD_INVITE_REMINDER,
  /** A context menu command's response ({@code 23}). */
  @JsonName("23")
  CONTEXT_MENU_COMMAND,
  /** An auto-moderation action ({@code 24}). */
  @JsonName("24")
  AUTO_MODERATION_ACTION,
  /** A poll's result ({@code 46}). */
  @JsonName("46")
  POLL_RESULT,
  /** A value this version does not know; the payload's raw value is kept beside it. */
  @UnknownValue
  UNKNOWN
}

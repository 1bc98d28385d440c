package dev.shardwire.models;

import dev.shardwire.annotations.JsonName;
import dev.shardwire.annotations.UnknownValue;

/**
 * A user's presence status, as Discord names it in JSON. Open: a status Discord adds later decodes
 * to {@link #UNKNOWN}, and a {@code @RawValueOf("status")} accessor beside the property keeps the
 * value as sent ({@link MemberPresence#rawStatus()}).
 */
public enum Status {
  /** Online ({@code "online"}). */
  ONLINE,
  /** Idle ({@code "idle"}). */
  IDLE,
  /** Do not disturb ({@code "dnd"}). */
  @JsonName("dnd")
  DO_NOT_DISTURB,
  /** Offline or invisible ({@code "offline"}). */
  OFFLINE,
  /** A status this version does not know; the payload's raw value is kept beside it. */
  @UnknownValue
  UNKNOWN
}

package dev.shardwire.models;

import dev.shardwire.annotations.JsonName;

/** A user's presence status, as Discord names it in JSON. */
public enum Status {
  /** Online ({@code "online"}). */
  ONLINE,
  /** Idle ({@code "idle"}). */
  IDLE,
  /** Do not disturb ({@code "dnd"}). */
  @JsonName("dnd")
  DO_NOT_DISTURB,
  /** Offline or invisible ({@code "offline"}). */
  OFFLINE
}

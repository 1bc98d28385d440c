package dev.shardwire.gateway;

import dev.shardwire.models.Status;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The presence a shard identifies with: a status, AFK flag, idle-since time and at most one
 * activity.
 */
public final class Presence {

  private final Status status;
  private final boolean afk;
  private final Instant since;
  private final String activityName;
  private final int activityType;

  private Presence(Status status, boolean afk, Instant since, String activityName, int activityType) {
    this.status = Objects.requireNonNull(status, "status");
    if (status == Status.UNKNOWN) {
      // UNKNOWN stands for a value Discord sent that this version does not know: there is nothing to send.
      throw new IllegalArgumentException("a shard cannot send the status UNKNOWN; use ONLINE, IDLE, DO_NOT_DISTURB or OFFLINE");
    }
    this.afk = afk;
    this.since = since;
    this.activityName = activityName;
    this.activityType = activityType;
  }

  /**
   * A presence with only a status.
   *
   * @throws IllegalArgumentException if {@code status} is {@link Status#UNKNOWN}
   */
  public static Presence of(Status status) {
    return new Presence(status, false, null, null, 0);
  }

  /**
   * This presence with an activity.
   *
   * @param name the activity's name
   * @param type Discord's activity type (0 playing, 1 streaming, 2 listening, 3 watching, 4 custom, 5 competing)
   * @throws IllegalArgumentException if the type is not 0 to 5
   */
  public Presence withActivity(String name, int type) {
    if (type < 0 || type > 5) {
      throw new IllegalArgumentException("activity type must be 0 to 5, got " + type);
    }
    if (Objects.requireNonNull(name, "name").isBlank() || name.length() > 128) {
      throw new IllegalArgumentException("activity name must be 1 to 128 characters, got \"" + name + "\"");
    }
    return new Presence(status, afk, since, name, type);
  }

  /** This presence, AFK or not. */
  public Presence withAfk(boolean afk) {
    return new Presence(status, afk, since, activityName, activityType);
  }

  /** This presence, idle since {@code since}. */
  public Presence withIdleSince(Instant since) {
    return new Presence(status, afk, since, activityName, activityType);
  }

  /** The status. */
  public Status status() {
    return status;
  }

  /** Whether the client is AFK. */
  public boolean afk() {
    return afk;
  }

  /** Since when the client is idle, if it is. */
  public Optional<Instant> since() {
    return Optional.ofNullable(since);
  }

  /** The activity's name, if there is one. */
  public Optional<String> activityName() {
    return Optional.ofNullable(activityName);
  }

  /** The activity's type (meaningful when there is an activity). */
  public int activityType() {
    return activityType;
  }

  @Override
  public String toString() {
    return "Presence[" + status + (activityName == null ? "" : ", " + activityType + " " + activityName) + "]";
  }
}

package dev.shardwire.models;

import dev.shardwire.annotations.GatewayModel;
import dev.shardwire.annotations.JsonName;
import dev.shardwire.annotations.RawValueOf;
import dev.shardwire.annotations.Repr;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A user's activity, as presences carry it. The parts that vary most between clients (party,
 * assets, secrets, buttons) are kept as raw JSON.
 */
@GatewayModel(builder = true)
public interface Activity {

  /** The activity's name. */
  @Repr
  String name();

  /** The activity's type; {@link ActivityType#UNKNOWN} for one this version does not know. */
  @Repr
  ActivityType type();

  /** The type as the payload sent it, as {@code "0"}. */
  @RawValueOf("type")
  String rawType();

  /** The stream URL, for streaming activities; absent when not sent, null when the activity has none. */
  OptionalNullable<String> url();

  /** When the activity was added to the session, in milliseconds since the epoch; empty when not sent or not a number. */
  default OptionalLong createdAt() {
    return ActivityNumbers.wholeNumber(rawCreatedAt());
  }

  /**
   * The creation time as sent: Discord does not check the types inside activities, so a client's
   * decimal number or string passes through as it came.
   */
  @JsonName("created_at")
  Optional<RawJson> rawCreatedAt();

  /** When the activity started and ends, if known. */
  Optional<ActivityTimestamps> timestamps();

  /** The application of a game, if any. */
  Optional<Snowflake> applicationId();

  /** What the user is doing; absent when not sent, null when not set. */
  OptionalNullable<String> details();

  /** The user's party status, or a custom status's text; absent when not sent, null when not set. */
  OptionalNullable<String> state();

  /** A custom status's emoji; absent when not sent, null when the status has none. */
  OptionalNullable<Emoji> emoji();

  /** The user's party, as sent. */
  Optional<RawJson> party();

  /** Images and their hover texts, as sent. */
  Optional<RawJson> assets();

  /** Secrets for joining and spectating, as sent. */
  Optional<RawJson> secrets();

  /** Whether the activity is an instanced game session. */
  boolean instance();

  /** The activity flags, when sent. */
  OptionalLong flags();

  /** The custom buttons shown, as sent (labels for other users). */
  Optional<RawJson> buttons();
}

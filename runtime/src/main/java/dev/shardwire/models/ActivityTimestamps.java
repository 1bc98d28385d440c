package dev.shardwire.models;

import dev.shardwire.annotations.GatewayModel;
import dev.shardwire.annotations.JsonName;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * When an activity started and ends, in milliseconds since the epoch.
 */
@GatewayModel(builder = true)
public interface ActivityTimestamps {
  /** When the activity started; empty when not sent or not a number. */
  default OptionalLong start() {
    return ActivityNumbers.wholeNumber(rawStart());
  }

  /** When the activity ends; empty when not sent or not a number. */
  default OptionalLong end() {
    return ActivityNumbers.wholeNumber(rawEnd());
  }

  /**
   * The start as sent: usually an integer, but rich presence clients also send decimal numbers
   * and strings, which Discord passes on unchecked.
   */
  @JsonName("start")
  Optional<RawJson> rawStart();

  /** The end as sent (see {@link #rawStart()}). */
  @JsonName("end")
  Optional<RawJson> rawEnd();
}

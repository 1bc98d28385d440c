package dev.shardwire.models;

import dev.shardwire.annotations.GatewayModel;
import java.util.OptionalLong;

/**
 * When an activity started and ends, in milliseconds since the epoch.
 */
@GatewayModel(builder = true)
public interface ActivityTimestamps {

  /** When the activity started. */
  OptionalLong start();

  /** When the activity ends. */
  OptionalLong end();
}

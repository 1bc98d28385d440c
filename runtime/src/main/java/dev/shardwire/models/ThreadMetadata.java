package dev.shardwire.models;

import dev.shardwire.annotations.GatewayModel;
import java.time.Instant;
import java.util.Optional;

/**
 * The state of a thread.
 */
@GatewayModel(builder = true)
public interface ThreadMetadata {

  /** Whether the thread is archived. */
  boolean archived();

  /** After how many minutes of inactivity the thread archives itself. */
  int autoArchiveDuration();

  /** When the archive status last changed. */
  Optional<Instant> archiveTimestamp();

  /** Whether only moderators can unarchive the thread. */
  boolean locked();

  /** Whether non-moderators can add others to a private thread. */
  boolean invitable();

  /** When the thread was created; absent or null for threads older than 2022-01-09. */
  OptionalNullable<Instant> createTimestamp();
}

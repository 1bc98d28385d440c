package dev.shardwire.events;

import dev.shardwire.annotations.Repr;
import java.util.Map;

/**
 * Dispatches of one shard that a gateway-role process could not forward and dropped: its
 * publisher's buffer was full (the broker was unreachable for longer than the buffer covers, or
 * slower than the gateway), or the process closed with dispatches still unsent. The same report
 * is logged at WARN; nothing is dropped without one.
 *
 * <p>Each report counts the drops since the shard's previous report. A publisher reports while
 * drops go on, at an interval, and at once when they stop; so one outage gives one report per
 * shard if it is short, a few if it is long.
 */
@dev.shardwire.annotations.ShardEvent
public interface DispatchesDroppedEvent extends ShardEvent {

  /** How many of the shard's dispatches this report counts. */
  @Repr
  long count();

  /** The lowest sequence number among them (-1 for dispatches without one). */
  @Repr
  long firstSequence();

  /** The highest sequence number among them. */
  @Repr
  long lastSequence();

  /** How many of them each dispatch name had, as {@code MESSAGE_CREATE -> 12}. */
  Map<String, Long> countsByName();

  /** Why they were dropped, as {@code "buffer full (1000 dispatches)"} or {@code "closed"}. */
  @Repr
  String reason();
}

package dev.shardwire.events;

import dev.shardwire.annotations.FromContext;
import dev.shardwire.spi.SequencedShard;
import dev.shardwire.spi.Shard;
import java.util.OptionalLong;

/** Base of every event that a gateway shard raises. */
@dev.shardwire.annotations.ShardEvent(base = true)
public interface ShardEvent extends Event {

  /** The shard that raised this event. */
  @FromContext
  Shard shard();

  /**
   * The sequence number of the gateway dispatch this event was decoded from, when its {@link
   * #shard()} carries it (a {@link SequencedShard}). Events delivered by a Redis dispatch worker
   * carry it: delivery there is at least once, and {@code (shard().id(), sequence())} names the
   * dispatch within the shard's session, so a listener can recognise a duplicate. Empty for the
   * events of a shard of this process, which are delivered once.
   */
  default OptionalLong sequence() {
    return shard() instanceof SequencedShard dispatched ? OptionalLong.of(dispatched.sequence()) : OptionalLong.empty();
  }
}

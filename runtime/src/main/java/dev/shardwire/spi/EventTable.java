package dev.shardwire.spi;

import dev.shardwire.spi.EventDecoder;
import java.util.List;
import java.util.Optional;

/**
 * The event types of one package of one compilation, as the Shardwire processor generated them
 * (a class named {@code ShardwireEventTable} in that package, reached through its {@code
 * INSTANCE}).
 *
 * <p>Tables compiled separately combine at start-up: give the event manager every table whose
 * events the bot uses by class ({@code subscribe(MyEvent.class, …)}) or by gateway name. Events
 * reached through generated code (bindings, builders) need no registration.
 */
public interface EventTable {

  /** Every event type of the table, supertypes before subtypes. */
  List<EventType<?>> types();

  /** The descriptor of {@code type}, if this table declares it. A generated switch; no reflection. */
  <E> Optional<EventType<E>> typeOf(Class<E> type);

  /** The decoder of the gateway dispatch {@code gatewayName}, if this table declares one. */
  Optional<EventDecoder<?>> decoderFor(String gatewayName);
}

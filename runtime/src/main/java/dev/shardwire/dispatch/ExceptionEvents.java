package dev.shardwire.dispatch;

import dev.shardwire.GatewayBot;
import dev.shardwire.events.Event;
import dev.shardwire.events.ExceptionEvent;
import dev.shardwire.models.Intents;

/**
 * The one place that builds {@link ExceptionEvent}s and names their type.
 *
 * <p>Interim: until the processor generates {@code ImmutableExceptionEvent} and the runtime's
 * {@code ShardwireEventTable}, this holds hand-made descriptors for {@code Event} and {@code
 * ExceptionEvent} and a hand-written implementation.
 */
final class ExceptionEvents {

  /** The descriptor of the root event type. */
  static final EventType<Event> EVENT = EventType.base(Event.class, Intents.NONE);

  /** The descriptor of {@link ExceptionEvent}. */
  static final EventType<ExceptionEvent> TYPE =
      EventType.concrete(ExceptionEvent.class, "", Intents.NONE, EVENT);

  private ExceptionEvents() {}

  /** The event reporting that {@code listener} failed with {@code exception} on {@code failedEvent}. */
  static ExceptionEvent create(Throwable exception, Event failedEvent, Object listener) {
    return new Interim(failedEvent.app(), exception, failedEvent, listener);
  }

  private record Interim(GatewayBot app, Throwable exception, Event failedEvent, Object failedListener)
      implements ExceptionEvent {
    @Override
    public EventType<? extends Event> eventType() {
      return TYPE;
    }
  }
}

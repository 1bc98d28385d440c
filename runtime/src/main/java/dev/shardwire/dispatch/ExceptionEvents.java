package dev.shardwire.dispatch;

import dev.shardwire.events.Event;
import dev.shardwire.events.ExceptionEvent;
import dev.shardwire.events.ImmutableExceptionEvent;
import dev.shardwire.events.ShardwireEventTable;
import dev.shardwire.spi.EventType;

/** The one place that builds the {@link ExceptionEvent}s the event manager dispatches. */
final class ExceptionEvents {

  /** The descriptor of {@link ExceptionEvent}. */
  static final EventType<ExceptionEvent> TYPE = ShardwireEventTable.EXCEPTION_EVENT;

  private ExceptionEvents() {}

  /** The event reporting that {@code listener} failed with {@code exception} on {@code failedEvent}. */
  static ExceptionEvent create(Throwable exception, Event failedEvent, Object listener) {
    return ImmutableExceptionEvent.builder()
        .app(failedEvent.app())
        .exception(exception)
        .failedEvent(failedEvent)
        .failedListener(listener)
        .build();
  }
}

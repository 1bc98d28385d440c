package dev.shardwire.spi;

/** Stub of the runtime's {@code EventType}: what {@code Event.eventType()} returns. */
public final class EventType<E> {
  private EventType() {}
}

package dev.shardwire.dispatch;

import dev.shardwire.events.Event;

/**
 * A synchronous listener: it has finished with the event when {@link #onEvent} returns.
 *
 * <p>Subscribe one with {@link EventManager#subscribe(EventType, EventListener)}. A listener that
 * throws does not stop the others: the event manager dispatches an {@code ExceptionEvent}.
 *
 * @param <E> the event type listened to
 */
@FunctionalInterface
public interface EventListener<E extends Event> {

  /**
   * Handles {@code event}, on the thread that dispatches it.
   *
   * @throws Exception anything; it is reported through an {@code ExceptionEvent}
   */
  void onEvent(E event) throws Exception;
}

package dev.shardwire.dispatch;

import dev.shardwire.events.Event;
import dev.shardwire.events.InvocableListener;
import dev.shardwire.spi.EventType;
import java.util.concurrent.CompletionStage;

/**
 * An asynchronous listener: it has finished with the event when the stage it returns completes.
 *
 * <p>Subscribe one with {@link EventManager#subscribeAsync(EventType, AsyncEventListener)}. The
 * future that {@link EventManager#dispatch} returns completes only after the stage has. A stage
 * that completes exceptionally (or a listener that throws before returning one) is reported
 * through an {@code ExceptionEvent}; returning {@code null} means "already finished".
 *
 * @param <E> the event type listened to
 */
@FunctionalInterface
public interface AsyncEventListener<E extends Event> extends InvocableListener {

  /**
   * Starts handling {@code event}, on the thread that dispatches it.
   *
   * @return a stage that completes when the listener has finished with the event
   * @throws Exception anything; it is reported through an {@code ExceptionEvent}
   */
  CompletionStage<?> onEvent(E event) throws Exception;

  /** Calls {@link #onEvent}. */
  @Override
  @SuppressWarnings("unchecked")
  default CompletionStage<?> invoke(Event event) throws Exception {
    return onEvent((E) event);
  }
}

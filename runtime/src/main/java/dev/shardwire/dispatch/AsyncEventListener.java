package dev.shardwire.dispatch;

import dev.shardwire.events.Event;
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
public interface AsyncEventListener<E extends Event> {

  /**
   * Starts handling {@code event}, on the thread that dispatches it.
   *
   * @return a stage that completes when the listener has finished with the event
   * @throws Exception anything; it is reported through an {@code ExceptionEvent}
   */
  CompletionStage<?> onEvent(E event) throws Exception;
}

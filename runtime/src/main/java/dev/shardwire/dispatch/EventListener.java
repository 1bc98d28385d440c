package dev.shardwire.dispatch;

import dev.shardwire.events.Event;
import dev.shardwire.events.InvocableListener;
import dev.shardwire.spi.EventType;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * A synchronous listener: it has finished with the event when {@link #onEvent} returns.
 *
 * <p>Subscribe one with {@link EventManager#subscribe(EventType, EventListener)}. A listener that
 * throws does not stop the others: the event manager dispatches an {@code ExceptionEvent}.
 *
 * @param <E> the event type listened to
 */
@FunctionalInterface
public interface EventListener<E extends Event> extends InvocableListener {

  /**
   * Handles {@code event}, on the thread that dispatches it.
   *
   * @throws Exception anything; it is reported through an {@code ExceptionEvent}
   */
  void onEvent(E event) throws Exception;

  /** Calls {@link #onEvent}; the stage is already complete when it returns. */
  @Override
  @SuppressWarnings("unchecked")
  default CompletionStage<?> invoke(Event event) throws Exception {
    onEvent((E) event);
    return CompletableFuture.completedStage(null);
  }
}

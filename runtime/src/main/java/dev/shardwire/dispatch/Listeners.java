package dev.shardwire.dispatch;

import dev.shardwire.events.Event;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Calls a listener object of any kind the event manager accepts; used by {@code ExceptionEvent.retry()}. */
public final class Listeners {

  private Listeners() {}

  /**
   * Calls {@code listener} with {@code event} on the calling thread.
   *
   * @param listener an {@link EventListener}, an {@link AsyncEventListener} or a {@link
   *     BoundHandler}, which must accept {@code event}
   * @return the stage an asynchronous listener returned, or a completed stage
   * @throws IllegalArgumentException if {@code listener} is none of those
   * @throws Exception whatever the listener throws
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static CompletionStage<?> invoke(Object listener, Event event) throws Exception {
    Objects.requireNonNull(listener, "listener must not be null");
    Objects.requireNonNull(event, "event must not be null");
    CompletionStage<?> stage;
    if (listener instanceof EventListener sync) {
      sync.onEvent(event);
      stage = null;
    } else if (listener instanceof AsyncEventListener async) {
      stage = async.onEvent(event);
    } else if (listener instanceof BoundHandler handler) {
      stage = handler.invoke(event);
    } else {
      throw new IllegalArgumentException(
          "not a listener: " + listener.getClass().getName()
              + " (expected an EventListener, an AsyncEventListener or a BoundHandler)");
    }
    return stage == null ? CompletableFuture.completedStage(null) : stage;
  }
}

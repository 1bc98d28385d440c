package dev.shardwire.dispatch;

import dev.shardwire.events.Event;
import dev.shardwire.events.InvocableListener;
import java.util.Objects;
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
  public static CompletionStage<?> invoke(Object listener, Event event) throws Exception {
    Objects.requireNonNull(listener, "listener must not be null");
    Objects.requireNonNull(event, "event must not be null");
    if (!(listener instanceof InvocableListener invocable)) {
      throw new IllegalArgumentException(
          "not a listener: " + listener.getClass().getName()
              + " (expected an EventListener, an AsyncEventListener or a BoundHandler)");
    }
    return invocable.invoke(event);
  }
}

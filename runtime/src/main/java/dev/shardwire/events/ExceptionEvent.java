package dev.shardwire.events;

import dev.shardwire.annotations.Repr;
import java.util.concurrent.CompletionStage;

/**
 * A listener failed: it threw, or the {@code CompletionStage} it returned completed
 * exceptionally. The event manager dispatches this event once per failure, after which the
 * other listeners of the failed event have still run (hikari's {@code ExceptionEvent}).
 *
 * <p>A listener of {@code ExceptionEvent} that fails itself is logged and never produces another
 * {@code ExceptionEvent}.
 */
@dev.shardwire.annotations.ShardEvent
public interface ExceptionEvent extends Event {

  /** What the listener threw, or what its stage completed with (unwrapped from {@code CompletionException}). */
  @Repr
  Throwable exception();

  /** The event the listener was handling. */
  @Repr
  Event failedEvent();

  /**
   * The listener that failed, as it was subscribed: the {@code EventListener} or {@code
   * AsyncEventListener} object, or a {@code dev.shardwire.dispatch.BoundHandler} for a handler of
   * a generated {@code @Subscribe} binding.
   */
  Object failedListener();

  /**
   * Calls the failed listener again with the failed event, on the calling thread.
   *
   * @return the stage an asynchronous listener returned, or a completed stage for a synchronous
   *     one
   * @throws Exception whatever a synchronous listener throws again
   */
  default CompletionStage<?> retry() throws Exception {
    if (!(failedListener() instanceof InvocableListener listener)) {
      throw new IllegalStateException("not a listener: " + failedListener());
    }
    return listener.invoke(failedEvent());
  }
}

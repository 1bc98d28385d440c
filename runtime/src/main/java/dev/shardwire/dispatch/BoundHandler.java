package dev.shardwire.dispatch;

import dev.shardwire.events.Event;
import dev.shardwire.events.InvocableListener;
import dev.shardwire.spi.EventType;
import dev.shardwire.spi.ListenerBinding;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

/**
 * One handler of a {@link ListenerBinding}: what {@link EventManager#listeners} lists and what an
 * {@code ExceptionEvent} names for a handler registered through a binding.
 *
 * <p>Two handles are equal when they name the same index of the same binding object, so a handle
 * from {@code listeners(type)} can be given to {@link EventManager#unsubscribe}.
 */
public final class BoundHandler implements InvocableListener {

  private final ListenerBinding binding;
  private final int index;

  /**
   * Names handler {@code index} of {@code binding}.
   *
   * @throws IndexOutOfBoundsException if the binding has no such handler
   */
  public BoundHandler(ListenerBinding binding, int index) {
    this.binding = Objects.requireNonNull(binding, "binding must not be null");
    this.index = Objects.checkIndex(index, binding.handlerCount());
  }

  /** The binding. */
  public ListenerBinding binding() {
    return binding;
  }

  /** The handler's index in the binding. */
  public int index() {
    return index;
  }

  /** The object whose handler this is. */
  public Object target() {
    return binding.target();
  }

  /** The event type the handler listens to. */
  public EventType<?> eventType() {
    return binding.eventType(index);
  }

  /**
   * Calls the handler with {@code event}.
   *
   * @return the stage an asynchronous handler returned, or {@code null}
   * @throws Exception whatever the handler throws
   */
  @Override
  public CompletionStage<?> invoke(Event event) throws Exception {
    return binding.invoke(index, event);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BoundHandler other && other.binding == binding && other.index == index;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(binding) * 31 + index;
  }

  /** The handler's name, as the binding gives it. */
  @Override
  public String toString() {
    return binding.handlerName(index);
  }
}

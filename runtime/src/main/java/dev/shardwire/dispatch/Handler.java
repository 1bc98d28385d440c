package dev.shardwire.dispatch;

import dev.shardwire.spi.EventType;
import dev.shardwire.spi.ListenerBinding;

/**
 * One registration: a handler of a binding subscribed to one event type. It is its own {@link
 * Subscription} handle.
 */
final class Handler implements Subscription {

  final ListenerRegistry registry;
  final EventType<?> type;
  final ListenerBinding binding;
  final int index;
  /** What {@code listeners()} lists and {@code ExceptionEvent.failedListener()} names. */
  final Object listener;
  /** Waiters and streams: they count as listening but are not listed. */
  final boolean internal;

  volatile boolean active = true;

  Handler(
      ListenerRegistry registry,
      EventType<?> type,
      ListenerBinding binding,
      int index,
      Object listener,
      boolean internal) {
    this.registry = registry;
    this.type = type;
    this.binding = binding;
    this.index = index;
    this.listener = listener;
    this.internal = internal;
  }

  @Override
  public void unsubscribe() {
    if (active) {
      registry.remove(this);
    }
  }

  @Override
  public boolean isActive() {
    return active;
  }

  @Override
  public String toString() {
    return "Subscription{" + type.name() + " -> " + binding.handlerName(index)
        + (active ? "" : ", closed") + "}";
  }
}

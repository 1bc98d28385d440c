package dev.shardwire.dispatch;

import dev.shardwire.spi.EventType;
import dev.shardwire.spi.ListenerBinding;

/**
 * Presents one listener object subscribed to one event type as a one-handler binding, so the
 * manager calls lambdas and generated bindings the same way. Subclasses differ only in how they
 * call the listener.
 */
abstract class SingleListenerBinding extends ListenerBinding {

  private final EventType<?> type;
  private final Object listener;

  SingleListenerBinding(EventType<?> type, Object listener) {
    this.type = type;
    this.listener = listener;
  }

  @Override
  public final Object target() {
    return listener;
  }

  @Override
  public final int handlerCount() {
    return 1;
  }

  @Override
  public final EventType<?> eventType(int index) {
    return type;
  }

  @Override
  public final String handlerName(int index) {
    return listener.toString();
  }
}

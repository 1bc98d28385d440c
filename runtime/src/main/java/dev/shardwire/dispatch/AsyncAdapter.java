package dev.shardwire.dispatch;

import dev.shardwire.events.Event;
import dev.shardwire.spi.EventType;
import java.util.concurrent.CompletionStage;

/** Presents one {@link AsyncEventListener} as a one-handler binding. */
final class AsyncAdapter extends SingleListenerBinding {

  private final AsyncEventListener<Event> listener;

  @SuppressWarnings("unchecked")
  AsyncAdapter(EventType<?> type, AsyncEventListener<?> listener) {
    super(type, listener);
    this.listener = (AsyncEventListener<Event>) listener;
  }

  @Override
  public CompletionStage<?> invoke(int index, Object event) throws Exception {
    return listener.onEvent((Event) event);
  }
}

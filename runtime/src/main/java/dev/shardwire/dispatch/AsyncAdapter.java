package dev.shardwire.dispatch;

import dev.shardwire.events.Event;
import java.util.concurrent.CompletionStage;

/** Presents one {@link AsyncEventListener} as a one-handler binding. */
final class AsyncAdapter extends ListenerBinding {

  private final AsyncEventListener<Event> listener;
  private final EventType<?> type;

  @SuppressWarnings("unchecked")
  AsyncAdapter(EventType<?> type, AsyncEventListener<?> listener) {
    this.type = type;
    this.listener = (AsyncEventListener<Event>) listener;
  }

  @Override
  public Object target() {
    return listener;
  }

  @Override
  public int handlerCount() {
    return 1;
  }

  @Override
  public EventType<?> eventType(int index) {
    return type;
  }

  @Override
  public CompletionStage<?> invoke(int index, Event event) throws Exception {
    return listener.onEvent(event);
  }

  @Override
  public String handlerName(int index) {
    return listener.toString();
  }
}

package dev.shardwire.dispatch;

import dev.shardwire.events.Event;
import java.util.concurrent.CompletionStage;

/** Presents one {@link EventListener} as a one-handler binding. */
final class SyncAdapter extends ListenerBinding {

  private final EventListener<Event> listener;
  private final EventType<?> type;

  @SuppressWarnings("unchecked")
  SyncAdapter(EventType<?> type, EventListener<?> listener) {
    this.type = type;
    this.listener = (EventListener<Event>) listener;
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
    listener.onEvent(event);
    return null;
  }

  @Override
  public String handlerName(int index) {
    return listener.toString();
  }
}

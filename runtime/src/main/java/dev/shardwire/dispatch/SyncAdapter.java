package dev.shardwire.dispatch;

import dev.shardwire.events.Event;
import java.util.concurrent.CompletionStage;

/** Presents one {@link EventListener} as a one-handler binding. */
final class SyncAdapter extends SingleListenerBinding {

  private final EventListener<Event> listener;

  @SuppressWarnings("unchecked")
  SyncAdapter(EventType<?> type, EventListener<?> listener) {
    super(type, listener);
    this.listener = (EventListener<Event>) listener;
  }

  @Override
  public CompletionStage<?> invoke(int index, Event event) throws Exception {
    listener.onEvent(event);
    return null;
  }
}

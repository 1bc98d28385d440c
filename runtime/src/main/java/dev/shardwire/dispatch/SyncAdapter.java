package dev.shardwire.dispatch;

import dev.shardwire.events.Event;
import dev.shardwire.spi.EventType;
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
  public CompletionStage<?> invoke(int index, Object event) throws Exception {
    listener.onEvent((Event) event);
    return null;
  }
}

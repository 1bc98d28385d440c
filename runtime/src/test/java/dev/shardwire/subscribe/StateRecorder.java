package dev.shardwire.subscribe;

import dev.shardwire.annotations.Subscribe;
import dev.shardwire.events.Event;
import dev.shardwire.events.ShardConnectedEvent;
import dev.shardwire.events.ShardResumedEvent;
import dev.shardwire.events.ShardStateEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A listener with handlers for two concrete events and two of their supertypes. */
class StateRecorder {

  final List<String> calls = new CopyOnWriteArrayList<>();

  @Subscribe
  void onConnected(ShardConnectedEvent event) {
    calls.add("connected");
  }

  @Subscribe
  void onResumed(ShardResumedEvent event) {
    calls.add("resumed");
  }

  @Subscribe
  void onAnyState(ShardStateEvent event) {
    calls.add("state");
  }

  @Subscribe
  void onAnything(Event event) {
    calls.add("event:" + event.eventType().name());
  }
}

package dev.shardwire.subscribe;

import dev.shardwire.annotations.Subscribe;
import dev.shardwire.events.ShardConnectedEvent;
import dev.shardwire.events.ShardResumedEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A superclass with an abstract handler and a concrete one. */
abstract class BaseGreeter {

  final List<String> calls = new CopyOnWriteArrayList<>();

  @Subscribe
  abstract void onConnected(ShardConnectedEvent event);

  @Subscribe
  void onResumed(ShardResumedEvent event) {
    calls.add("base resumed");
  }
}

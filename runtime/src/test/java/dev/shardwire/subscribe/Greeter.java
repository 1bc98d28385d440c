package dev.shardwire.subscribe;

import dev.shardwire.annotations.Subscribe;
import dev.shardwire.events.ShardConnectedEvent;
import dev.shardwire.events.ShardStateEvent;

/** Implements the inherited abstract handler and adds one of its own. */
final class Greeter extends BaseGreeter {

  @Override
  void onConnected(ShardConnectedEvent event) {
    calls.add("greeter connected");
  }

  @Subscribe
  void onState(ShardStateEvent event) {
    calls.add("greeter state");
  }
}

package dev.shardwire;

import dev.shardwire.gateway.DispatchSink;
import dev.shardwire.gateway.GatewayDispatch;
import dev.shardwire.gateway.GatewayShard;

/**
 * A shard's sink in the gateway role: each dispatch goes to the {@link DispatchPublisher} (when it
 * publishes that name) and to the bot's own event bridge (which decodes only what someone in this
 * process listens to), publisher first.
 */
final class PublishingSink implements DispatchSink {

  private final DispatchPublisher publisher;
  private final DispatchSink events;
  /** How many dispatches went to the publisher; written on the read thread under the inbound lock. */
  private volatile long published;

  PublishingSink(DispatchPublisher publisher, DispatchSink events) {
    this.publisher = publisher;
    this.events = events;
  }

  @Override
  public boolean wants(String name) {
    // Both are asked: the bridge remembers the route it found for the onDispatch that follows.
    boolean local = events.wants(name);
    return publisher.publishes(name) | local;
  }

  @Override
  public void onDispatch(GatewayShard shard, GatewayDispatch dispatch) {
    if (publisher.publishes(dispatch.name())) {
      published++; // one writer: the shard's reads are serialized by its inbound lock
      publisher.publish(shard, dispatch);
    }
    events.onDispatch(shard, dispatch);
  }

  /** How many dispatches this shard gave the publisher so far. */
  long published() {
    return published;
  }

  @Override
  public void onConnected(GatewayShard shard) {
    events.onConnected(shard);
  }

  @Override
  public void onDisconnected(GatewayShard shard) {
    events.onDisconnected(shard);
  }

  @Override
  public void onMalformedFrame(GatewayShard shard, RuntimeException error) {
    events.onMalformedFrame(shard, error);
  }
}

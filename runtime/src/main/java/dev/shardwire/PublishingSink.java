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
  /**
   * How many dispatches went to the publisher. Written and read only under the shard's inbound
   * lock (dispatches reach the sink under it, and the session is saved under it), which orders
   * the accesses: no volatile write on the dispatch path.
   */
  private long published;
  /** Whether the publisher takes the dispatch that {@link #wants} was just asked about. */
  private boolean publishNext;

  PublishingSink(DispatchPublisher publisher, DispatchSink events) {
    this.publisher = publisher;
    this.events = events;
  }

  @Override
  public boolean wants(String name) {
    // Both are asked, and both keep their answer for the onDispatch of the same frame, which the
    // shard calls next (the bridge keeps the route it found).
    publishNext = publisher.publishes(name);
    return events.wants(name) | publishNext;
  }

  @Override
  public void onDispatch(GatewayShard shard, GatewayDispatch dispatch) {
    if (publishNext) {
      published++;
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

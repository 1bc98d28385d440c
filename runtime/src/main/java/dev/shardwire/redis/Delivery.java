package dev.shardwire.redis;

import dev.shardwire.dispatch.EventManager;
import dev.shardwire.dispatch.SerialLane;
import dev.shardwire.events.Event;
import dev.shardwire.events.ImmutableMalformedPayloadEvent;
import dev.shardwire.events.ShardwireEventTable;
import dev.shardwire.spi.App;
import dev.shardwire.spi.DecodeContext;
import dev.shardwire.spi.DecodeException;
import dev.shardwire.spi.GatewayJson;
import dev.shardwire.wiring.DispatchRoutes;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the entries a worker read into events: the worker's counterpart of the shard's event
 * bridge, with the same routes (gateway name to event type and generated decoder).
 *
 * <p>Each shard's entries go to a {@link SerialLane} of their own, as a shard's dispatches do in
 * the gateway process: the lane decodes an entry and dispatches its event, so a listener sees one
 * shard's events one at a time, in the order the reader handed them over, and shards run in
 * parallel. An entry is finished (acknowledged) when its dispatch future completes, or at once
 * when it cannot be decoded: a payload that failed once fails every time, so retrying it would
 * only stop the stream behind it.
 */
final class Delivery {

  private static final Logger LOG = LoggerFactory.getLogger(Delivery.class);

  private final App app;
  private final EventManager events;
  private final DispatchRoutes routes;
  private final InFlight inFlight;
  private final int shardCount;
  /** Used by the reader thread only. */
  private final Map<Integer, SerialLane> lanes = new HashMap<>();
  private final AtomicLong dispatched = new AtomicLong();
  private final AtomicLong malformed = new AtomicLong();

  Delivery(App app, EventManager events, DispatchRoutes routes, InFlight inFlight, int shardCount) {
    this.app = app;
    this.events = events;
    this.routes = routes;
    this.inFlight = inFlight;
    this.shardCount = shardCount;
  }

  /** On the reader thread: hands {@code entry} to its shard's lane. */
  void submit(StreamEntry entry) {
    lanes.computeIfAbsent(entry.shard(), shard -> events.newLane()).execute(() -> deliver(entry));
  }

  /** How many events were dispatched. */
  long dispatched() {
    return dispatched.get();
  }

  /** How many entries could not be read or decoded. */
  long malformed() {
    return malformed.get();
  }

  /** On the reader thread: an entry that is not a dispatch at all (no shard to report it on). */
  void unreadable(MalformedEntryException error) {
    malformed.incrementAndGet();
    LOG.warn("acknowledged and dropped a malformed entry: {}", error.getMessage());
    inFlight.finish(error.stream(), error.entryId());
  }

  /** On the shard's lane. */
  private void deliver(StreamEntry entry) {
    DispatchRoutes.Route route = routes.get(entry.name());
    if (route == null || !events.isListenedTo(route.type())) {
      // Nothing listens to it any more (a listener left after the read): never decoded, as on a shard.
      inFlight.finish(entry);
      return;
    }
    WorkerShard shard = new WorkerShard(entry.shard(), shardCount, entry.sequence());
    Event event;
    try {
      event = (Event) GatewayJson.decode(entry.payload(), route.decoder(), new DecodeContext(app, shard));
    } catch (DecodeException e) {
      undecodable(entry, shard, e);
      return;
    } catch (RuntimeException e) {
      // Not the payload's fault but the decoder's: still one entry lost, not the worker.
      LOG.error("the decoder of {} failed on entry {} of {}", route.decoder().typeName(), entry.id(), entry.stream(), e);
      undecodable(entry, shard, e);
      return;
    }
    dispatched.incrementAndGet();
    CompletableFuture<Void> done = events.dispatch(event);
    if (done.isDone()) {
      inFlight.finish(entry);
    } else {
      done.whenComplete((ignored, never) -> inFlight.finish(entry));
    }
  }

  /**
   * Logs a payload that did not decode (the entry's id, to find it with XRANGE while the stream
   * keeps it), reports it as a {@code MalformedPayloadEvent} to whoever listens, and acknowledges it.
   */
  private void undecodable(StreamEntry entry, WorkerShard shard, RuntimeException error) {
    malformed.incrementAndGet();
    LOG.warn("shard {}: acknowledged and dropped entry {} of {}, which does not decode: {}",
        shard.id(), entry.id(), entry.stream(), error.getMessage());
    if (events.isListenedTo(ShardwireEventTable.MALFORMED_PAYLOAD_EVENT)) {
      events.dispatch(ImmutableMalformedPayloadEvent.builder().app(app).shard(shard).name(entry.name()).exception(error).build());
    }
    inFlight.finish(entry);
  }
}

package dev.shardwire;

import dev.shardwire.decode.DecodeContext;
import dev.shardwire.decode.DecodeException;
import dev.shardwire.decode.DecodeFailures;
import dev.shardwire.decode.EventDecoder;
import dev.shardwire.dispatch.EventManager;
import dev.shardwire.dispatch.SerialLane;
import dev.shardwire.events.Event;
import dev.shardwire.events.ImmutableMalformedPayloadEvent;
import dev.shardwire.events.ImmutableShardConnectedEvent;
import dev.shardwire.events.ImmutableShardDisconnectedEvent;
import dev.shardwire.events.ImmutableShardPayloadEvent;
import dev.shardwire.events.ShardwireEventTable;
import dev.shardwire.gateway.DispatchSink;
import dev.shardwire.gateway.GatewayShard;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns one shard's dispatches into events: the {@link DispatchSink} of a shard of a {@link
 * GatewayBot}.
 *
 * <p>On the read thread it asks the event manager's constant-time bit test before anything else,
 * decodes only what somebody listens to, and hands each event to the shard's {@link SerialLane},
 * so listeners run in sequence order and never on the read thread.
 */
final class ShardEventBridge implements DispatchSink {

  private static final Logger LOG = LoggerFactory.getLogger(ShardEventBridge.class);
  /** Reads one value of a frame into a tree; the frame goes on after it, so trailing tokens are expected. */
  private static final ObjectMapper TREES =
      JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

  private final GatewayBot app;
  private final EventManager events;
  private final DispatchRoutes routes;
  private final SerialLane lane;
  private DecodeContext context;
  // The route wants() found, for the onDispatch() of the same frame that follows it. Calls come one
  // at a time per shard, under its lock (DispatchSink), so these need no synchronization of their own.
  private String lastName;
  private DispatchRoutes.Route lastRoute;

  ShardEventBridge(GatewayBot app, EventManager events, DispatchRoutes routes) {
    this.app = app;
    this.events = events;
    this.routes = routes;
    this.lane = events.newLane();
  }

  @Override
  public boolean wants(String name) {
    DispatchRoutes.Route route = route(name);
    return (route != null && events.isListenedTo(route.type()))
        || events.isListenedTo(ShardwireEventTable.SHARD_PAYLOAD_EVENT);
  }

  @Override
  public void onDispatch(GatewayShard shard, String name, long sequence, JsonParser payload) {
    DispatchRoutes.Route route = route(name);
    boolean typed = route != null && events.isListenedTo(route.type());
    if (!events.isListenedTo(ShardwireEventTable.SHARD_PAYLOAD_EVENT)) {
      if (typed) {
        Event event = decode(name, route.decoder(), payload, shard);
        if (event != null) {
          publish(event);
        }
      } else {
        payload.skipChildren();
      }
      return;
    }
    // Someone wants the raw tree: read it once, then decode the typed event from the tree.
    JsonNode tree = TREES.readTree(payload);
    Event typedEvent = null;
    if (typed) {
      try (JsonParser again = TREES.treeAsTokens(tree)) {
        again.nextToken();
        typedEvent = decode(name, route.decoder(), again, shard);
      }
    }
    Event raw =
        ImmutableShardPayloadEvent.builder().app(app).shard(shard).name(name).payload(tree).build();
    Event first = typedEvent;
    lane.execute(() -> {
      if (first != null) {
        events.dispatch(first);
      }
      events.dispatch(raw);
    });
  }

  /**
   * The route of {@code name}: looked up once per frame, since the shard passes {@link #onDispatch}
   * the very string it passed {@link #wants}.
   */
  private DispatchRoutes.Route route(String name) {
    if (name != lastName) {
      lastRoute = routes.get(name);
      lastName = name;
    }
    return lastRoute;
  }

  @Override
  public void onConnected(GatewayShard shard) {
    if (events.isListenedTo(ShardwireEventTable.SHARD_CONNECTED_EVENT)) {
      publish(ImmutableShardConnectedEvent.builder().app(app).shard(shard).build());
    }
  }

  @Override
  public void onDisconnected(GatewayShard shard) {
    if (events.isListenedTo(ShardwireEventTable.SHARD_DISCONNECTED_EVENT)) {
      publish(ImmutableShardDisconnectedEvent.builder().app(app).shard(shard).build());
    }
  }

  @Override
  public void onMalformedFrame(GatewayShard shard, RuntimeException error) {
    reportMalformed(shard, "", error);
  }

  /**
   * Decodes one payload; a payload that does not decode is logged and reported as a {@link
   * dev.shardwire.events.MalformedPayloadEvent}, and null is returned, so the shard goes on.
   */
  private Event decode(String name, EventDecoder<?> decoder, JsonParser payload, GatewayShard shard) {
    DecodeContext decodeContext = context;
    if (decodeContext == null || decodeContext.shard() != shard) {
      decodeContext = new DecodeContext(app, shard);
      context = decodeContext;
    }
    try {
      return (Event) decoder.decode(payload, decodeContext);
    } catch (JacksonException e) {
      reportMalformed(shard, name, DecodeFailures.wrap(e, payload, decoder.typeName(), null));
    } catch (DecodeException e) {
      reportMalformed(shard, name, e);
    }
    return null;
  }

  private void reportMalformed(GatewayShard shard, String name, RuntimeException error) {
    LOG.warn("shard {}: dropped malformed dispatch {}: {}", shard.id(), name.isEmpty() ? "frame" : name, error.getMessage());
    if (events.isListenedTo(ShardwireEventTable.MALFORMED_PAYLOAD_EVENT)) {
      publish(ImmutableMalformedPayloadEvent.builder().app(app).shard(shard).name(name).exception(error).build());
    }
  }

  private void publish(Event event) {
    lane.execute(() -> events.dispatch(event));
  }
}

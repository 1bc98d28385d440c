package dev.shardwire.wiring;

import dev.shardwire.dispatch.EventManager;
import dev.shardwire.dispatch.SerialLane;
import dev.shardwire.events.Event;
import dev.shardwire.events.ImmutableMalformedPayloadEvent;
import dev.shardwire.events.ImmutableShardConnectedEvent;
import dev.shardwire.events.ImmutableShardDisconnectedEvent;
import dev.shardwire.events.ImmutableShardPayloadEvent;
import dev.shardwire.events.ShardwireEventTable;
import dev.shardwire.gateway.DispatchSink;
import dev.shardwire.gateway.GatewayDispatch;
import dev.shardwire.gateway.GatewayShard;
import dev.shardwire.spi.App;
import dev.shardwire.spi.DecodeContext;
import dev.shardwire.spi.DecodeException;
import dev.shardwire.spi.DecodeFailures;
import dev.shardwire.spi.EventDecoder;
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
 * <p>On the read thread it only asks the event manager's constant-time bit test and hands each
 * wanted dispatch to the shard's {@link SerialLane}. The lane decodes it (only into what somebody
 * listens to) and dispatches the events, so listeners run in sequence order, never on the read
 * thread, and the read thread stays free to read the next frame while the lane decodes this one.
 */
public final class ShardEventBridge implements DispatchSink {

  private static final Logger LOG = LoggerFactory.getLogger(ShardEventBridge.class);
  private static final String MEMBER_CHUNK = "GUILD_MEMBERS_CHUNK";
  /** Reads one value of a frame into a tree; the frame goes on after it, so trailing tokens are expected. */
  private static final ObjectMapper TREES =
      JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

  private final App app;
  private final EventManager events;
  private final DispatchRoutes routes;
  private final SerialLane lane;
  private final PendingMemberRequests memberRequests;
  // The route wants() found, for the onDispatch() of the same frame that follows it. Calls come one
  // at a time per shard, under its lock (DispatchSink), so these need no synchronization of their own.
  private String lastName;
  private int lastVersion;
  private DispatchRoutes.Route lastRoute;
  // Used on the lane only.
  private DecodeContext context;

  /** The sink of one shard of {@code app}; {@code memberRequests} are the bot's waiting member requests. */
  public ShardEventBridge(App app, EventManager events, DispatchRoutes routes, PendingMemberRequests memberRequests) {
    this.app = app;
    this.events = events;
    this.routes = routes;
    this.memberRequests = memberRequests;
    this.lane = events.newLane();
  }

  @Override
  public boolean wants(String name) {
    return typedDecoder(name) != null || events.isListenedTo(ShardwireEventTable.SHARD_PAYLOAD_EVENT);
  }

  @Override
  public void onDispatch(GatewayShard shard, GatewayDispatch dispatch) {
    EventDecoder<?> decoder = typedDecoder(dispatch.name());
    if (events.isListenedTo(ShardwireEventTable.SHARD_PAYLOAD_EVENT)) {
      lane.execute(() -> deliverWithTree(shard, dispatch, decoder));
    } else if (decoder != null) {
      lane.execute(() -> deliver(shard, dispatch, decoder));
    }
  }

  /**
   * The decoder of {@code name}'s event if anyone listens to that event, else null. The route is
   * looked up once per frame: the shard passes {@link #onDispatch} the very string it passed
   * {@link #wants}.
   */
  private EventDecoder<?> typedDecoder(String name) {
    if (name != lastName || lastVersion != routes.version()) {
      lastRoute = routes.get(name);
      lastName = name;
      lastVersion = routes.version();
    }
    DispatchRoutes.Route route = lastRoute;
    return route != null && events.isListenedTo(route.type()) ? route.decoder() : null;
  }

  /** On the lane: the typed event alone. */
  private void deliver(GatewayShard shard, GatewayDispatch dispatch, EventDecoder<?> decoder) {
    Event event;
    try (JsonParser payload = dispatch.openPayload()) {
      event = decode(dispatch, decoder, payload, shard);
    }
    if (event != null) {
      events.dispatch(event);
    }
  }

  /**
   * On the lane, when someone wants the raw tree: reads it once, decodes the typed event (if
   * wanted) from the tree, and dispatches the typed event first.
   */
  private void deliverWithTree(GatewayShard shard, GatewayDispatch dispatch, EventDecoder<?> decoder) {
    JsonNode tree;
    try (JsonParser payload = dispatch.openPayload()) {
      tree = TREES.readTree(payload);
    } catch (JacksonException e) {
      dispatchMalformed(shard, dispatch.name(), DecodeFailures.wrap(e, null, "ShardPayloadEvent", null));
      return;
    }
    if (decoder != null) {
      Event typed;
      try (JsonParser again = TREES.treeAsTokens(tree)) {
        again.nextToken();
        typed = decode(dispatch, decoder, again, shard);
      }
      if (typed != null) {
        events.dispatch(typed);
      }
    }
    events.dispatch(
        ImmutableShardPayloadEvent.builder().app(app).shard(shard).name(dispatch.name()).payload(tree).build());
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

  /**
   * A frame the shard could not read, which it has logged already (one WARN per fault): only the
   * event is made here, where a payload that fails to decode is logged too ({@link #malformed}).
   */
  @Override
  public void onMalformedFrame(GatewayShard shard, RuntimeException error) {
    LOG.debug("shard {}: malformed frame reported: {}", shard.id(), error.getMessage());
    Event event = malformedEvent(shard, "", error);
    if (event != null) {
      publish(event);
    }
  }

  /**
   * Decodes one payload, on the lane; a payload that does not decode is logged and reported as a
   * {@link dev.shardwire.events.MalformedPayloadEvent}, and null is returned, so the shard goes on.
   */
  private Event decode(GatewayDispatch dispatch, EventDecoder<?> decoder, JsonParser payload, GatewayShard shard) {
    DecodeContext decodeContext = context;
    if (decodeContext == null || decodeContext.shard() != shard) {
      decodeContext = new DecodeContext(app, shard);
      context = decodeContext;
    }
    try {
      return (Event) decoder.decode(payload, decodeContext);
    } catch (JacksonException e) {
      undecodable(shard, dispatch, DecodeFailures.wrap(e, payload, decoder.typeName(), null));
    } catch (DecodeException e) {
      undecodable(shard, dispatch, e);
    } catch (RuntimeException e) {
      // Not the payload's fault but the decoder's: still one dispatch lost, not the lane.
      LOG.error("shard {}: the decoder of {} failed", shard.id(), decoder.typeName(), e);
      undecodable(shard, dispatch, e);
    }
    return null;
  }

  /**
   * On the lane: reports a dispatch that did not decode and, when it is a member chunk that a
   * request waits for, fails that request at once with the same error.
   */
  private void undecodable(GatewayShard shard, GatewayDispatch dispatch, RuntimeException error) {
    dispatchMalformed(shard, dispatch.name(), error);
    if (MEMBER_CHUNK.equals(dispatch.name()) && !memberRequests.isEmpty()) {
      String nonce = ChunkNonce.read(dispatch);
      if (nonce != null) {
        memberRequests.chunkFailed(nonce, error);
      }
    }
  }

  /** On the lane: logs a dropped dispatch and reports it to whoever listens, right away. */
  private void dispatchMalformed(GatewayShard shard, String name, RuntimeException error) {
    Event event = malformed(shard, name, error);
    if (event != null) {
      events.dispatch(event);
    }
  }

  /**
   * Logs a dropped dispatch or frame; returns the {@link dev.shardwire.events.MalformedPayloadEvent}
   * that reports it, or null when nobody listens.
   */
  private Event malformed(GatewayShard shard, String name, RuntimeException error) {
    LOG.warn("shard {}: dropped malformed dispatch {}: {}", shard.id(), name, error.getMessage());
    return malformedEvent(shard, name, error);
  }

  /** The event reporting {@code error}, or null when nothing listens to it. */
  private Event malformedEvent(GatewayShard shard, String name, RuntimeException error) {
    return events.isListenedTo(ShardwireEventTable.MALFORMED_PAYLOAD_EVENT)
        ? ImmutableMalformedPayloadEvent.builder().app(app).shard(shard).name(name).exception(error).build()
        : null;
  }

  private void publish(Event event) {
    lane.execute(() -> events.dispatch(event));
  }
}

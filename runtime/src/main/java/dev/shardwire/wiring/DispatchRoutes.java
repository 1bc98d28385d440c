package dev.shardwire.wiring;

import dev.shardwire.dispatch.EventManager;
import dev.shardwire.spi.EventDecoder;
import dev.shardwire.spi.EventTable;
import dev.shardwire.spi.EventType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which event type and decoder each gateway dispatch name leads to, gathered from the event
 * manager's tables so that the read thread does one hash lookup per frame.
 *
 * <p>The manager's tables grow when a subscription registers the table of its type (a bot need not
 * name its tables), so a lookup that misses checks whether tables were added since the map was
 * built and rebuilds it then. The manager has already refused a table whose names clash.
 */
public final class DispatchRoutes {

  /** One gateway name's event type and decoder. */
  public record Route(EventType<?> type, EventDecoder<?> decoder) {}

  /** The routes of the first {@code tableCount} tables of the manager. */
  private record Snapshot(Map<String, Route> routes, int tableCount) {}

  private final EventManager events;
  private volatile Snapshot snapshot;

  /** Routes of {@code events}'s tables, rebuilt as they grow. */
  public DispatchRoutes(EventManager events) {
    this.events = events;
    this.snapshot = build(events);
  }

  /** The route of {@code gatewayName}, or null when no registered table knows it. */
  public Route get(String gatewayName) {
    Snapshot current = snapshot;
    Route route = current.routes().get(gatewayName);
    if (route == null && current.tableCount() != events.tableCount()) {
      current = rebuild();
      route = current.routes().get(gatewayName);
    }
    return route;
  }

  /**
   * The gateway names, sorted, whose event type would reach something now (a listener, waiter or
   * stream of the type or of a supertype): the dispatches worth reading at all. A process that
   * receives dispatches from elsewhere (a Redis worker) reads these and no others.
   */
  public List<String> listenedNames() {
    Snapshot current = snapshot;
    if (current.tableCount() != events.tableCount()) {
      current = rebuild();
    }
    List<String> names = new ArrayList<>();
    current.routes().forEach((name, route) -> {
      if (events.isListenedTo(route.type())) {
        names.add(name);
      }
    });
    names.sort(null);
    return names;
  }

  /** How many tables the routes cover; a cached route is stale once this changes. */
  public int version() {
    return snapshot.tableCount();
  }

  private synchronized Snapshot rebuild() {
    Snapshot current = snapshot;
    if (current.tableCount() != events.tableCount()) {
      current = build(events);
      snapshot = current;
    }
    return current;
  }

  private static Snapshot build(EventManager events) {
    int count = events.tableCount();
    Map<String, Route> routes = new HashMap<>();
    for (EventTable table : events.tables()) {
      for (EventType<?> type : table.types()) {
        type.gatewayName()
            .ifPresent(name -> table.decoderFor(name).ifPresent(decoder -> routes.putIfAbsent(name, new Route(type, decoder))));
      }
    }
    // Read before the tables: a table added meanwhile makes the next miss rebuild again.
    return new Snapshot(Map.copyOf(routes), count);
  }
}

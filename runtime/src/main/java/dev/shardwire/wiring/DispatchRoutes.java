package dev.shardwire.wiring;

import dev.shardwire.spi.EventDecoder;
import dev.shardwire.spi.EventTable;
import dev.shardwire.spi.EventType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which event type and decoder each gateway dispatch name leads to, gathered once from the event
 * tables at start-up so that the read thread does one hash lookup per frame.
 */
public final class DispatchRoutes {

  /** One gateway name's event type and decoder. */
  public record Route(EventType<?> type, EventDecoder<?> decoder) {}

  private final Map<String, Route> routes = new HashMap<>();

  public DispatchRoutes(List<EventTable> tables) {
    for (EventTable table : tables) {
      for (EventType<?> type : table.types()) {
        type.gatewayName()
            .ifPresent(
                name ->
                    table.decoderFor(name)
                        .ifPresent(decoder -> {
                          Route previous = routes.putIfAbsent(name, new Route(type, decoder));
                          if (previous != null && previous.type() != type) {
                            throw new IllegalArgumentException(
                                "dispatch " + name + " is claimed by both " + previous.type().type().getName()
                                    + " and " + type.type().getName() + "; register only one of their tables");
                          }
                        }));
      }
    }
  }

  /** The route of {@code gatewayName}, or null when no table knows it. */
  public Route get(String gatewayName) {
    return routes.get(gatewayName);
  }
}

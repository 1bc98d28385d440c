package dev.shardwire.processor.model;

import java.util.List;
import java.util.Optional;

/**
 * One {@code @ShardEvent} interface: its row in the dispatch table and, when concrete, its shape.
 *
 * @param name the interface
 * @param gatewayName the dispatch name it decodes from, or empty
 * @param base whether it is a base event (listened to, never built)
 * @param intents the names of the {@code Intents} constants it requires
 * @param supertypes every event supertype, most specific first (hikari's MRO without the type
 *     itself)
 * @param shape the implementation to generate; empty for base events
 */
public record EventModel(
    QualifiedName name,
    String gatewayName,
    boolean base,
    List<String> intents,
    List<QualifiedName> supertypes,
    Optional<ShapeModel> shape) {

  /** Copies the lists. */
  public EventModel {
    intents = List.copyOf(intents);
    supertypes = List.copyOf(supertypes);
  }

  /** Whether a gateway dispatch decodes into it. */
  public boolean isDecoded() {
    return !gatewayName.isEmpty();
  }
}

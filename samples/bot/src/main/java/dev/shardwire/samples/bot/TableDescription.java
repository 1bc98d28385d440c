package dev.shardwire.samples.bot;

import dev.shardwire.dispatch.EventManager;
import dev.shardwire.models.Intents;
import dev.shardwire.spi.EventDecoder;
import dev.shardwire.spi.EventTable;
import dev.shardwire.spi.EventType;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Prints dispatch tables as {@code --describe} shows them: every event type with its id,
 * bitmask, {@code dispatches()}, gateway name, decoder, and the handlers an event manager has
 * bound to it.
 */
final class TableDescription {

  private TableDescription() {}

  /** Prints every type of {@code tables}, by id, with the handlers {@code events} holds for it. */
  static void print(List<EventTable> tables, EventManager events, PrintStream out) {
    List<Row> rows = new ArrayList<>();
    for (EventTable table : tables) {
      for (EventType<?> type : table.types()) {
        rows.add(new Row(table, type));
      }
    }
    rows.sort(Comparator.comparingInt(row -> row.type.id()));
    out.println("Dispatch table: " + rows.size() + " event types from " + tables.size() + " generated tables ("
        + tables.stream().map(TableDescription::packageOf).collect(Collectors.joining(", ")) + ")");
    for (Row row : rows) {
      EventType<?> type = row.type;
      out.println();
      out.println("#" + type.id() + "  " + type.name() + "  (" + type.type().getName()
          + (type.isBase() ? ", base: listened to, never built" : "") + ")");
      field(out, "bitmask", type.bitmask() + ", dispatch mask " + type.dispatchMask());
      field(out, "dispatches()", type.dispatches().stream().map(EventType::name).collect(Collectors.joining(", ")));
      field(out, "gateway", type.gatewayName().orElse("-"));
      field(out, "decoder", decoder(row.table, type));
      if (!Intents.requiredBy(type).isEmpty()) {
        field(out, "intents", String.join(", ", Intents.requiredBy(type).names()));
      }
      List<Object> handlers = events.listeners(type);
      field(out, "handlers", handlers.isEmpty() ? "-"
          : handlers.stream().map(String::valueOf).collect(Collectors.joining(", ")));
    }
  }

  private static String decoder(EventTable table, EventType<?> type) {
    Optional<EventDecoder<?>> decoder = type.gatewayName().flatMap(table::decoderFor);
    return decoder.map(d -> d.getClass().getSimpleName()).orElse("-");
  }

  private static String packageOf(EventTable table) {
    return table.getClass().getPackageName();
  }

  private static void field(PrintStream out, String name, String value) {
    out.println(String.format("    %-13s %s", name, value));
  }

  private record Row(EventTable table, EventType<?> type) {}
}

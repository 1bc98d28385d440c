package dev.shardwire.spi;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The descriptor of one event type: its id, its bitmask and its {@code dispatches()}.
 *
 * <p>Descriptors are created by generated event tables only, one per {@code @ShardEvent}
 * interface. Ids are dense and unique in the JVM: every descriptor takes the next id when its
 * table is initialised, so tables compiled separately (the runtime's, a bot's) never clash, and
 * the event manager can index its listener arrays by id.
 *
 * @param <E> the event interface
 */
public final class EventType<E> {

  private static final AtomicInteger NEXT_ID = new AtomicInteger();

  private final int id;
  private final EventTable table;
  private final Class<E> type;
  private final String gatewayName;
  private final boolean base;
  private final long requiredIntents;
  private final List<EventType<?>> dispatches;
  private final EventMask bitmask;
  private final EventMask dispatchMask;

  private EventType(
      EventTable table,
      Class<E> type,
      String gatewayName,
      boolean base,
      long requiredIntents,
      List<EventType<?>> supertypes) {
    this.id = NEXT_ID.getAndIncrement();
    this.table = table;
    this.type = Objects.requireNonNull(type, "type");
    this.gatewayName = Objects.requireNonNull(gatewayName, "gatewayName");
    this.base = base;
    this.requiredIntents = requiredIntents;
    this.bitmask = EventMask.of(id);
    List<EventType<?>> all = new ArrayList<>(supertypes.size() + 1);
    all.add(this);
    EventMask mask = bitmask;
    for (EventType<?> supertype : supertypes) {
      all.add(Objects.requireNonNull(supertype, "supertype"));
      mask = mask.or(supertype.bitmask);
    }
    this.dispatches = List.copyOf(all);
    this.dispatchMask = mask;
  }

  /**
   * Creates the descriptor of a concrete event type of {@code table}. Called by generated tables,
   * which pass themselves: subscribing to the type then registers the table, so its dispatches are
   * routed without the bot naming it.
   *
   * @param table the generated table that declares the type
   * @param type the event interface
   * @param gatewayName the dispatch name ({@code "READY"}), or {@code ""} for none
   * @param requiredIntents the bits of the intents without which the gateway never sends the event
   *     ({@code Intents.value()}; spi names no model type)
   * @param supertypes every event supertype, most specific first, as the processor linearised
   *     them; each must already exist
   */
  public static <E> EventType<E> concrete(
      EventTable table, Class<E> type, String gatewayName, long requiredIntents, EventType<?>... supertypes) {
    return new EventType<>(Objects.requireNonNull(table, "table"), type, gatewayName, false, requiredIntents, List.of(supertypes));
  }

  /**
   * Creates the descriptor of a base event type of {@code table}, one that is listened to but
   * never built. Called by generated tables.
   */
  public static <E> EventType<E> base(
      EventTable table, Class<E> type, long requiredIntents, EventType<?>... supertypes) {
    return new EventType<>(Objects.requireNonNull(table, "table"), type, "", true, requiredIntents, List.of(supertypes));
  }

  /**
   * Creates the descriptor of a concrete event type that belongs to no table: for events a
   * program describes by hand (tests). No gateway dispatch can be routed to it.
   */
  public static <E> EventType<E> concrete(
      Class<E> type, String gatewayName, long requiredIntents, EventType<?>... supertypes) {
    return new EventType<>(null, type, gatewayName, false, requiredIntents, List.of(supertypes));
  }

  /** Creates the descriptor of a base event type that belongs to no table (tests). */
  public static <E> EventType<E> base(
      Class<E> type, long requiredIntents, EventType<?>... supertypes) {
    return new EventType<>(null, type, "", true, requiredIntents, List.of(supertypes));
  }

  /** How many descriptors exist in this JVM: every id is below this. */
  public static int count() {
    return NEXT_ID.get();
  }

  /** The dense id of this type, unique in the JVM. */
  public int id() {
    return id;
  }

  /**
   * The generated table that declares this type, if any (descriptors made by hand have none).
   * The event manager registers it when somebody subscribes to the type.
   */
  public Optional<EventTable> table() {
    return Optional.ofNullable(table);
  }

  /** The event interface. */
  public Class<E> type() {
    return type;
  }

  /** The simple name of the event interface. */
  public String name() {
    return type.getSimpleName();
  }

  /** The gateway dispatch name that produces this event, if any. */
  public Optional<String> gatewayName() {
    return gatewayName.isEmpty() ? Optional.empty() : Optional.of(gatewayName);
  }

  /** Whether this is a base event: listened to, never built. */
  public boolean isBase() {
    return base;
  }

  /**
   * The bits of the intents that enable this event: without any of them the gateway never sends
   * it (hikari's {@code requires_intents}); one suffices where several are given (GUILD_MESSAGES
   * for guild messages, DIRECT_MESSAGES for direct ones). {@code Intents.requiredBy(type)} gives
   * them as {@code Intents}.
   */
  public long requiredIntentBits() {
    return requiredIntents;
  }

  /** The mask with only this type's bit set (hikari's {@code bitmask()}). */
  public EventMask bitmask() {
    return bitmask;
  }

  /**
   * This type and every event supertype, most specific first (hikari's {@code dispatches()}):
   * the listeners of all of them receive an event of this type.
   */
  public List<EventType<?>> dispatches() {
    return dispatches;
  }

  /** The union of the bitmasks of {@link #dispatches()}. */
  public EventMask dispatchMask() {
    return dispatchMask;
  }

  /** Whether an event of this type is delivered to listeners of {@code other}. */
  public boolean dispatchesTo(EventType<?> other) {
    return dispatchMask.contains(other.id);
  }

  /**
   * Returns {@code event} as this type.
   *
   * @throws ClassCastException if it is not one
   */
  public E cast(Object event) {
    return type.cast(event);
  }

  @Override
  public String toString() {
    return "EventType{" + name() + ", id=" + id + "}";
  }
}

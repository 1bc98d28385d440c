package dev.shardwire.dispatch;

import dev.shardwire.events.Event;
import dev.shardwire.events.ExceptionEvent;
import dev.shardwire.models.Intents;
import dev.shardwire.spi.EventTable;
import dev.shardwire.spi.EventType;
import dev.shardwire.spi.ListenerBinding;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Subscribes listeners to event types and dispatches events to them: the Java counterpart of
 * hikari's event manager.
 *
 * <h2>Delivery</h2>
 *
 * <p>{@link #dispatch(Event)} runs, <b>on the calling thread</b>, the listeners of the event's
 * type, then those of each supertype in {@link EventType#dispatches()} order (most specific
 * first), each type's in subscription order. Each dispatch reads one immutable snapshot of the
 * listeners: subscribing or unsubscribing from other threads while it runs is safe and does not
 * change whom it reaches. It returns a future that completes when every listener has finished,
 * synchronous ones when they return and asynchronous ones when their stage completes; when every
 * listener was synchronous and none failed, that future is one shared, already-completed
 * instance, and the dispatch allocates nothing.
 *
 * <h2>Failures</h2>
 *
 * <p>A listener that throws, or whose stage completes exceptionally, never stops the others. Each
 * failure is dispatched as an {@link ExceptionEvent} (for a synchronous failure, once every
 * listener of the failed event has run, so the report never overtakes the event) (the exception, the failed event, the failed
 * listener and a {@code retry()}), and logged at ERROR when nothing listens to {@code
 * ExceptionEvent}, at DEBUG when something does. A failing {@code ExceptionEvent} listener is
 * logged at ERROR and never dispatched again. The dispatch future still completes normally, after
 * the {@code ExceptionEvent} dispatches have.
 *
 * <h2>Concurrency model</h2>
 *
 * <ul>
 *   <li>The thread that reads a shard's socket never runs user code and is never blocked by it:
 *       it hands each wanted dispatch to that shard's {@link SerialLane} ({@link #newLane()}),
 *       which decodes it and dispatches the event, and goes back to reading. A listener that
 *       sleeps for a minute does not delay a heartbeat.
 *   <li>Each lane runs one dispatch at a time, in the order of the events' sequence numbers, so
 *       every listener receives the events of one shard in order. Shards' lanes run in parallel;
 *       a listener that receives events from several shards must be thread-safe.
 *   <li>Lanes run on the {@link Executor} given to the {@link Builder} or, by default, on {@link
 *       DispatchExecutors#newDefaultExecutor()}, a bounded pool of daemon threads. A synchronous
 *       listener that blocks delays the later events of its shard only; an asynchronous listener
 *       returns a stage and frees the lane at once.
 * </ul>
 *
 * <h2>Skipping work</h2>
 *
 * <p>{@link #isListenedTo(EventType)} tells, in constant time and without locking, whether an
 * event of a type would reach any listener, waiter or stream; the gateway asks it before decoding
 * a frame.
 *
 * <h2>Intents</h2>
 *
 * <p>The manager knows the bot's intents: subscribing to an event type none of whose {@link
 * Intents#requiredBy(EventType)} they include logs a warning naming the missing intents. A manager
 * built with {@link Builder#deriveIntents()} has no fixed intents: {@link #requiredIntents()}, the
 * union of what the subscribed types need, stands for them, and nothing is warned about.
 */
public final class EventManager {

  private static final Logger LOG = LoggerFactory.getLogger(EventManager.class);

  private final ListenerRegistry registry = new ListenerRegistry();
  /** The bot's intents, or null when they are derived from the subscriptions. */
  private final Intents intents;
  private final List<EventTable> tables;
  private final Executor executor;

  private EventManager(Builder builder) {
    this.intents = builder.intents;
    this.tables = new CopyOnWriteArrayList<>(builder.tables);
    this.executor =
        builder.executor != null ? builder.executor : DispatchExecutors.newDefaultExecutor();
  }

  /** A builder for an event manager. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The intents subscriptions are checked against: the ones given to the builder or, for a
   * manager built with {@link Builder#deriveIntents()}, {@link #requiredIntents()} as of now.
   */
  public Intents intents() {
    return intents != null ? intents : requiredIntents();
  }

  /**
   * The union of {@link Intents#requiredBy(EventType)} over every type of the registered tables
   * that {@link #isListenedTo(EventType) is listened to} now: the intents without which something
   * subscribed would never hear from the gateway. A listener of a supertype ({@code Event}, {@code
   * MessageReactionEvent}) listens to its subtypes, so it asks for their intents too.
   */
  public Intents requiredIntents() {
    long bits = 0;
    for (EventTable table : tables) {
      for (EventType<?> type : table.types()) {
        if (isListenedTo(type)) {
          bits |= type.requiredIntentBits();
        }
      }
    }
    return Intents.of(bits);
  }

  /** The executor that lanes run on. */
  public Executor executor() {
    return executor;
  }

  /** A new serial lane over {@link #executor()}: one per shard, see the class documentation. */
  public SerialLane newLane() {
    return new SerialLane(executor);
  }

  /**
   * Adds a table: its event types can then be named by class ({@link #subscribe(Class,
   * EventListener)}) and a bot routes its gateway dispatches. Subscribing to a type of a table
   * registers that table on its own; adding a table twice does nothing.
   *
   * @throws IllegalArgumentException if one of its types claims a gateway dispatch name that a
   *     type of an already registered table claims
   */
  public void registerTable(EventTable table) {
    Objects.requireNonNull(table, "table must not be null");
    synchronized (tables) {
      if (tables.contains(table)) {
        return;
      }
      checkNoClaimedName(tables, table);
      tables.add(table);
    }
  }

  /**
   * The registered tables, in registration order: the runtime's first. A bot routes the gateway
   * dispatches of these tables' types; the list grows when a subscription registers a table.
   */
  public List<EventTable> tables() {
    return List.copyOf(tables);
  }

  /**
   * How many tables are registered; it only grows, so a cache of {@link #tables()} is current
   * while this is unchanged.
   */
  public int tableCount() {
    return tables.size();
  }

  /**
   * The descriptor of event interface {@code type}, from the registered tables.
   *
   * @throws IllegalArgumentException if no registered table declares it: a class alone cannot
   *     lead to its table without reflection, so the message says how to register it
   */
  public <E extends Event> EventType<E> typeOf(Class<E> type) {
    Objects.requireNonNull(type, "event class must not be null");
    for (EventTable table : tables) {
      Optional<EventType<E>> found = table.typeOf(type);
      if (found.isPresent()) {
        return found.get();
      }
    }
    String pkg = type.getPackageName();
    String table = (pkg.isEmpty() ? "" : pkg + ".") + "ShardwireEventTable";
    throw new IllegalArgumentException(
        "no registered event table declares " + type.getName() + ", so it cannot be subscribed to"
            + " by class. If it is a @ShardEvent interface, register its table when building the bot,"
            + " GatewayBot.builder().eventTable(" + table + ".INSTANCE), or subscribe with its"
            + " descriptor constant in " + table + " instead of the class (that registers the table)");
  }

  // ---------------------------------------------------------------- subscribing

  /**
   * Subscribes a synchronous listener to {@code type} and, through {@code dispatches()}, to every
   * subtype.
   *
   * @return the handle that unsubscribes this registration
   */
  public <E extends Event> Subscription subscribe(
      EventType<E> type, EventListener<? super E> listener) {
    checkType(type);
    Objects.requireNonNull(listener, "listener must not be null");
    return add(type, new SyncAdapter(type, listener), listener, false);
  }

  /**
   * Subscribes a synchronous listener to the event interface {@code type}.
   *
   * @throws IllegalArgumentException if no registered table declares {@code type}
   */
  public <E extends Event> Subscription subscribe(
      Class<E> type, EventListener<? super E> listener) {
    Objects.requireNonNull(listener, "listener must not be null");
    return subscribe(typeOf(type), listener);
  }

  /**
   * Subscribes an asynchronous listener to {@code type}; dispatch futures wait for its stages.
   *
   * <p>When a stage completes exceptionally, its {@code ExceptionEvent} is dispatched on the
   * thread that completed the stage, not on the shard's lane: {@code ExceptionEvent} listeners
   * may then run at the same time as that shard's other listeners.
   *
   * @return the handle that unsubscribes this registration
   */
  public <E extends Event> Subscription subscribeAsync(
      EventType<E> type, AsyncEventListener<? super E> listener) {
    checkType(type);
    Objects.requireNonNull(listener, "listener must not be null");
    return add(type, new AsyncAdapter(type, listener), listener, false);
  }

  /**
   * Subscribes an asynchronous listener to the event interface {@code type}.
   *
   * @throws IllegalArgumentException if no registered table declares {@code type}
   */
  public <E extends Event> Subscription subscribeAsync(
      Class<E> type, AsyncEventListener<? super E> listener) {
    Objects.requireNonNull(listener, "listener must not be null");
    return subscribeAsync(typeOf(type), listener);
  }

  /**
   * Subscribes every handler of {@code binding} (handler {@code i} to {@code
   * binding.eventType(i)}) in one step: dispatches see all of them or none. Listing and {@code
   * ExceptionEvent}s name each handler by a {@link BoundHandler}.
   *
   * @return one handle for all of them
   * @throws IllegalArgumentException if a handler has no event type; then nothing is registered
   */
  public SubscriptionGroup register(ListenerBinding binding) {
    Objects.requireNonNull(binding, "binding must not be null");
    int count = binding.handlerCount();
    Handler[] handlers = new Handler[count];
    for (int i = 0; i < count; i++) {
      EventType<?> type = binding.eventType(i);
      if (type == null) {
        throw new IllegalArgumentException(
            "binding " + binding.getClass().getName() + " gives no event type for handler " + i);
      }
      handlers[i] = new Handler(registry, type, binding, i, new BoundHandler(binding, i), false);
    }
    for (Handler handler : handlers) {
      registerTableOf(handler.type);
    }
    registry.add(handlers);
    for (int i = 0; i < count; i++) {
      if (i == 0 || handlers[i].type != handlers[i - 1].type) {
        checkIntents(handlers[i].type); // bindings list a type's handlers together: one warning per type
      }
    }
    return new SubscriptionGroup(registry, handlers);
  }

  /**
   * Removes the first subscription of {@code listener} to exactly {@code type} (not to its
   * supertypes or subtypes). {@code listener} is the object given to {@code subscribe}, or a
   * {@link BoundHandler} for a binding's handler.
   *
   * @return whether there was one
   */
  public boolean unsubscribe(EventType<?> type, Object listener) {
    checkType(type);
    Objects.requireNonNull(listener, "listener must not be null");
    return registry.removeFirst(type, listener);
  }

  /** The listeners subscribed to exactly {@code type}, in subscription order. */
  public List<Object> listeners(EventType<?> type) {
    return listeners(type, false);
  }

  /**
   * The listeners subscribed to {@code type}, in subscription order; with {@code
   * includeSupertypes}, every listener an event of {@code type} would reach, in dispatch order.
   * Waiters and streams are not listed.
   */
  public List<Object> listeners(EventType<?> type, boolean includeSupertypes) {
    checkType(type);
    Route route = registry.route(type);
    int end = includeSupertypes ? route.handlers.length : route.ownCount;
    List<Object> result = new ArrayList<>(end);
    for (int i = 0; i < end; i++) {
      Handler handler = route.handlers[i];
      if (!handler.internal) {
        result.add(handler.listener);
      }
    }
    return List.copyOf(result);
  }

  /**
   * Whether an event of {@code type} would reach anything: a listener, waiter or stream of the
   * type or of a type in its {@code dispatches()}. Constant time, lock-free.
   */
  public boolean isListenedTo(EventType<?> type) {
    return registry.isListened(type);
  }

  // ---------------------------------------------------------------- waiting and streaming

  /**
   * The first event of {@code type} dispatched after this call that matches {@code predicate}.
   *
   * <p>The future fails with {@code TimeoutException} when none came within {@code timeout}, or
   * with whatever {@code predicate} threw. Cancelling it stops the wait. Once it completes in any
   * way the waiter is removed.
   */
  public <E extends Event> CompletableFuture<E> waitFor(
      EventType<E> type, Duration timeout, Predicate<? super E> predicate) {
    checkType(type);
    long nanos = checkTimeout(timeout);
    Objects.requireNonNull(predicate, "predicate must not be null");
    Waiter<E> waiter = new Waiter<>(predicate);
    Subscription subscription = add(type, new SyncAdapter(type, waiter), waiter, true);
    waiter.future.orTimeout(nanos, TimeUnit.NANOSECONDS);
    waiter.future.whenComplete((event, failure) -> subscription.unsubscribe());
    return waiter.future;
  }

  /** The first event of {@code type} dispatched after this call, within {@code timeout}. */
  public <E extends Event> CompletableFuture<E> waitFor(EventType<E> type, Duration timeout) {
    return waitFor(type, timeout, event -> true);
  }

  /**
   * Opens a stream of the events of {@code type} dispatched from now on; see {@link EventStream}
   * for its buffer policy (newest dropped when full) and when iteration ends.
   *
   * @param timeout how long iteration waits for the next event before it ends
   * @param limit how many events the buffer holds, at least 1
   */
  public <E extends Event> EventStream<E> stream(EventType<E> type, Duration timeout, int limit) {
    checkType(type);
    long nanos = checkTimeout(timeout);
    if (limit < 1) {
      throw new IllegalArgumentException("stream limit must be at least 1, was " + limit);
    }
    EventStream<E> stream = new EventStream<>(type, nanos, limit);
    EventListener<E> sink = stream::offer;
    stream.attach(add(type, new SyncAdapter(type, sink), sink, true));
    return stream;
  }

  // ---------------------------------------------------------------- dispatching

  /**
   * Delivers {@code event} to every listener of its type and supertypes, on this thread, as the
   * class documentation describes.
   *
   * @return a future completing when every listener has finished; never completes exceptionally
   * @throws NullPointerException if {@code event} or its {@code eventType()} is null
   */
  public CompletableFuture<Void> dispatch(Event event) {
    // The hot path: kept small so the JIT inlines it into the caller; everything that is not a
    // successful synchronous call lives in the methods below.
    if (event == null) {
      throw nullEvent();
    }
    EventType<?> type = event.eventType();
    if (type == null) {
      throw noType(event);
    }
    Route route = registry.route(type);
    ListenerBinding first = route.firstBinding;
    if (first == null) {
      return DoneFuture.INSTANCE;
    }
    Pending pending = call(first, route.firstIndex, event, route, 0, null);
    ListenerBinding[] bindings = route.restBindings;
    int[] indexes = route.restIndexes;
    for (int i = 0; i < bindings.length; i++) {
      pending = call(bindings[i], indexes[i], event, route, i + 1, pending);
    }
    return pending == null ? DoneFuture.INSTANCE : finish(pending, event);
  }

  /**
   * Calls one handler; returns {@code pending} with whatever the call left to wait for or to
   * report ({@code null} while there is nothing). Small, so that it inlines into {@link
   * #dispatch}.
   */
  private Pending call(
      ListenerBinding binding, int index, Event event, Route route, int position, Pending pending) {
    try {
      CompletionStage<?> stage = binding.invoke(index, event);
      if (stage != null) {
        return Pending.add(pending, watch(stage, route.handlers[position], event));
      }
      return pending;
    } catch (Throwable failure) {
      return Pending.fail(pending, fatalOrNot(failure), route.handlers[position]);
    }
  }

  private static NullPointerException nullEvent() {
    return new NullPointerException("cannot dispatch a null event");
  }

  private static NullPointerException noType(Event event) {
    return new NullPointerException(
        "cannot dispatch " + event.getClass().getName() + ": its eventType() returned null");
  }

  private static Throwable fatalOrNot(Throwable failure) {
    if (failure instanceof VirtualMachineError fatal) {
      throw fatal;
    }
    return failure;
  }

  private CompletableFuture<Void> finish(Pending pending, Event event) {
    // Failures are reported after every listener of this event has started, so that an
    // ExceptionEvent never overtakes the event that caused it.
    Pending all = pending;
    for (int i = 0; i < pending.failureCount(); i++) {
      all = Pending.add(all, failed(pending.failure(i), pending.failedHandler(i), event));
    }
    return all.all();
  }

  private CompletableFuture<Void> watch(CompletionStage<?> stage, Handler handler, Event event) {
    if (stage instanceof CompletableFuture<?> future
        && future.isDone()
        && !future.isCompletedExceptionally()) {
      return DoneFuture.INSTANCE;
    }
    CompletableFuture<Void> finished = new CompletableFuture<>();
    stage.whenComplete(
        (ignored, failure) -> {
          if (failure == null) {
            finished.complete(null);
          } else {
            failed(unwrap(failure), handler, event).whenComplete((x, y) -> finished.complete(null));
          }
        });
    return finished;
  }

  private CompletableFuture<Void> failed(Throwable failure, Handler handler, Event event) {
    String listener = handler.binding.handlerName(handler.index);
    if (event instanceof ExceptionEvent) {
      LOG.error("ExceptionEvent listener {} failed; the failure is not dispatched again",
          listener, failure);
      return DoneFuture.INSTANCE;
    }
    boolean heard = isListenedTo(ExceptionEvents.TYPE);
    String name = event.eventType().name();
    if (heard) {
      LOG.debug("Listener {} failed on {}; dispatching an ExceptionEvent", listener, name, failure);
    } else {
      LOG.error("Listener {} failed on {} (nothing listens to ExceptionEvent)", listener, name,
          failure);
      return DoneFuture.INSTANCE;
    }
    try {
      return dispatch(ExceptionEvents.create(failure, event, handler.listener));
    } catch (RuntimeException cannotReport) {
      LOG.error("Could not dispatch the ExceptionEvent of listener {}", listener, cannotReport);
      return DoneFuture.INSTANCE;
    }
  }

  private static Throwable unwrap(Throwable failure) {
    Throwable current = failure;
    while ((current instanceof CompletionException || current instanceof ExecutionException)
        && current.getCause() != null) {
      current = current.getCause();
    }
    return current;
  }

  // ---------------------------------------------------------------- helpers

  private Subscription add(
      EventType<?> type, ListenerBinding binding, Object listener, boolean internal) {
    registerTableOf(type);
    Handler handler = new Handler(registry, type, binding, 0, listener, internal);
    registry.add(handler);
    checkIntents(type);
    return handler;
  }

  /**
   * Registers the table of {@code type} (and so routes its dispatches) before anything listens to
   * it: forgetting to register a table cannot drop events silently.
   */
  private void registerTableOf(EventType<?> type) {
    // The whole table, not the type alone: a listener of a base type hears its subtypes too.
    type.table().filter(table -> !tables.contains(table)).ifPresent(this::registerTable);
  }

  /** Fails when {@code added} claims a gateway name that a type of {@code registered} claims. */
  private static void checkNoClaimedName(List<EventTable> registered, EventTable added) {
    for (EventType<?> type : added.types()) {
      String name = type.gatewayName().orElse(null);
      if (name == null) {
        continue;
      }
      for (EventTable table : registered) {
        for (EventType<?> other : table.types()) {
          if (other != type && other.gatewayName().filter(name::equals).isPresent()) {
            throw new IllegalArgumentException(
                "gateway dispatch " + name + " is claimed by both " + other.type().getName() + " and "
                    + type.type().getName() + ", but a dispatch decodes into one event; remove the name"
                    + " from one of them");
          }
        }
      }
    }
  }

  private void checkIntents(EventType<?> type) {
    if (intents == null) {
      return; // derived intents take in whatever this subscription needs
    }
    // As hikari: an event that several intents can enable (MESSAGE_CREATE: GUILD_MESSAGES for
    // guilds, DIRECT_MESSAGES for DMs) needs one of them, not all.
    Intents required = Intents.requiredBy(type);
    if (!required.isEmpty() && required.minus(intents).equals(required)) {
      LOG.warn("Subscribed to {}, but the bot's intents lack {}: the gateway never sends {} without"
          + (required.names().size() > 1 ? " one of" : "") + " them", type.name(), String.join(", ", required.names()), type.name());
    }
  }


  private static void checkType(EventType<?> type) {
    if (type == null) {
      throw new NullPointerException("event type must not be null");
    }
  }

  private static long checkTimeout(Duration timeout) {
    Objects.requireNonNull(timeout, "timeout must not be null");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive, was " + timeout);
    }
    return timeout.toNanos();
  }

  /** Builds an {@link EventManager}. */
  public static final class Builder {
    private Intents intents = Intents.NONE;
    private final List<EventTable> tables = new ArrayList<>(BuiltInTables.tables());
    private Executor executor;

    private Builder() {}

    /** The bot's intents, which subscriptions are checked against; none by default. */
    public Builder intents(Intents intents) {
      this.intents = Objects.requireNonNull(intents, "intents must not be null");
      return this;
    }

    /**
     * The bot's intents are not fixed but follow the subscriptions ({@link
     * EventManager#requiredIntents()}), so no subscription is warned about; replaces any {@link
     * #intents(Intents)}.
     */
    public Builder deriveIntents() {
      this.intents = null;
      return this;
    }

    /**
     * Adds a table whose types can be named by class. The runtime's own tables (the shard events
     * and the catalogue, {@link BuiltInTables#tables()}) are always there.
     */
    public Builder table(EventTable table) {
      Objects.requireNonNull(table, "table must not be null");
      if (!tables.contains(table)) {
        tables.add(table);
      }
      return this;
    }

    /** The executor lanes run on; {@link DispatchExecutors#newDefaultExecutor()} by default. */
    public Builder executor(Executor executor) {
      this.executor = Objects.requireNonNull(executor, "executor must not be null");
      return this;
    }

    /**
     * The event manager.
     *
     * @throws IllegalArgumentException if two tables claim the same gateway dispatch name
     */
    public EventManager build() {
      List<EventTable> checked = new ArrayList<>();
      for (EventTable table : tables) {
        checkNoClaimedName(checked, table);
        checked.add(table);
      }
      return new EventManager(this);
    }
  }
}

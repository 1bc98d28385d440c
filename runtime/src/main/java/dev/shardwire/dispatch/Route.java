package dev.shardwire.dispatch;

import dev.shardwire.spi.ListenerBinding;

/**
 * The immutable snapshot of everything an event of one type reaches: the handlers of the type
 * itself, then those of each supertype in {@code dispatches()} order, each type's in subscription
 * order.
 *
 * <p>Dispatch reads the first handler from fields ({@link #firstBinding}, {@link #firstIndex}) and
 * the others from parallel arrays. Most routes have one handler, and then dispatch makes its one
 * call without setting up a loop (bounds checks, strip mining), which costs about as much as the
 * call; longer routes loop over arrays, whose next element never waits for the previous call.
 */
final class Route {

  private static final ListenerBinding[] NO_BINDINGS = {};
  private static final int[] NO_INDEXES = {};

  /** The first handler's binding, or {@code null} when nothing listens. */
  final ListenerBinding firstBinding;
  final int firstIndex;
  /** The bindings and indexes of every handler after the first. */
  final ListenerBinding[] restBindings;
  final int[] restIndexes;
  /** Every handler, in dispatch order. */
  final Handler[] handlers;
  /** How many of {@link #handlers} belong to the exact type (they come first). */
  final int ownCount;
  /** Whether anything, even a waiter or a stream, would receive the event. */
  final boolean listened;

  Route(Handler[] handlers, int ownCount) {
    this.handlers = handlers;
    this.ownCount = ownCount;
    this.listened = handlers.length > 0;
    this.firstBinding = listened ? handlers[0].binding : null;
    this.firstIndex = listened ? handlers[0].index : 0;
    int rest = Math.max(0, handlers.length - 1);
    this.restBindings = rest == 0 ? NO_BINDINGS : new ListenerBinding[rest];
    this.restIndexes = rest == 0 ? NO_INDEXES : new int[rest];
    for (int i = 0; i < rest; i++) {
      restBindings[i] = handlers[i + 1].binding;
      restIndexes[i] = handlers[i + 1].index;
    }
  }
}

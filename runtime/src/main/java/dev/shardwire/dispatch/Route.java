package dev.shardwire.dispatch;

/**
 * The immutable snapshot of everything an event of one type reaches: the handlers of the type
 * itself, then those of each supertype in {@code dispatches()} order, each type's in subscription
 * order. Kept as parallel arrays so that the dispatch loop reads two arrays and makes one call.
 */
final class Route {

  final ListenerBinding[] bindings;
  final int[] indexes;
  final Handler[] handlers;
  /** How many of {@link #handlers} belong to the exact type (they come first). */
  final int ownCount;
  /** Whether anything, even a waiter or a stream, would receive the event. */
  final boolean listened;

  Route(Handler[] handlers, int ownCount) {
    this.handlers = handlers;
    this.ownCount = ownCount;
    this.bindings = new ListenerBinding[handlers.length];
    this.indexes = new int[handlers.length];
    for (int i = 0; i < handlers.length; i++) {
      bindings[i] = handlers[i].binding;
      indexes[i] = handlers[i].index;
    }
    this.listened = handlers.length > 0;
  }
}

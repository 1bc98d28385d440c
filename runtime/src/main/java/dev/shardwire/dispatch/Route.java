package dev.shardwire.dispatch;

/**
 * The immutable snapshot of everything an event of one type reaches: the handlers of the type
 * itself, then those of each supertype in {@code dispatches()} order, each type's in subscription
 * order.
 *
 * <p>Dispatch walks {@link #first}, a chain of {@link Slot}s, rather than an array: a chain has no
 * bounds to check and no counted-loop set-up, which for the common one- or two-handler route is
 * most of what a loop costs.
 */
final class Route {

  /** The first handler to call, or {@code null} when nothing listens. */
  final Slot first;
  final Handler[] handlers;
  /** How many of {@link #handlers} belong to the exact type (they come first). */
  final int ownCount;
  /** Whether anything, even a waiter or a stream, would receive the event. */
  final boolean listened;

  Route(Handler[] handlers, int ownCount) {
    this.handlers = handlers;
    this.ownCount = ownCount;
    Slot chain = null;
    for (int i = handlers.length - 1; i >= 0; i--) {
      chain = new Slot(handlers[i], chain);
    }
    this.first = chain;
    this.listened = handlers.length > 0;
  }
}

package dev.shardwire.dispatch;

/**
 * One step of a {@link Route}'s dispatch chain: which handler of which binding to call, and the
 * step after it. Immutable; each route has its own chain, so a handler reached from several event
 * types has one slot per route.
 */
final class Slot {

  final ListenerBinding binding;
  final int index;
  /** The registration, named when the handler fails. */
  final Handler handler;
  /** The next handler to call, or {@code null} after the last one. */
  final Slot next;

  Slot(Handler handler, Slot next) {
    this.binding = handler.binding;
    this.index = handler.index;
    this.handler = handler;
    this.next = next;
  }
}

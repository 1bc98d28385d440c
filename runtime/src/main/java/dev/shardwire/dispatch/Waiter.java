package dev.shardwire.dispatch;

import dev.shardwire.events.Event;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

/** The internal listener behind {@link EventManager#waitFor}: completes its future once. */
final class Waiter<E extends Event> implements EventListener<E> {

  final CompletableFuture<E> future = new CompletableFuture<>();
  private final Predicate<? super E> predicate;

  Waiter(Predicate<? super E> predicate) {
    this.predicate = predicate;
  }

  @Override
  public void onEvent(E event) {
    if (future.isDone()) {
      return;
    }
    boolean matches;
    try {
      matches = predicate.test(event);
    } catch (RuntimeException | Error failure) {
      future.completeExceptionally(failure);
      return;
    }
    if (matches) {
      future.complete(event);
    }
  }

  @Override
  public String toString() {
    return "Waiter{" + predicate + "}";
  }
}

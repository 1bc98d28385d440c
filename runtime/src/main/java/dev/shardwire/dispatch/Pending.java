package dev.shardwire.dispatch;

import java.util.Arrays;
import java.util.concurrent.CompletableFuture;

/**
 * What one dispatch still waits for: asynchronous listeners' stages and the dispatch of the
 * {@code ExceptionEvent}s of failed listeners. Allocated only when there is something to wait
 * for, so a dispatch to synchronous listeners allocates nothing.
 */
final class Pending {

  private CompletableFuture<?>[] futures = new CompletableFuture<?>[4];
  private int size;

  /** Adds {@code future} to {@code pending}, creating it if needed; a done future is not kept. */
  static Pending add(Pending pending, CompletableFuture<?> future) {
    Pending result = pending == null ? new Pending() : pending;
    if (future != DoneFuture.INSTANCE) {
      if (result.size == result.futures.length) {
        result.futures = Arrays.copyOf(result.futures, result.size * 2);
      }
      result.futures[result.size++] = future;
    }
    return result;
  }

  /** A future that completes when every added future has. */
  CompletableFuture<Void> all() {
    switch (size) {
      case 0:
        return DoneFuture.INSTANCE;
      case 1:
        return futures[0].thenApply(ignored -> null);
      default:
        return CompletableFuture.allOf(Arrays.copyOf(futures, size));
    }
  }
}

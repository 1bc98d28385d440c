package dev.shardwire.dispatch;

import java.util.Arrays;
import java.util.concurrent.CompletableFuture;

/**
 * What one dispatch still has to do or wait for: the failures of synchronous listeners, to report
 * once every listener has run, and the futures of asynchronous listeners' stages and of {@code
 * ExceptionEvent} dispatches. Allocated only when there is something, so a dispatch to
 * synchronous listeners that all succeed allocates nothing.
 */
final class Pending {

  private CompletableFuture<?>[] futures = new CompletableFuture<?>[4];
  private int size;
  private Throwable[] failures;
  private Handler[] failedHandlers;
  private int failureCount;

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

  /** Records that {@code handler} threw {@code failure}. */
  static Pending fail(Pending pending, Throwable failure, Handler handler) {
    Pending result = pending == null ? new Pending() : pending;
    if (result.failures == null) {
      result.failures = new Throwable[2];
      result.failedHandlers = new Handler[2];
    } else if (result.failureCount == result.failures.length) {
      result.failures = Arrays.copyOf(result.failures, result.failureCount * 2);
      result.failedHandlers = Arrays.copyOf(result.failedHandlers, result.failureCount * 2);
    }
    result.failures[result.failureCount] = failure;
    result.failedHandlers[result.failureCount++] = handler;
    return result;
  }

  int failureCount() {
    return failureCount;
  }

  Throwable failure(int i) {
    return failures[i];
  }

  Handler failedHandler(int i) {
    return failedHandlers[i];
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

package dev.shardwire.gateway.session;

import dev.shardwire.gateway.GatewayClosedException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The two futures a shard promises: {@code ready} (the first READY) and {@code closed} (its end).
 * It completes them in the order and on the threads callers rely on:
 *
 * <ul>
 *   <li>{@code closed} before a failed {@code ready}, so whoever wakes up on a failed {@code
 *       start()} already sees the shard closed;
 *   <li>never on a socket's read thread: what runs after these futures is callers' code, and it
 *       would stall the connection (READY and fatal closes are found on that thread, so they
 *       complete on the common pool).
 * </ul>
 *
 * <p>Thread-safe: the futures are.
 */
public final class ShardOutcome {

  private final CompletableFuture<Void> ready = new CompletableFuture<>();
  private final CompletableFuture<Void> closed = new CompletableFuture<>();
  /** READY arrived; set before {@code ready} completes, which happens on the pool. */
  private final AtomicBoolean readySeen = new AtomicBoolean();

  /** A copy of {@code ready}, so callers cannot complete ours. */
  public CompletableFuture<Void> ready() {
    return ready.copy();
  }

  /** A copy of {@code closed}, so callers cannot complete ours. */
  public CompletableFuture<Void> closed() {
    return closed.copy();
  }

  /** The first handshake completed (called on the shard's executor, once the shard counts as connected). */
  void readyReceived() {
    if (readySeen.compareAndSet(false, true)) {
      CompletableFuture.runAsync(() -> ready.complete(null));
    }
  }

  /** {@code close()} was called (on the caller's thread, so completing here is fine). */
  void closedByCaller(int shardId) {
    closed.complete(null);
    failReadyUnlessSeen(new IllegalStateException("shard " + shardId + " was closed before READY"));
  }

  /** The gateway closed the shard for good (called on the read thread). */
  void closedForGood(GatewayClosedException error) {
    CompletableFuture.runAsync(() -> {
      closed.completeExceptionally(error);
      failReadyUnlessSeen(error);
    });
  }

  /**
   * Fails {@code ready}, unless READY arrived: then its completion may still be on its way to the
   * pool, and a close that follows READY must not overtake it.
   */
  private void failReadyUnlessSeen(Throwable error) {
    if (!readySeen.get()) {
      ready.completeExceptionally(error);
    }
  }
}

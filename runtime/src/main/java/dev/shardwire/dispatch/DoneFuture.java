package dev.shardwire.dispatch;

import java.util.concurrent.CompletableFuture;

/**
 * The shared, already-completed future that a dispatch returns when every listener was
 * synchronous and none failed. It cannot be completed, cancelled or obtruded, so sharing it is
 * safe; stages derived from it are ordinary futures.
 */
final class DoneFuture extends CompletableFuture<Void> {

  static final DoneFuture INSTANCE = new DoneFuture();

  private DoneFuture() {
    super.complete(null);
  }

  @Override
  public boolean complete(Void value) {
    return false;
  }

  @Override
  public boolean completeExceptionally(Throwable ex) {
    return false;
  }

  @Override
  public boolean cancel(boolean mayInterruptIfRunning) {
    return false;
  }

  @Override
  public void obtrudeValue(Void value) {
    throw new UnsupportedOperationException("the shared completed dispatch future cannot be changed");
  }

  @Override
  public void obtrudeException(Throwable ex) {
    throw new UnsupportedOperationException("the shared completed dispatch future cannot be changed");
  }

  @Override
  public <U> CompletableFuture<U> newIncompleteFuture() {
    return new CompletableFuture<>();
  }
}

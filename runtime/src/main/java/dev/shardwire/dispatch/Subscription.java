package dev.shardwire.dispatch;

/**
 * What a {@code subscribe} call returns: closing it unsubscribes the listener it registered.
 *
 * <p>Closing twice, or after {@link EventManager#unsubscribe} already removed the listener, does
 * nothing.
 */
public interface Subscription extends AutoCloseable {

  /** Removes the registration this handle stands for; idempotent. */
  void unsubscribe();

  /** Whether the registration is still in place. */
  boolean isActive();

  /** Same as {@link #unsubscribe()}: lets a subscription live in a try-with-resources block. */
  @Override
  default void close() {
    unsubscribe();
  }
}

package dev.shardwire.dispatch;

import java.util.List;

/**
 * One handle for several registrations made together, such as every handler of a {@code
 * @Subscribe} class ({@link EventManager#register}): unsubscribing it removes them all at once.
 */
public final class SubscriptionGroup implements Subscription {

  private final ListenerRegistry registry;
  private final Handler[] handlers;

  SubscriptionGroup(ListenerRegistry registry, Handler[] handlers) {
    this.registry = registry;
    this.handlers = handlers;
  }

  /** The registrations of the group, in registration order. */
  public List<Subscription> subscriptions() {
    return List.of(handlers);
  }

  /** Removes every registration of the group still in place, in one step. Idempotent. */
  @Override
  public void unsubscribe() {
    registry.removeAll(handlers);
  }

  /** Whether any registration of the group is still in place. */
  @Override
  public boolean isActive() {
    for (Handler handler : handlers) {
      if (handler.active) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return "SubscriptionGroup" + List.of(handlers);
  }
}

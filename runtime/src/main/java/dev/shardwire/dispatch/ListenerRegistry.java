package dev.shardwire.dispatch;

import java.util.Arrays;

/**
 * The listeners of one event manager, by event type id.
 *
 * <p>Writers (subscribe, unsubscribe) take one lock, change the per-type lists and publish new
 * {@link Route} snapshots for every type whose {@code dispatches()} reaches a changed type,
 * through one volatile array. Readers (dispatch, {@code isListened}) never lock once a type has
 * been seen: one volatile read, one array index.
 */
final class ListenerRegistry {

  private static final Handler[] NO_HANDLERS = {};

  private final Object lock = new Object();

  /** Guarded by {@link #lock}: the handlers subscribed to exactly type {@code id}. */
  private Handler[][] own = new Handler[0][];

  /** Guarded by {@link #lock}: the types that have a route, by id. */
  private EventType<?>[] known = new EventType<?>[0];

  /** Routes by type id; {@code null} for a type not seen yet. */
  private volatile Route[] routes = new Route[0];

  /** The types that have a handler of their own: answers {@link #isListened} for unseen types. */
  private volatile EventMask listenedTypes = EventMask.EMPTY;

  /** The route of {@code type}, built on first use. */
  Route route(EventType<?> type) {
    Route[] snapshot = routes;
    int id = type.id();
    if (id < snapshot.length) {
      Route route = snapshot[id];
      if (route != null) {
        return route;
      }
    }
    return learn(type);
  }

  /** Whether an event of {@code type} would reach anything. Lock-free. */
  boolean isListened(EventType<?> type) {
    Route[] snapshot = routes;
    int id = type.id();
    if (id < snapshot.length) {
      Route route = snapshot[id];
      if (route != null) {
        return route.listened;
      }
    }
    return type.dispatchMask().intersects(listenedTypes);
  }

  /** Registers {@code handlers} all at once, in order. */
  void add(Handler... handlers) {
    synchronized (lock) {
      EventMask changed = EventMask.EMPTY;
      for (Handler handler : handlers) {
        int id = handler.type.id();
        growOwn(id);
        Handler[] list = own[id];
        Handler[] grown = Arrays.copyOf(list, list.length + 1);
        grown[list.length] = handler;
        own[id] = grown;
        remember(handler.type);
        changed = changed.or(handler.type.bitmask());
      }
      publish(changed);
    }
  }

  /** Removes exactly {@code handler}; returns whether it was registered. */
  boolean remove(Handler handler) {
    synchronized (lock) {
      if (!handler.active) {
        return false;
      }
      int id = handler.type.id();
      Handler[] list = own[id];
      for (int i = 0; i < list.length; i++) {
        if (list[i] == handler) {
          own[id] = without(list, i);
          handler.active = false;
          publish(handler.type.bitmask());
          return true;
        }
      }
      return false;
    }
  }

  /** Removes every one of {@code handlers} that is still registered, in one publication. */
  void removeAll(Handler... handlers) {
    synchronized (lock) {
      EventMask changed = EventMask.EMPTY;
      for (Handler handler : handlers) {
        if (!handler.active) {
          continue;
        }
        int id = handler.type.id();
        Handler[] list = own[id];
        for (int i = 0; i < list.length; i++) {
          if (list[i] == handler) {
            own[id] = without(list, i);
            handler.active = false;
            changed = changed.or(handler.type.bitmask());
            break;
          }
        }
      }
      if (!changed.isEmpty()) {
        publish(changed);
      }
    }
  }

  /**
   * Removes the first listed (non-internal) handler of exactly {@code type} whose listener equals
   * {@code listener}; returns whether there was one.
   */
  boolean removeFirst(EventType<?> type, Object listener) {
    synchronized (lock) {
      int id = type.id();
      Handler[] list = id < own.length ? own[id] : NO_HANDLERS;
      for (Handler handler : list) {
        if (!handler.internal && handler.listener.equals(listener)) {
          return remove(handler);
        }
      }
      return false;
    }
  }

  private Route learn(EventType<?> type) {
    synchronized (lock) {
      remember(type);
      Route[] next = Arrays.copyOf(routes, Math.max(routes.length, EventType.count()));
      Route route = build(type);
      next[type.id()] = route;
      routes = next;
      return route;
    }
  }

  private void remember(EventType<?> type) {
    int id = type.id();
    if (id >= known.length) {
      known = Arrays.copyOf(known, Math.max(EventType.count(), id + 1));
    }
    known[id] = type;
  }

  private void growOwn(int id) {
    if (id >= own.length) {
      int old = own.length;
      own = Arrays.copyOf(own, Math.max(EventType.count(), id + 1));
      Arrays.fill(own, old, own.length, NO_HANDLERS);
    }
  }

  /** Rebuilds the route of every known type that dispatches to a type in {@code changed}. */
  private void publish(EventMask changed) {
    Route[] next = Arrays.copyOf(routes, Math.max(routes.length, EventType.count()));
    EventMask listened = EventMask.EMPTY;
    for (int id = 0; id < known.length; id++) {
      EventType<?> type = known[id];
      if (type != null && type.dispatchMask().intersects(changed)) {
        next[id] = build(type);
      }
      if (id < own.length && own[id].length > 0) {
        listened = listened.or(EventMask.of(id));
      }
    }
    listenedTypes = listened;
    routes = next;
  }

  private Route build(EventType<?> type) {
    int total = 0;
    for (EventType<?> target : type.dispatches()) {
      total += ownOf(target).length;
    }
    Handler[] all = new Handler[total];
    int at = 0;
    for (EventType<?> target : type.dispatches()) {
      Handler[] list = ownOf(target);
      System.arraycopy(list, 0, all, at, list.length);
      at += list.length;
    }
    return new Route(all, ownOf(type).length);
  }

  private Handler[] ownOf(EventType<?> type) {
    return type.id() < own.length ? own[type.id()] : NO_HANDLERS;
  }

  private static Handler[] without(Handler[] list, int index) {
    Handler[] shorter = new Handler[list.length - 1];
    System.arraycopy(list, 0, shorter, 0, index);
    System.arraycopy(list, index + 1, shorter, index, list.length - index - 1);
    return shorter;
  }
}

package dev.shardwire.dispatch;

import dev.shardwire.spi.EventMask;
import dev.shardwire.spi.EventType;
import java.util.Arrays;

/**
 * The listeners of one event manager, by event type id.
 *
 * <p>Writers (subscribe, unsubscribe) take one lock, change the per-type lists and drop the
 * {@link Route} snapshot of every type whose {@code dispatches()} reaches a changed type. Routes
 * are rebuilt lazily, by the first dispatch that needs one, so registering N handlers costs O(N)
 * and not O(N²): a bot that registers a thousand listener objects at start-up rebuilds each route
 * once, not a thousand times. Readers (dispatch, {@code isListened}) never lock once a route
 * exists: one volatile read, one array index.
 */
final class ListenerRegistry {

  private static final Handler[] NO_HANDLERS = {};

  private final Object lock = new Object();

  /** Guarded by {@link #lock}: the handlers subscribed to exactly type {@code id}. */
  private HandlerList[] own = new HandlerList[0];

  /** Guarded by {@link #lock}: the types seen so far, by id. */
  private EventType<?>[] known = new EventType<?>[0];

  /** Routes by type id; {@code null} for a type not seen yet or whose route was dropped. */
  private volatile Route[] routes = new Route[0];

  /**
   * The types that have a handler of their own: answers {@link #isListened} while a type has no
   * route. Written under {@link #lock}.
   */
  private volatile EventMask listenedTypes = EventMask.EMPTY;

  /** The route of {@code type}, built on first use after a change. */
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
      EventType<?> previous = null;
      for (Handler handler : handlers) {
        EventType<?> type = handler.type;
        listOf(type).add(handler);
        if (type != previous && !changed.contains(type.id())) {
          remember(type);
          changed = changed.or(type.bitmask());
        }
        previous = type;
      }
      listenedTypes = listenedTypes.or(changed);
      invalidate(changed);
    }
  }

  /** Removes exactly {@code handler}; returns whether it was registered. */
  boolean remove(Handler handler) {
    synchronized (lock) {
      if (!detach(handler)) {
        return false;
      }
      afterRemoval(handler.type.bitmask());
      return true;
    }
  }

  /** Removes every one of {@code handlers} that is still registered, in one publication. */
  void removeAll(Handler... handlers) {
    synchronized (lock) {
      EventMask changed = EventMask.EMPTY;
      for (Handler handler : handlers) {
        if (detach(handler) && !changed.contains(handler.type.id())) {
          changed = changed.or(handler.type.bitmask());
        }
      }
      if (!changed.isEmpty()) {
        afterRemoval(changed);
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
      if (id >= own.length || own[id] == null) {
        return false;
      }
      HandlerList list = own[id];
      for (int i = 0; i < list.size; i++) {
        Handler handler = list.items[i];
        if (!handler.internal && handler.listener.equals(listener)) {
          return remove(handler);
        }
      }
      return false;
    }
  }

  /** Guarded by {@link #lock}: takes {@code handler} out of its type's list. */
  private boolean detach(Handler handler) {
    if (!handler.active) {
      return false;
    }
    int id = handler.type.id();
    if (id < own.length && own[id] != null && own[id].remove(handler)) {
      handler.active = false;
      return true;
    }
    return false;
  }

  private void afterRemoval(EventMask changed) {
    EventMask listened = EventMask.EMPTY;
    for (int id = 0; id < own.length; id++) {
      if (own[id] != null && own[id].size > 0) {
        listened = listened.or(EventMask.of(id));
      }
    }
    listenedTypes = listened;
    invalidate(changed);
  }

  private Route learn(EventType<?> type) {
    synchronized (lock) {
      Route[] current = routes;
      int id = type.id();
      if (id < current.length && current[id] != null) {
        return current[id]; // another thread built it while we waited for the lock
      }
      remember(type);
      Route[] next = Arrays.copyOf(current, Math.max(current.length, EventType.count()));
      Route route = build(type);
      next[id] = route;
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

  private HandlerList listOf(EventType<?> type) {
    int id = type.id();
    if (id >= own.length) {
      own = Arrays.copyOf(own, Math.max(EventType.count(), id + 1));
    }
    HandlerList list = own[id];
    if (list == null) {
      list = new HandlerList();
      own[id] = list;
    }
    return list;
  }

  /** Drops the route of every known type that dispatches to a type in {@code changed}. */
  private void invalidate(EventMask changed) {
    Route[] current = routes;
    Route[] next = null;
    for (int id = 0; id < current.length; id++) {
      if (current[id] != null && known[id].dispatchMask().intersects(changed)) {
        if (next == null) {
          next = current.clone();
        }
        next[id] = null;
      }
    }
    if (next != null) {
      routes = next;
    }
  }

  private Route build(EventType<?> type) {
    int total = 0;
    for (EventType<?> target : type.dispatches()) {
      total += sizeOf(target);
    }
    Handler[] all = new Handler[total];
    int at = 0;
    for (EventType<?> target : type.dispatches()) {
      int size = sizeOf(target);
      if (size > 0) {
        System.arraycopy(own[target.id()].items, 0, all, at, size);
        at += size;
      }
    }
    return new Route(all, sizeOf(type));
  }

  private int sizeOf(EventType<?> type) {
    int id = type.id();
    return id < own.length && own[id] != null ? own[id].size : 0;
  }

  /** The handlers of one type in subscription order, in an array with room to grow. */
  private static final class HandlerList {
    Handler[] items = NO_HANDLERS;
    int size;

    void add(Handler handler) {
      if (size == items.length) {
        items = Arrays.copyOf(items, Math.max(4, size * 2));
      }
      items[size++] = handler;
    }

    boolean remove(Handler handler) {
      for (int i = 0; i < size; i++) {
        if (items[i] == handler) {
          System.arraycopy(items, i + 1, items, i, size - i - 1);
          items[--size] = null;
          return true;
        }
      }
      return false;
    }
  }
}

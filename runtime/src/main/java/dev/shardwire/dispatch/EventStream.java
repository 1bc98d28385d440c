package dev.shardwire.dispatch;

import dev.shardwire.events.Event;
import dev.shardwire.spi.EventType;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;

/**
 * A stream of the events of one type dispatched after it was opened (hikari's {@code
 * EventStream}), from {@link EventManager#stream}.
 *
 * <pre>{@code
 * try (EventStream<MemberChunkEvent> chunks = manager.stream(MEMBER_CHUNK_EVENT, Duration.ofSeconds(5), 100)
 *     .filter(chunk -> chunk.nonce().equals(Optional.of(nonce)))) {
 *   for (MemberChunkEvent chunk : chunks) { ... }
 * }
 * }</pre>
 *
 * <ul>
 *   <li>It is open from the moment {@code stream} returns: events dispatched before are never
 *       seen.
 *   <li>The buffer holds at most {@code limit} events. <b>When it is full, newer events are
 *       dropped</b> (and counted by {@link #dropped()}), as hikari does: a stream never blocks or
 *       slows the thread that dispatches.
 *   <li>Iteration blocks for the next event and <b>ends when none arrives within the timeout</b>,
 *       when the stream is closed (even from another thread, mid-iteration), or when the
 *       iterating thread is interrupted (its interrupt flag is kept). Buffered events are lost on
 *       close.
 *   <li>Filters are tested on arrival, on the dispatching thread (an event that fails one does
 *       not take buffer space; a filter that throws is reported like a failing listener), and
 *       again when an event is taken, so a filter added later also applies to buffered events.
 * </ul>
 *
 * <p>Iterating from several threads at once hands each event to exactly one of them.
 *
 * @param <E> the event type
 */
public final class EventStream<E extends Event> implements AutoCloseable, Iterable<E> {

  private final EventType<E> type;
  private final long timeoutNanos;
  private final int limit;
  private final List<Predicate<? super E>> filters = new CopyOnWriteArrayList<>();
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private final ArrayDeque<E> buffer = new ArrayDeque<>();
  private long dropped;
  private boolean closed;
  private Subscription subscription;

  EventStream(EventType<E> type, long timeoutNanos, int limit) {
    this.type = type;
    this.timeoutNanos = timeoutNanos;
    this.limit = limit;
  }

  /** Called once by the manager, right after subscribing {@link #offer}. */
  void attach(Subscription subscription) {
    this.subscription = subscription;
  }

  /** The internal listener: buffers {@code event} unless a filter rejects it or the buffer is full. */
  void offer(E event) {
    if (!accepts(event)) {
      return;
    }
    lock.lock();
    try {
      if (closed) {
        return;
      }
      if (buffer.size() >= limit) {
        dropped++;
        return;
      }
      buffer.addLast(event);
      changed.signal();
    } finally {
      lock.unlock();
    }
  }

  private boolean accepts(E event) {
    for (Predicate<? super E> filter : filters) {
      if (!filter.test(event)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Keeps only the events that match {@code predicate} (as well as every earlier filter).
   *
   * @return this stream
   */
  public EventStream<E> filter(Predicate<? super E> predicate) {
    filters.add(Objects.requireNonNull(predicate, "predicate must not be null"));
    return this;
  }

  /** The event type streamed. */
  public EventType<E> type() {
    return type;
  }

  /** How many events were dropped because the buffer was full. */
  public long dropped() {
    lock.lock();
    try {
      return dropped;
    } finally {
      lock.unlock();
    }
  }

  /** Whether the stream still receives events. */
  public boolean isOpen() {
    lock.lock();
    try {
      return !closed;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Takes the next event, waiting up to the stream's timeout for one.
   *
   * @return the event, or {@code null} if the stream was closed, timed out or the thread was
   *     interrupted
   */
  E poll() {
    lock.lock();
    try {
      long nanos = timeoutNanos;
      while (true) {
        if (closed) {
          return null;
        }
        E event;
        while ((event = buffer.pollFirst()) != null) {
          if (accepts(event)) {
            return event;
          }
        }
        if (nanos <= 0) {
          return null;
        }
        try {
          nanos = changed.awaitNanos(nanos);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          return null;
        }
      }
    } finally {
      lock.unlock();
    }
  }

  /**
   * Iterates over the events as they arrive; {@code hasNext()} blocks for up to the timeout. See
   * the class documentation for when iteration ends.
   */
  @Override
  public Iterator<E> iterator() {
    return new Iterator<>() {
      private E next;
      private boolean ended;

      @Override
      public boolean hasNext() {
        if (next != null) {
          return true;
        }
        if (ended) {
          return false;
        }
        next = poll();
        ended = next == null;
        return !ended;
      }

      @Override
      public E next() {
        if (!hasNext()) {
          throw new NoSuchElementException("the event stream ended (closed, timed out or interrupted)");
        }
        E event = next;
        next = null;
        return event;
      }
    };
  }

  /** Stops receiving events, discards the buffer and ends every iteration in progress. Idempotent. */
  @Override
  public void close() {
    Subscription toClose;
    lock.lock();
    try {
      closed = true;
      buffer.clear();
      changed.signalAll();
      toClose = subscription;
    } finally {
      lock.unlock();
    }
    if (toClose != null) {
      toClose.unsubscribe();
    }
  }

  @Override
  public String toString() {
    return "EventStream{" + type.name() + ", limit=" + limit + ", timeout="
        + TimeUnit.NANOSECONDS.toMillis(timeoutNanos) + "ms" + (isOpen() ? "" : ", closed") + "}";
  }
}

package dev.shardwire.redis;

import io.lettuce.core.api.async.RedisAsyncCommands;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The entries a worker has read and not yet acknowledged: at most a bound of them, so that slow
 * listeners hold back reading instead of filling the heap; and the XACKs of the finished ones.
 *
 * <p>A finished entry is queued and acknowledged by the flusher, one XACK per stream for all the
 * entries queued meanwhile: while a flush is on its way, the next ones gather, so a busy worker
 * sends few, large XACKs and an idle one acknowledges at once. An entry counts as in flight until
 * Redis has answered its XACK, so that {@link #contains} tells the reader which entries that it
 * claimed back from its own pending list are still being handled here, and {@link #olderThan}
 * which ones have been here long enough that their idle time in Redis must be reset.
 */
final class InFlight {

  private static final Logger LOG = LoggerFactory.getLogger(InFlight.class);
  /** How long a failed XACK waits before it goes again. */
  private static final long RETRY_MILLIS = 500;

  private final RedisAsyncCommands<String, byte[]> acks;
  private final String group;
  private final int limit;
  private final ExecutorService flusher;
  /** By {@link #key}: the entries in flight and when each was read. */
  private final Map<String, Since> ids = new ConcurrentHashMap<>();
  private final Queue<Ack> finished = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean flushQueued = new AtomicBoolean();
  private final AtomicLong acknowledged = new AtomicLong();
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition room = lock.newCondition();
  private final Condition empty = lock.newCondition();
  private int count;
  /** Whether acknowledgements are being sent again after a failure (warned once until one works). */
  private volatile boolean retrying;

  InFlight(RedisAsyncCommands<String, byte[]> acks, String group, int limit, ExecutorService flusher) {
    this.acks = acks;
    this.group = group;
    this.limit = limit;
    this.flusher = flusher;
  }

  /**
   * Counts {@code entry} in; returns false, counting nothing, when it is in flight already (the
   * reader claimed back an entry of its own that a listener is still handling).
   */
  boolean begin(StreamEntry entry) {
    return begin(entry.stream(), entry.id());
  }

  /** As {@link #begin(StreamEntry)}, for an entry that could not even be read. */
  boolean begin(String stream, String id) {
    if (ids.putIfAbsent(key(stream, id), new Since(stream, id, System.nanoTime())) != null) {
      return false;
    }
    lock.lock();
    try {
      count++;
    } finally {
      lock.unlock();
    }
    return true;
  }

  /** Whether the entry {@code id} of {@code stream} is in flight here. */
  boolean contains(String stream, String id) {
    return ids.containsKey(key(stream, id));
  }

  /** The ids of the entries in flight since {@code nanos} ago or longer, by stream. */
  Map<String, List<String>> olderThan(long nanos) {
    long now = System.nanoTime();
    Map<String, List<String>> old = new LinkedHashMap<>();
    for (Since entry : ids.values()) {
      if (now - entry.nanoTime() >= nanos) {
        old.computeIfAbsent(entry.stream(), stream -> new ArrayList<>()).add(entry.id());
      }
    }
    return old;
  }

  /** Queues {@code entry}'s XACK; it stops being in flight once Redis has answered. */
  void finish(StreamEntry entry) {
    finish(entry.stream(), entry.id());
  }

  /** As {@link #finish(StreamEntry)}, for an entry that could not even be read. */
  void finish(String stream, String id) {
    finished.add(new Ack(stream, id));
    requestFlush();
  }

  private void requestFlush() {
    if (flushQueued.compareAndSet(false, true)) {
      try {
        flusher.execute(this::flush);
      } catch (RejectedExecutionException closed) {
        // Finished after the worker closed: the entries stay pending in Redis, and a live worker
        // of the group claims them. (The flag stays set: nothing more is sent from here.)
        LOG.debug("{} entries finished after the worker closed; they stay pending", finished.size());
      }
    }
  }

  /** How many more entries may be read now; waits up to {@code nanos} while the answer is 0. */
  int awaitRoom(long nanos) throws InterruptedException {
    lock.lock();
    try {
      long left = nanos;
      while (count >= limit && left > 0) {
        left = room.awaitNanos(left);
      }
      return Math.max(0, limit - count);
    } finally {
      lock.unlock();
    }
  }

  /** Waits up to {@code nanos} for every entry to be acknowledged; returns how many are left. */
  int awaitEmpty(long nanos) throws InterruptedException {
    lock.lock();
    try {
      long left = nanos;
      while (count > 0 && left > 0) {
        left = empty.awaitNanos(left);
      }
      return count;
    } finally {
      lock.unlock();
    }
  }

  /** How many more entries may be read now, without waiting. */
  int freeNow() {
    lock.lock();
    try {
      return Math.max(0, limit - count);
    } finally {
      lock.unlock();
    }
  }

  /** How many entries are in flight. */
  int size() {
    lock.lock();
    try {
      return count;
    } finally {
      lock.unlock();
    }
  }

  /** How many entries Redis has acknowledged. */
  long acknowledged() {
    return acknowledged.get();
  }

  /** On the flusher: one XACK per stream for everything finished since the last flush. */
  private void flush() {
    flushQueued.set(false);
    Map<String, List<String>> byStream = new LinkedHashMap<>();
    for (Ack ack; (ack = finished.poll()) != null; ) {
      byStream.computeIfAbsent(ack.stream(), stream -> new ArrayList<>()).add(ack.id());
    }
    byStream.forEach((stream, entries) -> {
      String[] idArray = entries.toArray(String[]::new);
      acks.xack(stream, group, idArray).whenComplete((acked, failure) -> {
        if (failure != null && RedisErrors.code(failure).equals("NOGROUP")) {
          // Nothing left to acknowledge: the group went (Redis restarted empty, or the group or its
          // stream was deleted), and the reader makes it again from what the stream holds now.
          LOG.warn("could not acknowledge {} entries of {}: the group {} is gone", idArray.length, stream, group);
        } else if (failure != null && (RedisErrors.code(failure).isEmpty() || RedisErrors.refusedForNow(failure))) {
          // Lost with the connection (or its reply was), timed out, or refused for now: the
          // entries were handled, so the XACK goes again (XACK twice is harmless) rather than
          // leaving them to be claimed and handled a second time. They stay in flight meanwhile,
          // so their leases are kept.
          if (!retrying) {
            retrying = true;
            LOG.warn("could not acknowledge {} entries of {} ({}); sending the acknowledgements again every {} ms",
                idArray.length, stream, RedisErrors.reason(failure), RETRY_MILLIS);
          }
          entries.forEach(id -> finished.add(new Ack(stream, id)));
          CompletableFuture.delayedExecutor(RETRY_MILLIS, TimeUnit.MILLISECONDS).execute(this::requestFlush);
          return;
        } else if (failure != null) {
          // The entries stay pending in Redis: after the claim idle time a worker claims them and
          // handles them again. At least once, never lost.
          LOG.warn("could not acknowledge {} entries of {} ({}); they will be claimed and handled again",
              idArray.length, stream, failure.toString());
        } else {
          if (retrying) {
            retrying = false;
            LOG.info("acknowledging works again ({} entries of {})", idArray.length, stream);
          }
          acknowledged.addAndGet(idArray.length);
        }
        done(stream, entries);
      });
    });
  }

  private void done(String stream, List<String> entries) {
    for (String id : entries) {
      ids.remove(key(stream, id));
    }
    lock.lock();
    try {
      count -= entries.size();
      room.signalAll();
      if (count == 0) {
        empty.signalAll();
      }
    } finally {
      lock.unlock();
    }
  }

  /** An entry in flight, read at {@code nanoTime}. */
  private record Since(String stream, String id, long nanoTime) {}

  /** A finished entry, to acknowledge. */
  private record Ack(String stream, String id) {}

  private static String key(String stream, String id) {
    return stream + ' ' + id;
  }
}

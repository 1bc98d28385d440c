package dev.shardwire.gateway.session;

import dev.shardwire.gateway.ShardScheduler;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;

/**
 * One shard's work, run one task at a time and in order on a pool that all shards share
 * ({@link ShardScheduler}). Heartbeats, sends, handshakes, reconnects and socket closes all run
 * here, never on a Java-WebSocket thread: the library reads a connection on the thread that calls
 * us back, so work done there would stall that connection.
 *
 * <p>A shard's tasks never overlap, as on a thread of its own, but a shard holds a pool thread
 * only while it has work queued.
 *
 * <p>Once {@link #shutdown()} has run, new and pending tasks are dropped with a debug line rather
 * than thrown: every caller gives work that only matters while the shard runs.
 */
public final class ShardExecutor {

  /** How many tasks a shard runs before it hands its pool thread to the other shards' work. */
  private static final int TURN = 64;

  private final ScheduledExecutorService pool;
  private final int shardId;
  private final Logger log;
  private final Queue<Runnable> queue = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean draining = new AtomicBoolean();
  private volatile boolean stopped;
  /** The thread running one of this shard's tasks right now, or null between tasks. */
  private volatile Thread owner;

  public ShardExecutor(ScheduledExecutorService pool, int shardId, Logger log) {
    this.pool = pool;
    this.shardId = shardId;
    this.log = log;
  }

  /** Runs {@code task} after the shard's earlier tasks. */
  public void execute(Runnable task) {
    if (stopped) {
      log.debug("shard {}: scheduler stopped, task dropped", shardId);
      return;
    }
    queue.add(task);
    if (draining.compareAndSet(false, true)) {
      submitDrain();
    }
  }

  private void submitDrain() {
    try {
      pool.execute(this::drain);
    } catch (RejectedExecutionException e) {
      draining.set(false);
      log.warn("shard {}: the shard scheduler refused work; is it shut down?", shardId);
    }
  }

  /**
   * Runs {@code task} after {@code delayNanos}, in turn with the shard's other tasks.
   *
   * @return the task, to cancel it; a cancelled task never runs, even when its time has come
   */
  Future<?> schedule(Runnable task, long delayNanos) {
    Timed timed = new Timed(task);
    try {
      timed.timer = pool.schedule(() -> execute(timed), delayNanos, TimeUnit.NANOSECONDS);
    } catch (RejectedExecutionException e) {
      log.debug("shard {}: scheduler stopped, task dropped", shardId);
      return null;
    }
    return timed;
  }

  /**
   * Runs {@code action} after {@code delayNanos} on the pool, outside the shard's turn and even once
   * the shard has stopped: for an action that touches no shard state and must happen whatever
   * became of the shard meanwhile, such as cutting a socket its server keeps open. Runs it at once
   * if the pool refuses it.
   */
  void scheduleRegardless(Runnable action, long delayNanos) {
    Runnable guarded = () -> {
      try {
        action.run();
      } catch (RuntimeException e) {
        log.debug("shard {}: {}", shardId, e.toString());
      }
    };
    try {
      pool.schedule(guarded, delayNanos, TimeUnit.NANOSECONDS);
    } catch (RejectedExecutionException e) {
      guarded.run();
    }
  }

  private void drain() {
    int budget = TURN;
    while (true) {
      Runnable task;
      while ((task = queue.poll()) != null) {
        if (!stopped) {
          run(task);
        }
        if (--budget == 0 && !queue.isEmpty()) {
          // The pool is shared: after a turn, let the other shards' heartbeats in. Still draining.
          submitDrain();
          return;
        }
      }
      draining.set(false);
      // A task added after the last poll and before the flag fell found it still set: take it.
      if (queue.isEmpty() || !draining.compareAndSet(false, true)) {
        return;
      }
    }
  }

  private void run(Runnable task) {
    owner = Thread.currentThread();
    try {
      task.run();
    } catch (RuntimeException | Error e) {
      log.error("shard {}: a scheduled task failed; the shard may not recover by itself", shardId, e);
    } finally {
      owner = null;
    }
  }

  /** Whether the calling thread is running one of this shard's tasks. */
  public boolean isOwner() {
    return owner == Thread.currentThread();
  }

  /**
   * Refuses to go on unless the calling thread runs one of this shard's tasks: the connection state
   * (see the package notes) changes only there. A part that finds itself elsewhere is a bug.
   *
   * @throws IllegalStateException when called from any other thread
   */
  public void checkOwner() {
    if (!isOwner()) {
      throw new IllegalStateException("shard " + shardId + ": connection state touched on " + Thread.currentThread().getName()
          + ", not on the shard's executor");
    }
  }

  /** Drops every task not yet run and every later one. */
  void shutdown() {
    stopped = true;
    queue.clear();
  }

  static void cancel(Future<?> task) {
    if (task != null) {
      task.cancel(false);
    }
  }

  /** A delayed task: cancelling it cancels its timer, and stops it if the timer already fired. */
  private final class Timed extends FutureTask<Void> {

    volatile Future<?> timer;

    Timed(Runnable task) {
      super(task, null);
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
      Future<?> t = timer;
      if (t != null) {
        t.cancel(false);
      }
      return super.cancel(mayInterruptIfRunning);
    }

    @Override
    protected void setException(Throwable failure) {
      // FutureTask keeps what the task threw; nobody reads it, so report it as run() would.
      super.setException(failure);
      log.error("shard {}: a scheduled task failed; the shard may not recover by itself", shardId, failure);
    }
  }
}

package dev.shardwire.gateway;

import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;

/**
 * The shard's one scheduler thread, {@code shardwire-shard-<id>}. Heartbeats, sends, handshakes,
 * reconnects and socket closes all run here, never on a Java-WebSocket thread: the library reads a
 * connection on the thread that calls us back, so work done there would stall that connection.
 *
 * <p>Once {@link #shutdown()} has run, new tasks are dropped with a debug line rather than thrown:
 * every caller gives work that only matters while the shard runs.
 */
final class ShardExecutor {

  private final ScheduledThreadPoolExecutor scheduler;
  private final int shardId;
  private final Logger log;

  ShardExecutor(int shardId, Logger log) {
    this.shardId = shardId;
    this.log = log;
    this.scheduler = new ScheduledThreadPoolExecutor(1, task -> {
      Thread t = new Thread(task, "shardwire-shard-" + shardId);
      t.setDaemon(true);
      return t;
    });
    // Cancelled heartbeats and timeouts are common; do not let them pile up in the queue.
    scheduler.setRemoveOnCancelPolicy(true);
    scheduler.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
  }

  /** Runs {@code task} on the scheduler thread as soon as it is free. */
  void execute(Runnable task) {
    try {
      scheduler.execute(logged(task));
    } catch (RejectedExecutionException e) {
      log.debug("shard {}: scheduler stopped, task dropped", shardId);
    }
  }

  /** Runs {@code task} after {@code delayNanos}; returns null when the scheduler has stopped. */
  ScheduledFuture<?> schedule(Runnable task, long delayNanos) {
    try {
      return scheduler.schedule(logged(task), delayNanos, TimeUnit.NANOSECONDS);
    } catch (RejectedExecutionException e) {
      log.debug("shard {}: scheduler stopped, task dropped", shardId);
      return null;
    }
  }

  /**
   * {@code task}, logging what it throws: the executor would keep the exception in a future that
   * nobody reads, and a shard whose handshake task died would hang without a word.
   */
  private Runnable logged(Runnable task) {
    return () -> {
      try {
        task.run();
      } catch (RuntimeException | Error e) {
        log.error("shard {}: a scheduled task failed; the shard may not recover by itself", shardId, e);
        throw e;
      }
    };
  }

  /** Stops the thread; pending tasks never run. */
  void shutdown() {
    scheduler.shutdownNow();
  }

  /** Cancels {@code task} if there is one, without interrupting it. */
  static void cancel(Future<?> task) {
    if (task != null) {
      task.cancel(false);
    }
  }
}

package dev.shardwire.dispatch;

import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs tasks one at a time, in submission order, on another {@link Executor}: the lane through
 * which a shard hands its events to the event manager.
 *
 * <ul>
 *   <li>FIFO: tasks run in the order {@link #execute} accepted them.
 *   <li>Serial: never two tasks of one lane at once, and each task sees everything the previous
 *       one did (happens-before).
 *   <li>Never blocks the submitter: {@code execute} enqueues and, if the lane is idle, hands one
 *       drain task to the executor.
 *   <li>Fair: a busy lane gives its thread back to the executor every {@value #BATCH} tasks, so
 *       many lanes can share a small pool.
 *   <li>A task that throws is logged and the next one runs.
 * </ul>
 */
public final class SerialLane implements Executor {

  /** Tasks run per turn on the executor before the lane yields its thread. */
  static final int BATCH = 64;

  private static final Logger LOG = LoggerFactory.getLogger(SerialLane.class);

  private final Executor executor;
  private final ConcurrentLinkedQueue<Runnable> tasks = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean scheduled = new AtomicBoolean();
  private final Runnable drain = this::drain;

  /** A lane whose tasks run on {@code executor}. */
  public SerialLane(Executor executor) {
    this.executor = Objects.requireNonNull(executor, "executor must not be null");
  }

  /**
   * Queues {@code task} after every task already accepted.
   *
   * @throws RejectedExecutionException if the executor refused to run the lane; the task stays
   *     queued and runs when a later {@code execute} succeeds in scheduling the lane
   */
  @Override
  public void execute(Runnable task) {
    tasks.add(Objects.requireNonNull(task, "task must not be null"));
    schedule();
  }

  /** How many accepted tasks have not started yet. Linear time; for monitoring and tests. */
  public int queued() {
    return tasks.size();
  }

  private void schedule() {
    if (scheduled.compareAndSet(false, true)) {
      try {
        executor.execute(drain);
      } catch (RuntimeException | Error refused) {
        scheduled.set(false);
        throw refused;
      }
    }
  }

  private void drain() {
    try {
      for (int run = 0; run < BATCH; run++) {
        Runnable task = tasks.poll();
        if (task == null) {
          break;
        }
        try {
          task.run();
        } catch (VirtualMachineError fatal) {
          throw fatal;
        } catch (Throwable failure) {
          LOG.error("A task of a serial lane failed; the lane goes on with the next one", failure);
        }
      }
    } finally {
      scheduled.set(false);
      if (!tasks.isEmpty()) {
        try {
          schedule();
        } catch (RejectedExecutionException refused) {
          LOG.error("The executor refused to run a serial lane; {} tasks wait for the next submission",
              tasks.size(), refused);
        }
      }
    }
  }
}

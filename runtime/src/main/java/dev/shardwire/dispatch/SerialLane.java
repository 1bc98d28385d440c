package dev.shardwire.dispatch;

import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
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
 *   <li>Fair: a busy lane gives its thread back to the executor after {@value #BATCH} tasks or
 *       {@value #TURN_NANOS} ns of them, whichever comes first, so many lanes can share a small
 *       pool. Each hand-back wakes a pool thread, which costs about as much as a few events; a
 *       turn is long enough to keep that cost small (measured: handing back every 64 events spread
 *       one shard's lane over every thread of the pool and took a third of the lane's time).
 *   <li>Lingers: a lane that runs out of tasks keeps its thread for at most {@value
 *       #LINGER_NANOS} ns more per turn, waiting for the next task in short parks, before it
 *       gives the thread back. A shard submits its events one by one, a few microseconds apart;
 *       without this every event would wake a pool thread that goes straight back to sleep, and
 *       the wake-up would cost the submitting read thread more than the event.
 *   <li>A task that throws is logged and the next one runs.
 * </ul>
 */
public final class SerialLane implements Executor {

  /** Tasks run per turn on the executor before the lane yields its thread. */
  static final int BATCH = 1024;

  /** The time a turn may run tasks before the lane yields its thread; checked every 16 tasks. */
  static final long TURN_NANOS = 1_000_000;

  /** The longest a turn waits, in total, for more tasks once the queue is empty. */
  static final long LINGER_NANOS = 200_000;

  /** One park of a waiting turn; the system's timer slack usually makes it longer. */
  private static final long PARK_NANOS = 20_000;

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
      long turnStart = System.nanoTime();
      long lingerDeadline = 0;
      boolean lingering = false;
      for (int run = 0; run < BATCH; run++) {
        if ((run & 15) == 15 && System.nanoTime() - turnStart >= TURN_NANOS) {
          break;
        }
        Runnable task = tasks.poll();
        if (task == null) {
          if (!lingering) {
            lingering = true;
            lingerDeadline = System.nanoTime() + LINGER_NANOS;
          }
          task = awaitTask(lingerDeadline);
          if (task == null) {
            break;
          }
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

  /**
   * The next task, waited for until {@code deadline} (a {@link System#nanoTime()} value) in short
   * parks, null when none came in time. The lane stays scheduled meanwhile, so a submitter only
   * enqueues; each park lets the tasks that arrive meanwhile be run together. No spinning: a
   * spinning lane takes a core from the thread that submits (measured: a third slower on two cores).
   */
  private Runnable awaitTask(long deadline) {
    Runnable task;
    while ((task = tasks.poll()) == null) {
      if (System.nanoTime() - deadline >= 0) {
        return null;
      }
      LockSupport.parkNanos(this, PARK_NANOS);
    }
    return task;
  }
}

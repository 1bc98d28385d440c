package dev.shardwire.gateway;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that run every shard's own work (heartbeats, sends, handshakes, reconnects) in this
 * process, unless {@link dev.shardwire.gateway.client.ShardOptions#scheduler} names others.
 *
 * <p>One pool for all shards, sized by cores, rather than a thread per shard: a shard's work is a
 * few short tasks per heartbeat interval, so 64 shards need no more threads than 2. Each shard
 * still runs its tasks one at a time, in order ({@code ShardExecutor}). Its threads are daemons
 * and it is never shut down, so it outlives any one bot.
 */
public final class ShardScheduler {

  /** How many threads the shared pool has: the cores, and at least two. */
  public static final int DEFAULT_THREADS = Math.max(2, Runtime.getRuntime().availableProcessors());

  private static final ScheduledExecutorService SHARED = newPool(DEFAULT_THREADS);

  private ShardScheduler() {}

  /** The pool every shard of this process uses by default. */
  public static ScheduledExecutorService shared() {
    return SHARED;
  }

  /** A new pool of {@code threads} daemon threads named {@code shardwire-shards-N}. */
  public static ScheduledExecutorService newPool(int threads) {
    AtomicInteger count = new AtomicInteger();
    ScheduledThreadPoolExecutor pool =
        new ScheduledThreadPoolExecutor(
            threads,
            task -> {
              Thread thread = new Thread(task, "shardwire-shards-" + count.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    // Cancelled heartbeats and timeouts are common; do not let them pile up in the queue.
    pool.setRemoveOnCancelPolicy(true);
    return pool;
  }
}

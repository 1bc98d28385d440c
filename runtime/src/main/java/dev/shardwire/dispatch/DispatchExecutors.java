package dev.shardwire.dispatch;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** The executors listeners run on unless the user supplies one. */
public final class DispatchExecutors {

  /**
   * The most threads the default pool starts: twice the cores, and at least 4. Lanes are shared
   * by all shards, so the pool is sized by the machine, not by the shard count.
   */
  public static final int DEFAULT_MAX_THREADS = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());

  private DispatchExecutors() {}

  /**
   * A new pool for the shards' lanes: up to {@link #DEFAULT_MAX_THREADS} daemon threads named
   * {@code shardwire-listener-N}, created on demand and ended after 30 seconds idle, with an
   * unbounded queue once all are busy. Each shard's lane uses at most one thread at a time. A
   * listener that blocks holds one of these threads: a bot whose listeners block for long should
   * pass a larger pool to {@code GatewayBot.builder().executor(…)}, or, on Java 21 and later,
   * {@code Executors.newVirtualThreadPerTaskExecutor()}.
   */
  public static ExecutorService newDefaultExecutor() {
    AtomicInteger count = new AtomicInteger();
    ThreadFactory threads =
        task -> {
          Thread thread = new Thread(task, "shardwire-listener-" + count.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        };
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(
            DEFAULT_MAX_THREADS,
            DEFAULT_MAX_THREADS,
            30,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            threads);
    pool.allowCoreThreadTimeOut(true);
    return pool;
  }
}

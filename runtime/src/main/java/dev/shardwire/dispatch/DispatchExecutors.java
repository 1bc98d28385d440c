package dev.shardwire.dispatch;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** The executors listeners run on unless the user supplies one. */
public final class DispatchExecutors {

  /** The most threads the default pool starts. */
  public static final int DEFAULT_MAX_THREADS = 64;

  private DispatchExecutors() {}

  /**
   * A new pool suited to a bot with many slow listeners on Java 17: up to {@value
   * #DEFAULT_MAX_THREADS} daemon threads named {@code shardwire-listener-N}, created on demand and
   * ended after 30 seconds idle, with an unbounded queue once all are busy. Each shard's lane uses
   * at most one thread at a time, so a listener that blocks delays only its own shard's later
   * events. On Java 21 and later, {@code Executors.newVirtualThreadPerTaskExecutor()} is a natural
   * choice instead.
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

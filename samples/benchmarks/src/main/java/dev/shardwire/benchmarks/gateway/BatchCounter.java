package dev.shardwire.benchmarks.gateway;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Counts arrivals on one thread at a time (a shard's lane or a client's read thread) and releases
 * the benchmark thread when a batch is complete.
 */
final class BatchCounter {

  private volatile CountDownLatch done = new CountDownLatch(0);
  private volatile int remaining;

  /** Starts a batch of {@code count} arrivals; call before anything of the batch is sent. */
  void expect(int count) {
    remaining = count;
    done = new CountDownLatch(1);
  }

  /** One arrival; counted by a single thread at a time. */
  void count() {
    int left = remaining - 1;
    remaining = left;
    if (left == 0) {
      done.countDown();
    }
  }

  /**
   * Waits for the batch.
   *
   * @throws TimeoutException if it did not complete within {@code timeout}
   */
  void await(Duration timeout) throws InterruptedException, TimeoutException {
    if (!done.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new TimeoutException(remaining + " arrivals still missing after " + timeout);
    }
  }
}

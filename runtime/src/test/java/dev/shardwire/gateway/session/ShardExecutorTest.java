package dev.shardwire.gateway.session;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shardwire.gateway.ShardScheduler;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Shards share a pool, but each runs its tasks one at a time, in order, and takes turns. */
class ShardExecutorTest {

  private final ScheduledExecutorService pool = ShardScheduler.newPool(1);

  @AfterEach
  void stop() {
    pool.shutdownNow();
  }

  private ShardExecutor shard(int id) {
    return new ShardExecutor(pool, id, LoggerFactory.getLogger(ShardExecutorTest.class));
  }

  @Test
  void aShardsTasksRunInOrderAndNeverOverlap() {
    ScheduledExecutorService wide = ShardScheduler.newPool(4);
    ShardExecutor onWidePool = new ShardExecutor(wide, 1, LoggerFactory.getLogger(ShardExecutorTest.class));
    List<Integer> order = new CopyOnWriteArrayList<>();
    AtomicInteger running = new AtomicInteger();
    AtomicInteger overlaps = new AtomicInteger();
    for (int i = 0; i < 2_000; i++) {
      int n = i;
      onWidePool.execute(() -> {
        if (running.incrementAndGet() > 1) {
          overlaps.incrementAndGet();
        }
        order.add(n);
        running.decrementAndGet();
      });
    }
    await().atMost(Duration.ofSeconds(10)).until(() -> order.size() == 2_000);
    wide.shutdownNow();
    assertEquals(0, overlaps.get());
    for (int i = 0; i < order.size(); i++) {
      assertEquals(i, order.get(i));
    }
  }

  @Test
  void aBusyShardTakesTurnsWithTheOthersOnOneThread() throws Exception {
    ShardExecutor busy = shard(0);
    ShardExecutor other = shard(1);
    List<String> ran = new CopyOnWriteArrayList<>();
    CountDownLatch firstRunning = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    busy.execute(() -> {
      firstRunning.countDown();
      waitFor(release);
      ran.add("busy");
    });
    for (int i = 0; i < 999; i++) {
      busy.execute(() -> ran.add("busy"));
    }
    assertTrue(firstRunning.await(10, TimeUnit.SECONDS));
    other.execute(() -> ran.add("other"));
    release.countDown();
    await().atMost(Duration.ofSeconds(10)).until(() -> ran.size() == 1_001);
    int otherAt = ran.indexOf("other");
    assertTrue(otherAt < 1_000, "the other shard waited for all 1,000 of the busy shard's tasks: at " + otherAt);
  }

  @Test
  void aCancelledDelayedTaskNeverRuns() throws Exception {
    ShardExecutor shard = shard(0);
    AtomicInteger runs = new AtomicInteger();
    Future<?> task = shard.schedule(runs::incrementAndGet, TimeUnit.MILLISECONDS.toNanos(50));
    task.cancel(false);
    CountDownLatch later = new CountDownLatch(1);
    shard.schedule(later::countDown, TimeUnit.MILLISECONDS.toNanos(200));
    assertTrue(later.await(10, TimeUnit.SECONDS));
    assertEquals(0, runs.get());
  }

  private static void waitFor(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void onlyTheShardsOwnTasksPassTheOwnerCheck() throws Exception {
    ShardExecutor shard = shard(1);
    ShardExecutor other = shard(2); // the same single pool thread runs both shards' tasks
    assertThrows(IllegalStateException.class, shard::checkOwner);
    CompletableFuture<Boolean> onItsOwn = new CompletableFuture<>();
    CompletableFuture<Boolean> onItsTimer = new CompletableFuture<>();
    CompletableFuture<Throwable> onAnother = new CompletableFuture<>();
    shard.execute(() -> {
      shard.checkOwner();
      onItsOwn.complete(shard.isOwner());
    });
    shard.schedule(() -> onItsTimer.complete(shard.isOwner()), TimeUnit.MILLISECONDS.toNanos(1));
    other.execute(() -> {
      try {
        shard.checkOwner();
        onAnother.complete(null);
      } catch (IllegalStateException e) {
        onAnother.complete(e);
      }
    });
    assertTrue(onItsOwn.get(10, TimeUnit.SECONDS));
    assertTrue(onItsTimer.get(10, TimeUnit.SECONDS));
    assertInstanceOf(IllegalStateException.class, onAnother.get(10, TimeUnit.SECONDS));
    assertFalse(shard.isOwner());
  }
}

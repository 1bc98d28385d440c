package dev.shardwire.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SerialLaneTest {

  private final ExecutorService pool = Executors.newFixedThreadPool(4);

  @AfterEach
  void stop() {
    pool.shutdownNow();
  }

  @Test
  void runsTasksInOrderOneAtATime() throws Exception {
    SerialLane lane = new SerialLane(pool);
    List<Integer> order = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger running = new AtomicInteger();
    AtomicInteger maxRunning = new AtomicInteger();
    CountDownLatch done = new CountDownLatch(1);
    int tasks = 10_000;
    for (int i = 0; i < tasks; i++) {
      int n = i;
      lane.execute(() -> {
        maxRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
        order.add(n);
        running.decrementAndGet();
        if (n == tasks - 1) {
          done.countDown();
        }
      });
    }
    assertTrue(done.await(1, TimeUnit.MINUTES));
    assertEquals(1, maxRunning.get());
    for (int i = 0; i < tasks; i++) {
      assertEquals(i, order.get(i));
    }
  }

  @Test
  void aBusyLaneTakesTurnsWithAnotherOnOneThread() throws Exception {
    ExecutorService one = Executors.newSingleThreadExecutor();
    try {
      CountDownLatch gate = new CountDownLatch(1);
      one.execute(() -> awaitQuietly(gate)); // holds the thread while both lanes fill up
      SerialLane busy = new SerialLane(one);
      SerialLane other = new SerialLane(one);
      List<String> order = Collections.synchronizedList(new ArrayList<>());
      int tasks = 5_000;
      CountDownLatch done = new CountDownLatch(1);
      for (int i = 0; i < tasks; i++) {
        int n = i;
        busy.execute(() -> {
          order.add("busy");
          if (n == tasks - 1) {
            done.countDown();
          }
        });
      }
      other.execute(() -> order.add("other"));
      gate.countDown();
      assertTrue(done.await(1, TimeUnit.MINUTES));
      int otherAt = order.indexOf("other");
      // The busy lane's turn came first and ended after at most BATCH of its tasks.
      assertTrue(otherAt >= 1 && otherAt <= SerialLane.BATCH, "other lane ran at " + otherAt);
    } finally {
      one.shutdownNow();
    }
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void aBlockedTaskNeverBlocksTheSubmitterNorAnotherLane() throws Exception {
    SerialLane slow = new SerialLane(pool);
    SerialLane other = new SerialLane(pool);
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch afterSlow = new CountDownLatch(1);
    CountDownLatch otherRan = new CountDownLatch(1);
    slow.execute(() -> {
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    slow.execute(afterSlow::countDown);
    other.execute(otherRan::countDown);
    assertTrue(otherRan.await(1, TimeUnit.MINUTES));
    assertEquals(1, afterSlow.getCount(), "the lane keeps its order behind the blocked task");
    release.countDown();
    assertTrue(afterSlow.await(1, TimeUnit.MINUTES));
  }

  @Test
  void anIdleLaneGivesItsThreadBackAfterLingering() throws Exception {
    ExecutorService single = Executors.newSingleThreadExecutor();
    try {
      SerialLane first = new SerialLane(single);
      SerialLane second = new SerialLane(single);
      CountDownLatch firstRan = new CountDownLatch(1);
      CountDownLatch secondRan = new CountDownLatch(1);
      first.execute(firstRan::countDown);
      assertTrue(firstRan.await(1, TimeUnit.MINUTES));
      second.execute(secondRan::countDown);
      assertTrue(secondRan.await(1, TimeUnit.MINUTES), "the first lane must give the only thread back");
      // A task that comes while the lane lingers, or after, still runs.
      CountDownLatch again = new CountDownLatch(2);
      first.execute(again::countDown);
      first.execute(again::countDown);
      assertTrue(again.await(1, TimeUnit.MINUTES));
    } finally {
      single.shutdownNow();
    }
  }

  @Test
  void aThrowingTaskDoesNotStopTheLane() throws Exception {
    SerialLane lane = new SerialLane(pool);
    CountDownLatch after = new CountDownLatch(1);
    try (LogCapture ignored = new LogCapture()) {
      lane.execute(() -> {
        throw new IllegalStateException("task fails");
      });
      lane.execute(after::countDown);
      assertTrue(after.await(1, TimeUnit.MINUTES));
    }
  }

  @Test
  void laneDispatchesInSequenceOrderToTheManager() throws Exception {
    EventManager manager = EventManager.builder().executor(pool).build();
    SerialLane lane = manager.newLane();
    List<Integer> seen = Collections.synchronizedList(new ArrayList<>());
    CountDownLatch done = new CountDownLatch(1);
    manager.subscribe(TestEvents.PUPPY, e -> {
      seen.add(e.n());
      if (e.n() == 999) {
        done.countDown();
      }
    });
    for (int i = 0; i < 1000; i++) {
      TestEvents.Puppy event = TestEvents.puppy(i);
      lane.execute(() -> manager.dispatch(event));
    }
    assertTrue(done.await(1, TimeUnit.MINUTES));
    for (int i = 0; i < 1000; i++) {
      assertEquals(i, seen.get(i));
    }
  }

  @Test
  void aRefusedLaneRethrowsAndKeepsTheTask() throws Exception {
    AtomicInteger refusals = new AtomicInteger(1);
    List<Runnable> accepted = new ArrayList<>();
    SerialLane lane = new SerialLane(task -> {
      if (refusals.getAndDecrement() > 0) {
        throw new RejectedExecutionException("full");
      }
      accepted.add(task);
    });
    List<String> ran = new ArrayList<>();
    assertThrows(RejectedExecutionException.class, () -> lane.execute(() -> ran.add("first")));
    lane.execute(() -> ran.add("second"));
    accepted.get(0).run();
    assertEquals(List.of("first", "second"), ran);
  }

  @Test
  void defaultExecutorUsesDaemonThreads() throws Exception {
    ExecutorService executor = DispatchExecutors.newDefaultExecutor();
    try {
      CountDownLatch daemon = new CountDownLatch(1);
      executor.execute(() -> {
        if (Thread.currentThread().isDaemon()
            && Thread.currentThread().getName().startsWith("shardwire-listener-")) {
          daemon.countDown();
        }
      });
      assertTrue(daemon.await(1, TimeUnit.MINUTES));
    } finally {
      executor.shutdownNow();
    }
  }
}

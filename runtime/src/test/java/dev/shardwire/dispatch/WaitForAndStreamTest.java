package dev.shardwire.dispatch;

import static dev.shardwire.dispatch.TestEvents.ANIMAL;
import static dev.shardwire.dispatch.TestEvents.DOG;
import static dev.shardwire.dispatch.TestEvents.PUPPY;
import static dev.shardwire.dispatch.TestEvents.cat;
import static dev.shardwire.dispatch.TestEvents.puppy;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shardwire.events.ShardwireEventTable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

class WaitForAndStreamTest {

  private static final Duration LONG = Duration.ofMinutes(1);

  private final EventManager manager = TestEvents.manager();

  @Test
  void waitForCompletesWithTheFirstMatchingEventAfterTheCall() {
    manager.dispatch(puppy(2));
    CompletableFuture<TestEvents.Dog> waiter = manager.waitFor(DOG, LONG, e -> e.n() % 2 == 0);
    assertFalse(waiter.isDone(), "an event before the call is not seen");
    manager.dispatch(puppy(3));
    manager.dispatch(cat(4));
    assertFalse(waiter.isDone());
    TestEvents.Puppy match = puppy(4);
    manager.dispatch(match);
    manager.dispatch(puppy(6));
    assertSame(match, waiter.join());
    assertFalse(manager.isListenedTo(PUPPY), "the waiter is removed once done");
  }

  @Test
  void waitForTimesOutWithTimeoutException() {
    CompletableFuture<TestEvents.Puppy> waiter = manager.waitFor(PUPPY, Duration.ofMillis(20));
    ExecutionException thrown =
        assertThrows(ExecutionException.class, () -> waiter.get(1, TimeUnit.MINUTES));
    assertTrue(thrown.getCause() instanceof TimeoutException, String.valueOf(thrown.getCause()));
    await().atMost(Duration.ofSeconds(5)).until(() -> !manager.isListenedTo(PUPPY));
  }

  @Test
  void aThrowingPredicateFailsTheFutureWithThatException() {
    IllegalStateException bad = new IllegalStateException("bad predicate");
    CompletableFuture<TestEvents.Puppy> waiter = manager.waitFor(PUPPY, LONG, e -> {
      throw bad;
    });
    assertTrue(manager.dispatch(puppy(1)).isDone());
    ExecutionException thrown = assertThrows(ExecutionException.class, waiter::get);
    assertSame(bad, thrown.getCause());
    assertFalse(manager.isListenedTo(PUPPY));
  }

  @Test
  void cancellingTheFutureRemovesTheWaiter() {
    CompletableFuture<TestEvents.Puppy> waiter = manager.waitFor(PUPPY, LONG);
    assertTrue(manager.isListenedTo(PUPPY));
    waiter.cancel(true);
    assertFalse(manager.isListenedTo(PUPPY));
    manager.dispatch(puppy(1));
    assertTrue(waiter.isCancelled());
  }

  @Test
  void waitForFromAnotherThreadSeesADispatchAfterwards() throws Exception {
    CompletableFuture<TestEvents.Puppy> waiter = manager.waitFor(PUPPY, LONG);
    Thread dispatcher = new Thread(() -> manager.dispatch(puppy(5)));
    dispatcher.start();
    assertEquals(5, waiter.get(1, TimeUnit.MINUTES).n());
    dispatcher.join();
  }

  @Test
  void streamSeesOnlyEventsAfterItOpensThroughItsFilters() {
    manager.dispatch(puppy(0));
    try (EventStream<TestEvents.Animal> stream =
        manager.stream(ANIMAL, Duration.ofMillis(50), 10).filter(e -> e.n() > 1)) {
      manager.dispatch(puppy(1));
      manager.dispatch(puppy(2));
      manager.dispatch(cat(3));
      List<Integer> seen = new ArrayList<>();
      for (TestEvents.Animal event : stream) {
        seen.add(event.n());
      }
      assertEquals(List.of(2, 3), seen, "iteration ends when nothing arrives within the timeout");
      assertTrue(stream.isOpen());
    }
  }

  @Test
  void aFilterAddedLaterAlsoAppliesToBufferedEvents() {
    try (EventStream<TestEvents.Puppy> stream = manager.stream(PUPPY, Duration.ofMillis(20), 10)) {
      manager.dispatch(puppy(1));
      manager.dispatch(puppy(2));
      stream.filter(e -> e.n() == 2);
      Iterator<TestEvents.Puppy> it = stream.iterator();
      assertEquals(2, it.next().n());
      assertFalse(it.hasNext());
    }
  }

  @Test
  void aFullBufferDropsTheNewestEvents() {
    try (EventStream<TestEvents.Puppy> stream = manager.stream(PUPPY, Duration.ofMillis(20), 2)) {
      for (int i = 1; i <= 5; i++) {
        assertTrue(manager.dispatch(puppy(i)).isDone(), "a full stream never holds a dispatch back");
      }
      List<Integer> seen = new ArrayList<>();
      stream.forEach(e -> seen.add(e.n()));
      assertEquals(List.of(1, 2), seen);
      assertEquals(3, stream.dropped());
    }
  }

  @Test
  void closingMidIterationFromAnotherThreadEndsIterationCleanly() throws Exception {
    EventStream<TestEvents.Puppy> stream = manager.stream(PUPPY, LONG, 10);
    CountDownLatch gotFirst = new CountDownLatch(1);
    CompletableFuture<List<Integer>> result = new CompletableFuture<>();
    Thread reader =
        new Thread(
            () -> {
              List<Integer> seen = new ArrayList<>();
              try {
                for (TestEvents.Puppy event : stream) {
                  seen.add(event.n());
                  gotFirst.countDown();
                }
                result.complete(seen);
              } catch (Throwable t) {
                result.completeExceptionally(t);
              }
            });
    reader.start();
    manager.dispatch(puppy(1));
    assertTrue(gotFirst.await(1, TimeUnit.MINUTES));
    stream.close();
    assertEquals(List.of(1), result.get(1, TimeUnit.MINUTES));
    assertFalse(stream.isOpen());
    assertFalse(manager.isListenedTo(PUPPY));
    manager.dispatch(puppy(2));
    assertFalse(stream.iterator().hasNext());
    stream.close();
    reader.join();
  }

  @Test
  void aThrowingFilterIsReportedLikeAFailingListener() {
    List<Object> failures = new ArrayList<>();
    manager.subscribe(ShardwireEventTable.EXCEPTION_EVENT, failures::add);
    try (EventStream<TestEvents.Puppy> stream =
        manager.stream(PUPPY, Duration.ofMillis(20), 4).filter(e -> {
          throw new IllegalStateException("filter");
        })) {
      manager.dispatch(puppy(1));
      assertEquals(1, failures.size());
      assertFalse(stream.iterator().hasNext());
    }
  }
}

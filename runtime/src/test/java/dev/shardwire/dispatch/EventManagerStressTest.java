package dev.shardwire.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shardwire.events.Event;
import dev.shardwire.spi.EventType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * 8 threads dispatch 1,000,000 events in all to 4 listeners that stay subscribed, while 2 threads
 * subscribe and unsubscribe others: each stable listener sees every event exactly once.
 */
class EventManagerStressTest {

  private static final int EVENTS = 1_000_000;
  private static final int DISPATCHERS = 8;
  private static final int CHURNERS = 2;

  @Test
  void concurrentDispatchAndSubscriptionLoseAndDuplicateNothing() throws Exception {
    EventManager manager = TestEvents.manager();
    List<AtomicIntegerArray> counts = new ArrayList<>();
    EventType<?>[] stableTypes = {TestEvents.PUPPY, TestEvents.DOG, TestEvents.ANIMAL, TestEvents.EVENT};
    for (EventType<?> type : stableTypes) {
      AtomicIntegerArray seen = new AtomicIntegerArray(EVENTS);
      counts.add(seen);
      @SuppressWarnings("unchecked")
      EventType<Event> any = (EventType<Event>) type;
      manager.subscribe(any, e -> seen.incrementAndGet(((TestEvents.Animal) e).n()));
    }

    ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
    AtomicBoolean dispatching = new AtomicBoolean(true);
    AtomicLong churns = new AtomicLong();
    CountDownLatch start = new CountDownLatch(1);
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < DISPATCHERS; t++) {
      int first = t * (EVENTS / DISPATCHERS);
      threads.add(new Thread(() -> {
        try {
          start.await();
          for (int n = first; n < first + EVENTS / DISPATCHERS; n++) {
            if (!manager.dispatch(TestEvents.puppy(n)).isDone()) {
              throw new AssertionError("a synchronous dispatch returned an incomplete future");
            }
          }
        } catch (Throwable failure) {
          errors.add(failure);
        }
      }));
    }
    for (int t = 0; t < CHURNERS; t++) {
      threads.add(new Thread(() -> {
        try {
          start.await();
          EventType<?>[] churnTypes = {TestEvents.PUPPY, TestEvents.DOG, TestEvents.ANIMAL, TestEvents.CAT};
          int i = 0;
          while (dispatching.get()) {
            EventType<?> type = churnTypes[i++ % churnTypes.length];
            @SuppressWarnings("unchecked")
            EventType<Event> any = (EventType<Event>) type;
            EventListener<Event> churner = e -> {};
            Subscription subscription = manager.subscribe(any, churner);
            if (i % 2 == 0) {
              subscription.unsubscribe();
            } else {
              manager.unsubscribe(any, churner);
            }
            churns.incrementAndGet();
          }
        } catch (Throwable failure) {
          errors.add(failure);
        }
      }));
    }
    threads.forEach(Thread::start);
    start.countDown();
    for (Thread thread : threads.subList(0, DISPATCHERS)) {
      thread.join(TimeUnit.MINUTES.toMillis(2));
    }
    dispatching.set(false);
    for (Thread thread : threads) {
      thread.join(TimeUnit.MINUTES.toMillis(1));
    }

    assertTrue(errors.isEmpty(), () -> "failures: " + errors);
    assertTrue(churns.get() > 0);
    for (int l = 0; l < counts.size(); l++) {
      AtomicIntegerArray seen = counts.get(l);
      for (int n = 0; n < EVENTS; n++) {
        if (seen.get(n) != 1) {
          assertEquals(1, seen.get(n), "listener " + l + " saw event " + n + " " + seen.get(n) + " times");
        }
      }
    }
    assertEquals(List.of(), manager.listeners(TestEvents.CAT), "every churned listener is gone");
    assertEquals(1, manager.listeners(TestEvents.PUPPY).size());
  }
}

package dev.shardwire.dispatch;

import static dev.shardwire.dispatch.TestEvents.ANIMAL;
import static dev.shardwire.dispatch.TestEvents.DOG;
import static dev.shardwire.dispatch.TestEvents.GUARDED;
import static dev.shardwire.dispatch.TestEvents.PUPPY;
import static dev.shardwire.dispatch.TestEvents.puppy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shardwire.events.ExceptionEvent;
import dev.shardwire.events.ShardwireEventTable;
import dev.shardwire.models.Intents;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class EventManagerFailureTest {

  private final EventManager manager = TestEvents.manager();
  private final List<ExceptionEvent> failures = new ArrayList<>();

  @Test
  void aThrowingListenerDoesNotStopTheOthersAndProducesAnExceptionEvent() {
    manager.subscribe(ShardwireEventTable.EXCEPTION_EVENT, failures::add);
    List<String> calls = new ArrayList<>();
    IllegalStateException boom = new IllegalStateException("boom");
    EventListener<TestEvents.Puppy> thrower = e -> {
      calls.add("thrower");
      throw boom;
    };
    manager.subscribe(PUPPY, thrower);
    manager.subscribe(PUPPY, e -> calls.add("second"));
    manager.subscribe(ANIMAL, e -> calls.add("animal"));
    TestEvents.Puppy event = puppy(1);

    CompletableFuture<Void> done = manager.dispatch(event);

    assertEquals(List.of("thrower", "second", "animal"), calls);
    assertTrue(done.isDone());
    assertFalse(done.isCompletedExceptionally());
    assertEquals(1, failures.size());
    ExceptionEvent failure = failures.get(0);
    assertSame(boom, failure.exception());
    assertSame(event, failure.failedEvent());
    assertSame(thrower, failure.failedListener());
    assertSame(TestEvents.APP, failure.app());
    assertSame(ShardwireEventTable.EXCEPTION_EVENT, failure.eventType());
  }

  @Test
  void checkedExceptionsAreReportedToo() {
    manager.subscribe(ShardwireEventTable.EXCEPTION_EVENT, failures::add);
    manager.subscribe(PUPPY, e -> {
      throw new IOException("disk");
    });
    manager.dispatch(puppy(1));
    assertTrue(failures.get(0).exception() instanceof IOException);
  }

  @Test
  void retryCallsTheFailedListenerAgainWithTheFailedEvent() throws Exception {
    manager.subscribe(ShardwireEventTable.EXCEPTION_EVENT, failures::add);
    List<Integer> attempts = new ArrayList<>();
    manager.subscribe(DOG, e -> {
      attempts.add(e.n());
      if (attempts.size() == 1) {
        throw new IllegalStateException("first time");
      }
    });
    manager.dispatch(puppy(9));
    assertTrue(failures.get(0).retry().toCompletableFuture().isDone());
    assertEquals(List.of(9, 9), attempts);
  }

  @Test
  void retryOfAnAsyncListenerReturnsItsStage() throws Exception {
    manager.subscribe(ShardwireEventTable.EXCEPTION_EVENT, failures::add);
    CompletableFuture<String> second = new CompletableFuture<>();
    List<CompletableFuture<String>> stages =
        new ArrayList<>(List.of(CompletableFuture.failedFuture(new IllegalStateException("x")), second));
    manager.subscribeAsync(PUPPY, e -> stages.remove(0));
    manager.dispatch(puppy(1));
    assertSame(second, failures.get(0).retry());
  }

  @Test
  void aFailedStageProducesAnExceptionEventAndTheDispatchWaitsForIt() {
    CompletableFuture<Void> exceptionHandled = new CompletableFuture<>();
    manager.subscribeAsync(ShardwireEventTable.EXCEPTION_EVENT, e -> {
      failures.add(e);
      return exceptionHandled;
    });
    CompletableFuture<String> stage = new CompletableFuture<>();
    AsyncEventListener<TestEvents.Puppy> async = e -> stage;
    manager.subscribeAsync(PUPPY, async);

    CompletableFuture<Void> done = manager.dispatch(puppy(1));
    assertFalse(done.isDone());
    IllegalStateException late = new IllegalStateException("late");
    stage.completeExceptionally(late);

    assertEquals(1, failures.size());
    assertSame(late, failures.get(0).exception(), "unwrapped, not a CompletionException");
    assertSame(async, failures.get(0).failedListener());
    assertFalse(done.isDone(), "waits for the ExceptionEvent's listeners");
    exceptionHandled.complete(null);
    assertTrue(done.isDone());
    assertFalse(done.isCompletedExceptionally());
  }

  @Test
  void aThrowingExceptionEventListenerIsLoggedAndNeverDispatchedAgain() {
    List<ExceptionEvent> seen = new ArrayList<>();
    manager.subscribe(ShardwireEventTable.EXCEPTION_EVENT, e -> {
      seen.add(e);
      throw new IllegalStateException("listener of ExceptionEvent fails");
    });
    manager.subscribe(PUPPY, e -> {
      throw new IllegalStateException("original");
    });
    try (LogCapture log = new LogCapture()) {
      CompletableFuture<Void> done = manager.dispatch(puppy(1));
      assertTrue(done.isDone());
      assertTrue(log.text().contains("ERROR"), log.text());
      assertTrue(log.text().contains("not dispatched again"), log.text());
    }
    assertEquals(1, seen.size());
  }

  @Test
  void failureIsLoggedAtErrorWhenNobodyListensToExceptionEvent() {
    manager.subscribe(PUPPY, e -> {
      throw new IllegalStateException("unheard");
    });
    try (LogCapture log = new LogCapture()) {
      manager.dispatch(puppy(1));
      assertTrue(log.text().contains("ERROR"), log.text());
      assertTrue(log.text().contains("unheard"), log.text());
    }
  }

  @Test
  void failureIsNotLoggedAtErrorWhenSomebodyListensToExceptionEvent() {
    manager.subscribe(ShardwireEventTable.EXCEPTION_EVENT, failures::add);
    manager.subscribe(PUPPY, e -> {
      throw new IllegalStateException("heard");
    });
    try (LogCapture log = new LogCapture()) {
      manager.dispatch(puppy(1));
      assertFalse(log.text().contains("ERROR"), log.text());
    }
    assertEquals(1, failures.size());
  }

  @Test
  void listenersOfTheRootTypeAlsoReceiveExceptionEvents() {
    List<Object> all = new ArrayList<>();
    manager.subscribe(TestEvents.EVENT, all::add);
    manager.subscribe(PUPPY, e -> {
      throw new IllegalStateException("x");
    });
    manager.dispatch(puppy(1));
    assertEquals(2, all.size());
    assertTrue(all.get(1) instanceof ExceptionEvent);
  }

  @Test
  void subscribingToATypeWhoseIntentsAreMissingWarnsWithTheirNames() {
    try (LogCapture log = new LogCapture()) {
      manager.subscribe(GUARDED, e -> {});
      assertTrue(log.text().contains("WARN"), log.text());
      assertTrue(log.text().contains("GUILD_MEMBERS"), log.text());
    }
    EventManager covered = EventManager.builder().intents(Intents.of(Intents.GUILD_MEMBERS, Intents.GUILDS)).build();
    try (LogCapture log = new LogCapture()) {
      covered.subscribe(GUARDED, e -> {});
      covered.subscribe(PUPPY, e -> {});
      assertFalse(log.text().contains("WARN"), log.text());
    }
  }

  @Test
  void fatalErrorsAreNotSwallowed() {
    manager.subscribe(PUPPY, e -> {
      throw new OutOfMemoryError("simulated");
    });
    assertThrows(OutOfMemoryError.class, () -> manager.dispatch(puppy(1)));
  }
}

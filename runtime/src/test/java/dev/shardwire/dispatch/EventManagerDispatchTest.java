package dev.shardwire.dispatch;

import static dev.shardwire.dispatch.TestEvents.ANIMAL;
import static dev.shardwire.dispatch.TestEvents.CAT;
import static dev.shardwire.dispatch.TestEvents.DOG;
import static dev.shardwire.dispatch.TestEvents.EVENT;
import static dev.shardwire.dispatch.TestEvents.PUPPY;
import static dev.shardwire.dispatch.TestEvents.cat;
import static dev.shardwire.dispatch.TestEvents.puppy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shardwire.events.Event;
import dev.shardwire.spi.EventType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class EventManagerDispatchTest {

  private final EventManager manager = TestEvents.manager();

  @Test
  void exactTypeFirstThenSupertypesInDispatchesOrderEachInSubscriptionOrder() {
    List<String> calls = new ArrayList<>();
    manager.subscribe(EVENT, e -> calls.add("event1"));
    manager.subscribe(ANIMAL, e -> calls.add("animal1"));
    manager.subscribe(PUPPY, e -> calls.add("puppy1"));
    manager.subscribe(DOG, e -> calls.add("dog1"));
    manager.subscribe(PUPPY, e -> calls.add("puppy2"));
    manager.subscribe(ANIMAL, e -> calls.add("animal2"));
    manager.subscribe(CAT, e -> calls.add("cat"));

    manager.dispatch(puppy(1));

    assertEquals(List.of("puppy1", "puppy2", "dog1", "animal1", "animal2", "event1"), calls);
  }

  @Test
  void listenersReceiveTheEventItself() {
    List<Event> seen = new ArrayList<>();
    manager.subscribe(DOG, seen::add);
    TestEvents.Puppy event = puppy(7);
    manager.dispatch(event);
    manager.dispatch(cat(8));
    assertEquals(List.of(event), seen);
  }

  @Test
  void synchronousDispatchReturnsOneSharedCompletedFuture() {
    manager.subscribe(PUPPY, e -> {});
    CompletableFuture<Void> first = manager.dispatch(puppy(1));
    CompletableFuture<Void> second = manager.dispatch(puppy(2));
    CompletableFuture<Void> unheard = manager.dispatch(cat(3));
    assertTrue(first.isDone());
    assertSame(first, second);
    assertSame(first, unheard);
  }

  @Test
  void sharedFutureCannotBeCompletedByUsers() {
    CompletableFuture<Void> done = manager.dispatch(puppy(1));
    assertFalse(done.complete(null));
    assertFalse(done.completeExceptionally(new RuntimeException()));
    assertFalse(done.cancel(true));
    assertThrows(UnsupportedOperationException.class, () -> done.obtrudeValue(null));
    assertFalse(done.isCompletedExceptionally());
    CompletableFuture<String> derived = done.thenApply(v -> "x");
    assertEquals("x", derived.join());
  }

  @Test
  void asyncListenerKeepsTheDispatchFutureOpenUntilItsStageCompletes() {
    CompletableFuture<String> stage = new CompletableFuture<>();
    List<Integer> after = new ArrayList<>();
    manager.subscribeAsync(DOG, e -> stage);
    manager.subscribe(ANIMAL, e -> after.add(e.n()));

    CompletableFuture<Void> done = manager.dispatch(puppy(5));

    assertEquals(List.of(5), after, "the async listener does not hold back later listeners");
    assertFalse(done.isDone());
    stage.complete("finished");
    assertTrue(done.isDone());
    assertFalse(done.isCompletedExceptionally());
  }

  @Test
  void asyncListenerReturningNullOrCompletedStageCountsAsFinished() {
    manager.subscribeAsync(PUPPY, e -> null);
    manager.subscribeAsync(PUPPY, e -> CompletableFuture.completedFuture("x"));
    assertTrue(manager.dispatch(puppy(1)).isDone());
  }

  @Test
  void subscriptionHandleUnsubscribesIdempotently() {
    List<Integer> seen = new ArrayList<>();
    Subscription subscription = manager.subscribe(PUPPY, e -> seen.add(e.n()));
    assertTrue(subscription.isActive());
    manager.dispatch(puppy(1));
    subscription.unsubscribe();
    subscription.unsubscribe();
    subscription.close();
    assertFalse(subscription.isActive());
    manager.dispatch(puppy(2));
    assertEquals(List.of(1), seen);
  }

  @Test
  void tryWithResourcesUnsubscribes() {
    List<Integer> seen = new ArrayList<>();
    try (Subscription ignored = manager.subscribe(ANIMAL, e -> seen.add(e.n()))) {
      manager.dispatch(puppy(1));
    }
    manager.dispatch(puppy(2));
    assertEquals(List.of(1), seen);
  }

  @Test
  void unsubscribeByListenerRemovesTheFirstRegistrationOfExactlyThatType() {
    List<String> calls = new ArrayList<>();
    EventListener<Event> listener = e -> calls.add("l");
    manager.subscribe(PUPPY, listener);
    manager.subscribe(PUPPY, listener);
    manager.subscribe(ANIMAL, listener);

    assertFalse(manager.unsubscribe(DOG, listener), "not subscribed to DOG itself");
    assertTrue(manager.unsubscribe(PUPPY, listener));
    assertEquals(List.of(listener), manager.listeners(PUPPY));
    manager.dispatch(puppy(1));
    assertEquals(2, calls.size());
    assertTrue(manager.unsubscribe(PUPPY, listener));
    assertFalse(manager.unsubscribe(PUPPY, listener));
    assertEquals(List.of(listener), manager.listeners(ANIMAL));
  }

  @Test
  void unsubscribeByListenerDeactivatesItsHandle() {
    EventListener<Event> listener = e -> {};
    Subscription subscription = manager.subscribe(PUPPY, listener);
    assertTrue(manager.unsubscribe(PUPPY, listener));
    assertFalse(subscription.isActive());
  }

  @Test
  void listenersOfExactTypeOrOfEverythingThatWouldReceiveIt() {
    EventListener<Event> onEvent = e -> {};
    EventListener<TestEvents.Animal> onAnimal = e -> {};
    EventListener<TestEvents.Puppy> onPuppy = e -> {};
    AsyncEventListener<TestEvents.Dog> onDog = e -> null;
    EventListener<TestEvents.Cat> onCat = e -> {};
    manager.subscribe(EVENT, onEvent);
    manager.subscribe(ANIMAL, onAnimal);
    manager.subscribeAsync(DOG, onDog);
    manager.subscribe(PUPPY, onPuppy);
    manager.subscribe(CAT, onCat);
    manager.waitFor(PUPPY, Duration.ofMinutes(1));
    EventStream<TestEvents.Puppy> stream = manager.stream(PUPPY, Duration.ofMinutes(1), 10);

    assertEquals(List.of(onPuppy), manager.listeners(PUPPY));
    assertEquals(List.of(onPuppy), manager.listeners(PUPPY, false));
    assertEquals(List.of(onPuppy, onDog, onAnimal, onEvent), manager.listeners(PUPPY, true));
    assertEquals(List.of(onAnimal), manager.listeners(ANIMAL));
    assertEquals(List.of(onAnimal, onEvent), manager.listeners(ANIMAL, true));
    assertThrows(UnsupportedOperationException.class, () -> manager.listeners(PUPPY).clear());
    stream.close();
  }

  @Test
  void isListenedToFollowsListenersOfTheTypeAndItsSupertypes() {
    assertFalse(manager.isListenedTo(PUPPY));
    Subscription onDog = manager.subscribe(DOG, e -> {});
    assertTrue(manager.isListenedTo(PUPPY));
    assertTrue(manager.isListenedTo(DOG));
    assertFalse(manager.isListenedTo(ANIMAL), "a supertype is not reached by a subtype's listener");
    assertFalse(manager.isListenedTo(CAT));
    onDog.unsubscribe();
    assertFalse(manager.isListenedTo(PUPPY));

    Subscription onEvent = manager.subscribe(EVENT, e -> {});
    assertTrue(manager.isListenedTo(CAT));
    assertTrue(manager.isListenedTo(TestEvents.GUARDED));
    onEvent.close();
    assertFalse(manager.isListenedTo(CAT));
  }

  @Test
  void isListenedToCountsWaitersAndOpenStreams() {
    CompletableFuture<TestEvents.Dog> waiter = manager.waitFor(DOG, Duration.ofMinutes(1));
    assertTrue(manager.isListenedTo(PUPPY));
    waiter.cancel(false);
    assertFalse(manager.isListenedTo(PUPPY));

    EventStream<TestEvents.Animal> stream = manager.stream(ANIMAL, Duration.ofMinutes(1), 4);
    assertTrue(manager.isListenedTo(CAT));
    stream.close();
    assertFalse(manager.isListenedTo(CAT));
  }

  @Test
  void isListenedToOnATypeNeverSeenBeforeUsesTheMask() {
    EventType<TestEvents.Cat> fresh =
        EventType.concrete(TestEvents.Cat.class, "", dev.shardwire.models.Intents.NONE.value(), ANIMAL, EVENT);
    assertFalse(manager.isListenedTo(fresh));
    manager.subscribe(ANIMAL, e -> {});
    EventType<TestEvents.Cat> fresher =
        EventType.concrete(TestEvents.Cat.class, "", dev.shardwire.models.Intents.NONE.value(), ANIMAL, EVENT);
    assertTrue(manager.isListenedTo(fresher));
  }

  @Test
  void subscribeByClassUsesTheRegisteredTables() {
    List<Integer> seen = new ArrayList<>();
    manager.subscribe(TestEvents.Dog.class, e -> seen.add(e.n()));
    manager.subscribeAsync(TestEvents.Puppy.class, e -> {
      seen.add(-e.n());
      return null;
    });
    manager.dispatch(puppy(3));
    assertEquals(List.of(-3, 3), seen);
    assertSame(DOG, manager.typeOf(TestEvents.Dog.class));
  }
}

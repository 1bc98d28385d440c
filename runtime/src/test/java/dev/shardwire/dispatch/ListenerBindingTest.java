package dev.shardwire.dispatch;

import static dev.shardwire.dispatch.TestEvents.ANIMAL;
import static dev.shardwire.dispatch.TestEvents.DOG;
import static dev.shardwire.dispatch.TestEvents.PUPPY;
import static dev.shardwire.dispatch.TestEvents.puppy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shardwire.events.Event;
import dev.shardwire.events.ExceptionEvent;
import dev.shardwire.events.ShardwireEventTable;
import dev.shardwire.spi.EventType;
import dev.shardwire.spi.ListenerBinding;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;

class ListenerBindingTest {

  /** A listener class as a bot author writes it, with @Subscribe methods. */
  static final class Bot {
    final List<String> calls = new ArrayList<>();
    final CompletableFuture<Void> slow = new CompletableFuture<>();
    int failuresLeft = 1;

    void onPuppy(TestEvents.Puppy e) {
      calls.add("onPuppy" + e.n());
      if (failuresLeft-- > 0) {
        throw new IllegalStateException("puppy handler fails once");
      }
    }

    void onDog(TestEvents.Dog e) {
      calls.add("onDog" + e.n());
    }

    CompletionStage<Void> onAnimal(TestEvents.Animal e) {
      calls.add("onAnimal" + e.n());
      return slow;
    }

    void onPuppyAgain(TestEvents.Puppy e) {
      calls.add("onPuppyAgain" + e.n());
    }
  }

  /** What the processor generates for {@link Bot}. */
  static final class BotBinding extends ListenerBinding {
    private static final EventType<?>[] TYPES = {PUPPY, DOG, ANIMAL, PUPPY};
    private static final String[] NAMES = {"onPuppy", "onDog", "onAnimal", "onPuppyAgain"};
    private final Bot target;

    BotBinding(Bot target) {
      this.target = target;
    }

    @Override
    public Object target() {
      return target;
    }

    @Override
    public int handlerCount() {
      return TYPES.length;
    }

    @Override
    public EventType<?> eventType(int index) {
      return TYPES[index];
    }

    @Override
    public CompletionStage<?> invoke(int index, Object event) {
      switch (index) {
        case 0:
          target.onPuppy((TestEvents.Puppy) event);
          return null;
        case 1:
          target.onDog((TestEvents.Dog) event);
          return null;
        case 2:
          return target.onAnimal((TestEvents.Animal) event);
        case 3:
          target.onPuppyAgain((TestEvents.Puppy) event);
          return null;
        default:
          throw new IndexOutOfBoundsException(index);
      }
    }

    @Override
    public String handlerName(int index) {
      return "Bot." + NAMES[index];
    }
  }

  private final EventManager manager = TestEvents.manager();

  @Test
  void everyHandlerRunsInDispatchOrderIsolatedFromTheOthers() throws Exception {
    List<ExceptionEvent> failures = new ArrayList<>();
    manager.subscribe(ShardwireEventTable.EXCEPTION_EVENT, failures::add);
    Bot bot = new Bot();
    BotBinding binding = new BotBinding(bot);
    SubscriptionGroup group = manager.register(binding);

    CompletableFuture<Void> done = manager.dispatch(puppy(1));

    assertEquals(List.of("onPuppy1", "onPuppyAgain1", "onDog1", "onAnimal1"), bot.calls);
    assertFalse(done.isDone(), "waits for onAnimal's stage");
    bot.slow.complete(null);
    assertTrue(done.isDone());

    assertEquals(1, failures.size());
    Object failed = failures.get(0).failedListener();
    assertEquals(new BoundHandler(binding, 0), failed);
    assertEquals("Bot.onPuppy", failed.toString());
    assertSame(bot, ((BoundHandler) failed).target());
    failures.get(0).retry();
    assertEquals("onPuppy1", bot.calls.get(4));

    assertEquals(4, group.subscriptions().size());
    assertTrue(group.isActive());
    group.unsubscribe();
    assertFalse(group.isActive());
    assertFalse(manager.isListenedTo(PUPPY));
  }

  @Test
  void handlersAreListedAsBoundHandlersAndCanBeUnsubscribedOneByOne() {
    Bot bot = new Bot();
    bot.failuresLeft = 0;
    BotBinding binding = new BotBinding(bot);
    manager.register(binding);
    assertEquals(List.of(new BoundHandler(binding, 0), new BoundHandler(binding, 3)),
        manager.listeners(PUPPY));
    assertNotEquals(new BoundHandler(new BotBinding(bot), 0), new BoundHandler(binding, 0));
    assertTrue(manager.unsubscribe(PUPPY, new BoundHandler(binding, 3)));
    bot.slow.complete(null);
    manager.dispatch(puppy(2));
    assertEquals(List.of("onPuppy2", "onDog2", "onAnimal2"), bot.calls);
  }
}

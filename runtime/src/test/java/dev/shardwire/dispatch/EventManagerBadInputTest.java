package dev.shardwire.dispatch;

import static dev.shardwire.dispatch.TestEvents.PUPPY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shardwire.GatewayBot;
import dev.shardwire.events.Event;
import dev.shardwire.spi.EventType;
import dev.shardwire.spi.ListenerBinding;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;

class EventManagerBadInputTest {

  private final EventManager manager = TestEvents.manager();

  interface Unknown extends Event {}

  @Test
  void dispatchNullIsAClearNullPointerException() {
    NullPointerException thrown = assertThrows(NullPointerException.class, () -> manager.dispatch(null));
    assertEquals("cannot dispatch a null event", thrown.getMessage());
  }

  @Test
  void dispatchOfAnEventWithoutTypeNamesItsClass() {
    Event broken =
        new Event() {
          @Override
          public GatewayBot app() {
            return TestEvents.APP;
          }

          @Override
          public EventType<? extends Event> eventType() {
            return null;
          }
        };
    NullPointerException thrown = assertThrows(NullPointerException.class, () -> manager.dispatch(broken));
    assertTrue(thrown.getMessage().contains("eventType() returned null"), thrown.getMessage());
  }

  @Test
  void nullListenerOrTypeIsRejectedAndNothingIsRegistered() {
    NullPointerException thrown =
        assertThrows(NullPointerException.class, () -> manager.subscribe(PUPPY, (EventListener<Event>) null));
    assertEquals("listener must not be null", thrown.getMessage());
    assertThrows(NullPointerException.class, () -> manager.subscribeAsync(PUPPY, (AsyncEventListener<Event>) null));
    assertThrows(NullPointerException.class,
        () -> manager.subscribe((EventType<Event>) null, e -> {}));
    assertThrows(NullPointerException.class,
        () -> manager.subscribe(TestEvents.Puppy.class, (EventListener<Event>) null));
    assertFalse(manager.isListenedTo(PUPPY));
    assertEquals(List.of(), manager.listeners(PUPPY));
  }

  @Test
  void unknownClassNamesTheClassAndTheTableToRegister() {
    IllegalArgumentException thrown =
        assertThrows(IllegalArgumentException.class, () -> manager.subscribe(Unknown.class, e -> {}));
    assertTrue(thrown.getMessage().contains(Unknown.class.getName()), thrown.getMessage());
    assertTrue(thrown.getMessage().contains("dev.shardwire.dispatch.ShardwireEventTable.INSTANCE"),
        thrown.getMessage());
    assertThrows(IllegalArgumentException.class, () -> manager.subscribeAsync(Unknown.class, e -> null));
  }

  @Test
  void badTimeoutsAndLimitsAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> manager.waitFor(PUPPY, Duration.ZERO));
    assertThrows(IllegalArgumentException.class, () -> manager.waitFor(PUPPY, Duration.ofSeconds(-1)));
    assertThrows(NullPointerException.class, () -> manager.waitFor(PUPPY, null));
    assertThrows(NullPointerException.class, () -> manager.waitFor(PUPPY, Duration.ofSeconds(1), null));
    assertThrows(IllegalArgumentException.class, () -> manager.stream(PUPPY, Duration.ofSeconds(1), 0));
    assertFalse(manager.isListenedTo(PUPPY));
  }

  @Test
  void bindingWithAMissingTypeRegistersNothing() {
    ListenerBinding broken =
        new ListenerBinding() {
          @Override
          public Object target() {
            return this;
          }

          @Override
          public int handlerCount() {
            return 2;
          }

          @Override
          public EventType<?> eventType(int index) {
            return index == 0 ? PUPPY : null;
          }

          @Override
          public CompletionStage<?> invoke(int index, Object event) {
            return null;
          }
        };
    IllegalArgumentException thrown =
        assertThrows(IllegalArgumentException.class, () -> manager.register(broken));
    assertTrue(thrown.getMessage().contains("handler 1"), thrown.getMessage());
    assertFalse(manager.isListenedTo(PUPPY));
  }

  @Test
  void retryOfSomethingThatIsNotAListenerIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> Listeners.invoke("nope", TestEvents.puppy(1)));
  }
}

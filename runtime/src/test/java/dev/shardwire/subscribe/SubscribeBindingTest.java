package dev.shardwire.subscribe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shardwire.GatewayBot;
import dev.shardwire.dispatch.BoundHandler;
import dev.shardwire.dispatch.EventManager;
import dev.shardwire.dispatch.SubscriptionGroup;
import dev.shardwire.events.ExceptionEvent;
import dev.shardwire.events.ImmutableShardConnectedEvent;
import dev.shardwire.events.ImmutableShardDisconnectedEvent;
import dev.shardwire.events.ImmutableShardResumedEvent;
import dev.shardwire.events.ShardwireEventTable;
import dev.shardwire.gateway.GatewayShard;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Runs generated bindings against the real event manager. */
class SubscribeBindingTest {

  private static final GatewayBot BOT = GatewayBot.builder().build();
  private static final GatewayShard SHARD =
      new GatewayShard() {
        @Override
        public int id() {
          return 0;
        }

        @Override
        public int count() {
          return 1;
        }
      };

  private final EventManager manager = EventManager.builder().executor(Runnable::run).build();

  private static ImmutableShardConnectedEvent connected() {
    return ImmutableShardConnectedEvent.builder().app(BOT).shard(SHARD).build();
  }

  private static ImmutableShardResumedEvent resumed() {
    return ImmutableShardResumedEvent.builder().app(BOT).shard(SHARD).build();
  }

  private static ImmutableShardDisconnectedEvent disconnected() {
    return ImmutableShardDisconnectedEvent.builder().app(BOT).shard(SHARD).build();
  }

  @Test
  void receivesEachEventItHandlesAndItsSupertypeHandlersFire() {
    StateRecorder recorder = new StateRecorder();
    StateRecorder_ShardwireBinding.register(manager, recorder);

    manager.dispatch(resumed()).join();
    manager.dispatch(connected()).join();
    manager.dispatch(disconnected()).join();

    assertEquals(
        List.of(
            "resumed", "state", "event:ShardResumedEvent",
            "connected", "state", "event:ShardConnectedEvent",
            "state", "event:ShardDisconnectedEvent"),
        recorder.calls);
  }

  @Test
  void bindingDescribesEachHandler() {
    StateRecorder recorder = new StateRecorder();
    StateRecorder_ShardwireBinding binding = new StateRecorder_ShardwireBinding(recorder);
    assertSame(recorder, binding.target());
    assertEquals(4, binding.handlerCount());
    assertSame(ShardwireEventTable.SHARD_CONNECTED_EVENT, binding.eventType(0));
    assertSame(ShardwireEventTable.EVENT, binding.eventType(3));
    assertEquals("StateRecorder.onAnyState(ShardStateEvent)", binding.handlerName(2));
    assertThrows(IndexOutOfBoundsException.class, () -> binding.eventType(4));
    assertThrows(NullPointerException.class, () -> new StateRecorder_ShardwireBinding(null));
  }

  @Test
  void unsubscribingTheHandleStopsEveryHandler() {
    StateRecorder recorder = new StateRecorder();
    SubscriptionGroup handle = StateRecorder_ShardwireBinding.register(manager, recorder);
    assertTrue(handle.isActive());
    assertTrue(manager.isListenedTo(ShardwireEventTable.SHARD_RESUMED_EVENT));

    handle.unsubscribe();
    handle.unsubscribe(); // idempotent
    manager.dispatch(resumed()).join();

    assertFalse(handle.isActive());
    assertEquals(List.of(), recorder.calls);
    assertFalse(manager.isListenedTo(ShardwireEventTable.SHARD_RESUMED_EVENT));
  }

  @Test
  void registeringOneInstanceTwiceBindsItTwiceWithIndependentHandles() {
    StateRecorder recorder = new StateRecorder();
    SubscriptionGroup first = StateRecorder_ShardwireBinding.register(manager, recorder);
    SubscriptionGroup second = StateRecorder_ShardwireBinding.register(manager, recorder);
    assertNotSame(first, second);

    manager.dispatch(connected()).join();
    assertEquals(2, recorder.calls.stream().filter("connected"::equals).count());

    first.close();
    recorder.calls.clear();
    manager.dispatch(connected()).join();
    assertEquals(List.of("connected", "state", "event:ShardConnectedEvent"), recorder.calls);

    second.close();
    recorder.calls.clear();
    manager.dispatch(connected()).join();
    assertEquals(List.of(), recorder.calls);
  }

  @Test
  void inheritedAndAbstractHandlersAreBound() {
    Greeter greeter = new Greeter();
    Greeter_ShardwireBinding.register(manager, greeter);

    manager.dispatch(connected()).join();
    manager.dispatch(resumed()).join();

    assertEquals(
        List.of("greeter connected", "greeter state", "base resumed", "greeter state"), greeter.calls);
  }

  @Test
  void aSubclassWithoutHandlersRegistersThroughItsSuperclassBinding() {
    StateRecorder quiet = new StateRecorder() {};
    StateRecorder_ShardwireBinding.register(manager, quiet);
    manager.dispatch(resumed()).join();
    assertEquals(List.of("resumed", "state", "event:ShardResumedEvent"), quiet.calls);
  }

  @Test
  void asyncHandlerHoldsTheDispatchUntilItsStageCompletes() {
    AsyncAndFailing listener = new AsyncAndFailing();
    AsyncAndFailing_ShardwireBinding.register(manager, listener);

    CompletableFuture<Void> dispatched = manager.dispatch(resumed());
    assertFalse(dispatched.isDone());
    listener.resumedDone.complete(null);
    dispatched.join();
    assertTrue(dispatched.isDone());
  }

  @Test
  void aCheckedExceptionBecomesAnExceptionEventNamingTheHandler() {
    AsyncAndFailing listener = new AsyncAndFailing();
    AsyncAndFailing_ShardwireBinding.register(manager, listener);

    manager.dispatch(disconnected()).join();

    assertEquals(1, listener.failures.size());
    ExceptionEvent failure = listener.failures.get(0);
    assertInstanceOf(IOException.class, failure.exception());
    assertEquals("socket gone", failure.exception().getMessage());
    BoundHandler handler = assertInstanceOf(BoundHandler.class, failure.failedListener());
    assertSame(listener, handler.target());
    assertEquals("AsyncAndFailing.onDisconnected(ShardDisconnectedEvent)", handler.binding().handlerName(handler.index()));
  }
}

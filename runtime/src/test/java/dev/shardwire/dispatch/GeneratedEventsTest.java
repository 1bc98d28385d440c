package dev.shardwire.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shardwire.GatewayBot;
import dev.shardwire.events.ExceptionEvent;
import dev.shardwire.events.ImmutableShardConnectedEvent;
import dev.shardwire.events.ShardConnectedEvent;
import dev.shardwire.events.ShardEvent;
import dev.shardwire.events.ShardStateEvent;
import dev.shardwire.events.ShardwireEventTable;
import dev.shardwire.gateway.GatewayShard;
import dev.shardwire.testing.DetachedShard;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The manager with the runtime's generated events and table. */
class GeneratedEventsTest {

  private static final GatewayShard SHARD =
      DetachedShard.of(0, 1);

  private final EventManager manager = EventManager.builder().executor(Runnable::run).build();

  private ShardConnectedEvent connected() {
    return ImmutableShardConnectedEvent.builder().app(GatewayBot.builder().build()).shard(SHARD).build();
  }

  @Test
  void builtInTypesAreFoundByClassWithoutRegisteringATable() {
    List<String> calls = new ArrayList<>();
    manager.subscribe(ShardEvent.class, e -> calls.add("shard:" + e.shard().id()));
    manager.subscribe(ShardwireEventTable.SHARD_STATE_EVENT, e -> calls.add("state"));
    manager.subscribe(ShardConnectedEvent.class, e -> calls.add("connected"));
    assertTrue(manager.isListenedTo(ShardwireEventTable.SHARD_CONNECTED_EVENT));
    assertFalse(manager.isListenedTo(ShardwireEventTable.EXCEPTION_EVENT));

    assertTrue(manager.dispatch(connected()).isDone());

    assertEquals(List.of("connected", "state", "shard:0"), calls);
    assertSame(ShardwireEventTable.SHARD_STATE_EVENT, manager.typeOf(ShardStateEvent.class));
  }

  @Test
  void exceptionEventsAreGeneratedEvents() throws Exception {
    List<ExceptionEvent> failures = new ArrayList<>();
    manager.subscribe(ExceptionEvent.class, failures::add);
    List<Integer> attempts = new ArrayList<>();
    EventListener<ShardConnectedEvent> flaky = e -> {
      attempts.add(attempts.size());
      if (attempts.size() == 1) {
        throw new IllegalStateException("flaky");
      }
    };
    manager.subscribe(ShardwireEventTable.SHARD_CONNECTED_EVENT, flaky);
    ShardConnectedEvent event = connected();

    manager.dispatch(event);

    ExceptionEvent failure = failures.get(0);
    assertSame(ShardwireEventTable.EXCEPTION_EVENT, failure.eventType());
    assertSame(event.app(), failure.app());
    assertSame(flaky, failure.failedListener());
    assertTrue(failure.toString().contains("flaky"), failure.toString());
    failure.retry();
    assertEquals(List.of(0, 1), attempts);
  }
}

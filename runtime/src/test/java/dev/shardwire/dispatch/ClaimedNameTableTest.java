package dev.shardwire.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shardwire.events.Event;
import dev.shardwire.events.ShardwireEventTable;
import dev.shardwire.spi.EventDecoder;
import dev.shardwire.spi.EventTable;
import dev.shardwire.spi.EventType;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A table made by hand (the processor refuses to compile one) that claims READY, which the
 * runtime's table already claims: registering it, or subscribing to one of its types, fails at
 * once and names both events.
 */
class ClaimedNameTableTest {

  interface FakeReady extends Event {}

  static final class ClaimingTable implements EventTable {
    static final ClaimingTable INSTANCE = new ClaimingTable();
    static final EventType<FakeReady> FAKE_READY =
        EventType.concrete(INSTANCE, FakeReady.class, "READY", 0L, ShardwireEventTable.EVENT);

    @Override
    public List<EventType<?>> types() {
      return List.of(FAKE_READY);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <E> Optional<EventType<E>> typeOf(Class<E> type) {
      return type == FakeReady.class ? Optional.of((EventType<E>) FAKE_READY) : Optional.empty();
    }

    @Override
    public Optional<EventDecoder<?>> decoderFor(String gatewayName) {
      return Optional.empty();
    }
  }

  @Test
  void subscribingToATypeWhoseTableClaimsATakenNameFailsAtOnce() {
    EventManager manager = EventManager.builder().build();
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> manager.subscribe(ClaimingTable.FAKE_READY, e -> {}));
    assertTrue(error.getMessage().contains("READY is claimed by both dev.shardwire.events.ShardReadyEvent and "
        + FakeReady.class.getName()), error.getMessage());
    assertFalse(manager.isListenedTo(ClaimingTable.FAKE_READY));
    assertEquals(List.of(dev.shardwire.events.ShardwireEventTable.INSTANCE), manager.tables().subList(0, 1));
  }

  @Test
  void buildingWithATableThatClaimsATakenNameFails() {
    EventManager.Builder builder = EventManager.builder().table(ClaimingTable.INSTANCE);
    assertThrows(IllegalArgumentException.class, builder::build);
  }
}

package dev.shardwire.codegen;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.shardwire.events.ShardwireEventTable;
import dev.shardwire.spi.EventMask;
import dev.shardwire.spi.EventTable;
import dev.shardwire.spi.EventType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * More event types than one {@code long} has bits, in one compilation, and tables compiled
 * separately (the runtime's, a bot's) combined in one JVM.
 */
class ManyEventsTest {

  private static final int COUNT = 200;

  /**
   * Event {@code i} extends event {@code i / 2} (a binary tree rooted at {@code E0}, which extends
   * the runtime's {@code ShardEvent}), so {@code dispatches()} is long and crosses modules.
   */
  private static List<JavaFileObject> tree() {
    List<JavaFileObject> sources = new ArrayList<>();
    for (int i = 0; i < COUNT; i++) {
      String parent = i == 0 ? "dev.shardwire.events.ShardEvent" : "E" + ((i - 1) / 2);
      String annotation = i < COUNT / 2 ? "@dev.shardwire.annotations.ShardEvent(base = true)" : "@dev.shardwire.annotations.ShardEvent";
      sources.add(
          JavaFileObjects.forSourceLines(
              "many.E" + i, "package many;", annotation, "public interface E" + i + " extends " + parent + " {}"));
    }
    return sources;
  }

  @Test
  void twoHundredEventTypesGetDistinctIdsAndBitsAndTheRightDispatches() {
    Compilation compilation = ProcessorTesting.compile(tree().toArray(JavaFileObject[]::new));
    assertThat(compilation).succeededWithoutWarnings();
    EventTable table = ProcessorTesting.table(ProcessorTesting.load(compilation), "many");

    List<EventType<?>> types = table.types();
    assertEquals(COUNT, types.size());
    Set<Integer> ids = new HashSet<>();
    EventMask union = EventMask.EMPTY;
    for (EventType<?> type : types) {
      assertTrue(ids.add(type.id()), "duplicate id " + type.id());
      assertFalse(union.intersects(type.bitmask()), "bit shared by " + type);
      union = union.or(type.bitmask());
    }
    assertEquals(COUNT, union.cardinality());
    assertTrue(ids.stream().anyMatch(id -> id >= 64), "some ids must not fit one long");

    for (EventType<?> type : types) {
      int i = Integer.parseInt(type.name().substring(1));
      List<String> expected = new ArrayList<>();
      for (int j = i; ; j = (j - 1) / 2) {
        expected.add("E" + j);
        if (j == 0) {
          break;
        }
      }
      expected.add("ShardEvent");
      expected.add("Event");
      assertEquals(expected, type.dispatches().stream().map(EventType::name).toList(), type.name());
      assertEquals(i < COUNT / 2, type.isBase());
      assertSame(type, table.typeOf(type.type()).orElseThrow());
    }
  }

  @Test
  void aTableCompiledSeparatelyReusesTheRuntimeTablesDescriptors() {
    Compilation compilation = ProcessorTesting.compile(tree().subList(0, 3).toArray(JavaFileObject[]::new));
    assertThat(compilation).succeededWithoutWarnings();
    EventTable custom = ProcessorTesting.table(ProcessorTesting.load(compilation), "many");
    EventType<?> e1 = custom.types().stream().filter(t -> t.name().equals("E1")).findFirst().orElseThrow();

    assertSame(ShardwireEventTable.SHARD_EVENT, e1.dispatches().get(2));
    assertSame(ShardwireEventTable.EVENT, e1.dispatches().get(3));
    assertTrue(e1.dispatchesTo(ShardwireEventTable.SHARD_EVENT));
    for (EventType<?> builtIn : ShardwireEventTable.INSTANCE.types()) {
      assertFalse(e1.bitmask().intersects(builtIn.bitmask()), "custom id clashes with " + builtIn);
    }
    assertTrue(ShardwireEventTable.INSTANCE.typeOf(e1.type()).isEmpty());
  }
}

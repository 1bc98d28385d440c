package dev.shardwire.codegen;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import dev.shardwire.GatewayBot;
import dev.shardwire.spi.DecodeContext;
import dev.shardwire.spi.EventDecoder;
import dev.shardwire.spi.EventTable;
import dev.shardwire.spi.GatewayJson;
import dev.shardwire.testing.DetachedShard;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * An event may extend a {@code @GatewayModel}: the model's accessors become the event's properties
 * (GUILD_CREATE's payload is a guild), and the model adds nothing to {@code dispatches()}.
 */
class EventsExtendModelsTest {

  private static final List<String> IMPORTS =
      List.of("dev.shardwire.annotations.*", "dev.shardwire.events.ShardEvent", "dev.shardwire.models.*", "java.util.*");

  @Test
  void theModelsAccessorsAreDecodedAsTheEventsOwn() throws Exception {
    JavaFileObject model = ProcessorTesting.source("test.lend", "Thing", IMPORTS,
        "@GatewayModel",
        "public interface Thing {",
        "  Snowflake id();",
        "  Optional<String> name();",
        "}");
    JavaFileObject event = ProcessorTesting.source("test.lend", "ThingCreateEvent", IMPORTS,
        "@dev.shardwire.annotations.ShardEvent(name = \"THING_CREATE\")",
        "public interface ThingCreateEvent extends ShardEvent, Thing {",
        "  boolean fresh();",
        "}");
    Compilation compilation = ProcessorTesting.compile(model, event);
    assertThat(compilation).succeededWithoutWarnings();

    EventTable table = ProcessorTesting.table(ProcessorTesting.load(compilation), "test.lend");
    EventDecoder<?> decoder = table.decoderFor("THING_CREATE").orElseThrow();
    Object decoded = GatewayJson.decode("{\"fresh\":true,\"name\":\"a\",\"id\":\"7\",\"extra\":[1]}", decoder,
        new DecodeContext(GatewayBot.builder().build(), DetachedShard.of(0, 1)));
    assertEquals("ThingCreateEvent{}", decoded.toString().replaceAll("\\{.*}", "{}"));
    Class<?> iface = decoded.getClass().getInterfaces()[0];
    assertEquals("7", String.valueOf(iface.getMethod("id").invoke(decoded)));
    assertEquals(java.util.Optional.of("a"), iface.getMethod("name").invoke(decoded));
    assertEquals(true, iface.getMethod("fresh").invoke(decoded));
    // The model is no event type: the event dispatches to itself, ShardEvent and Event only.
    assertEquals(3, table.types().get(0).dispatches().size());
  }
}

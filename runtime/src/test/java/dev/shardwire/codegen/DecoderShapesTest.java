package dev.shardwire.codegen;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.shardwire.GatewayBot;
import dev.shardwire.gateway.GatewayShard;
import dev.shardwire.models.Intents;
import dev.shardwire.models.Snowflake;
import dev.shardwire.models.Status;
import dev.shardwire.spi.DecodeContext;
import dev.shardwire.spi.DecodeException;
import dev.shardwire.spi.EventDecoder;
import dev.shardwire.spi.GatewayJson;
import dev.shardwire.testing.DetachedShard;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Generated decoders for the value shapes the built-in events do not use: paths three levels deep
 * sharing prefixes, boxes, doubles, enums in Optionals, sets, flags, a map keyed by a String field,
 * a list plucked two levels deep and a {@code @Nullable} field. Compiled with the processor, then
 * run.
 */
class DecoderShapesTest {

  private static final JavaFileObject NAMED =
      JavaFileObjects.forSourceLines(
          "test.shapes.Named",
          "package test.shapes;",
          "",
          "/** A thing with a name. */",
          "@dev.shardwire.annotations.GatewayModel",
          "public interface Named {",
          "  /** Its key. */",
          "  String key();",
          "  /** Its size. */",
          "  long size();",
          "}");

  private static final JavaFileObject SINK =
      JavaFileObjects.forSourceLines(
          "test.shapes.KitchenSinkEvent",
          "package test.shapes;",
          "",
          "import dev.shardwire.annotations.JsonName;",
          "import dev.shardwire.annotations.KeyedBy;",
          "import dev.shardwire.annotations.Nullable;",
          "import dev.shardwire.models.Intents;",
          "import dev.shardwire.models.Snowflake;",
          "import dev.shardwire.models.Status;",
          "import java.util.List;",
          "import java.util.Map;",
          "import java.util.Optional;",
          "import java.util.Set;",
          "",
          "/** Every shape at once. */",
          "@dev.shardwire.annotations.ShardEvent(name = \"KITCHEN_SINK\")",
          "public interface KitchenSinkEvent extends dev.shardwire.events.ShardEvent {",
          "  /** Deep. */",
          "  @JsonName(\"a.b.c\") String deep();",
          "  /** Deep too. */",
          "  @JsonName(\"a.b.d\") Optional<Long> deepLong();",
          "  /** Less deep. */",
          "  @JsonName(\"a.e\") boolean flag();",
          "  /** Boxed. */",
          "  Integer boxed();",
          "  /** A double. */",
          "  double ratio();",
          "  /** An optional enum. */",
          "  Optional<Status> status();",
          "  /** A set. */",
          "  Set<Snowflake> ids();",
          "  /** Flags. */",
          "  Intents intents();",
          "  /** Keyed by a string. */",
          "  @KeyedBy(\"key\") Map<String, Named> byKey();",
          "  /** Plucked two levels deep. */",
          "  @KeyedBy(\"user.id\") List<Snowflake> userIds();",
          "  /** Maybe. */",
          "  @Nullable String maybe();",
          "}");

  private static EventDecoder<?> decoder;
  private static final DecodeContext CONTEXT =
      new DecodeContext(
          GatewayBot.builder().build(),
          DetachedShard.of(3, 4));

  @BeforeAll
  static void compile() {
    Compilation compilation = ProcessorTesting.compile(NAMED, SINK);
    assertThat(compilation).succeededWithoutWarnings();
    ClassLoader loader = ProcessorTesting.load(compilation);
    decoder = ProcessorTesting.table(loader, "test.shapes").decoderFor("KITCHEN_SINK").orElseThrow();
  }

  private static Object get(Object value, String accessor) throws ReflectiveOperationException {
    var method = value.getClass().getMethod(accessor);
    method.setAccessible(true);
    return method.invoke(value);
  }

  @Test
  void decodesEveryShape() throws ReflectiveOperationException {
    Object event =
        GatewayJson.decode(
            """
            {"maybe":null,"a":{"e":true,"x":[1],"b":{"d":12,"c":"deep","z":null}},
             "boxed":7,"ratio":2.5,"status":"idle","ids":["3","1","3",2],"intents":"513",
             "by_key":[{"key":"k1","size":1},{"size":2,"key":"k2","more":{}}],
             "user_ids":[{"user":{"name":"a","id":"10"},"extra":1},{"user":{"id":11}}]}""",
            decoder,
            CONTEXT);
    assertEquals("deep", get(event, "deep"));
    assertEquals(Optional.of(12L), get(event, "deepLong"));
    assertEquals(true, get(event, "flag"));
    assertEquals(7, get(event, "boxed"));
    assertEquals(2.5, get(event, "ratio"));
    assertEquals(Optional.of(Status.IDLE), get(event, "status"));
    assertEquals(List.of(Snowflake.of(3), Snowflake.of(1), Snowflake.of(2)), List.copyOf((Set<?>) get(event, "ids")));
    assertEquals(Intents.of(Intents.GUILDS, Intents.GUILD_MESSAGES), get(event, "intents"));
    Map<?, ?> byKey = (Map<?, ?>) get(event, "byKey");
    assertEquals(List.of("k1", "k2"), List.copyOf(byKey.keySet()));
    assertEquals(2L, get(byKey.get("k2"), "size"));
    assertEquals(List.of(Snowflake.of(10), Snowflake.of(11)), get(event, "userIds"));
    assertEquals(null, get(event, "maybe"));
    assertEquals(CONTEXT.shard(), get(event, "shard"));
  }

  @Test
  void absentOptionalPartsAndFailuresDeepInside() throws ReflectiveOperationException {
    Object event =
        GatewayJson.decode(
            "{\"a\":{\"b\":{\"c\":\"x\"}},\"boxed\":1,\"ratio\":0,\"intents\":0}", decoder, CONTEXT);
    assertEquals(Optional.empty(), get(event, "deepLong"));
    assertEquals(false, get(event, "flag"));
    assertEquals(Optional.empty(), get(event, "status"));
    assertEquals(Map.of(), get(event, "byKey"));

    DecodeException missing =
        assertThrows(
            DecodeException.class,
            () -> GatewayJson.decode("{\"a\":{\"b\":{}},\"boxed\":1,\"ratio\":0,\"intents\":0}", decoder, CONTEXT));
    assertEquals("a.b.c", missing.path());
    DecodeException plucked =
        assertThrows(
            DecodeException.class,
            () ->
                GatewayJson.decode(
                    "{\"a\":{\"b\":{\"c\":\"x\"}},\"boxed\":1,\"ratio\":0,\"intents\":0,\"user_ids\":[{\"user\":{}}]}",
                    decoder,
                    CONTEXT));
    assertEquals("user_ids[0].user.id", plucked.path());
    assertEquals("KitchenSinkEvent", plucked.typeName());
    DecodeException boxedNull =
        assertThrows(
            DecodeException.class,
            () -> GatewayJson.decode("{\"a\":{\"b\":{\"c\":\"x\"}},\"boxed\":null,\"ratio\":0,\"intents\":0}", decoder, CONTEXT));
    assertEquals("boxed", boxedNull.path());
    DecodeException deepType =
        assertThrows(
            DecodeException.class,
            () -> GatewayJson.decode("{\"a\":{\"b\":{\"c\":\"x\",\"d\":[]}},\"boxed\":1,\"ratio\":0,\"intents\":0}", decoder, CONTEXT));
    assertEquals("a.b.d", deepType.path());
  }
}

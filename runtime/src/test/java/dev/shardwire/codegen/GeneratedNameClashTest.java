package dev.shardwire.codegen;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.shardwire.spi.DecodeContext;
import dev.shardwire.spi.EventDecoder;
import dev.shardwire.spi.GatewayJson;
import dev.shardwire.testing.DetachedShard;
import java.lang.reflect.Method;
import java.time.Duration;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Properties named like the generated code's own locals (o, that, h, match…): the generated
 * implementation and decoder must still compile, compare, hash and decode them correctly.
 */
class GeneratedNameClashTest {

  private static final JavaFileObject CLASHING =
      JavaFileObjects.forSourceLines(
          "test.Clashing",
          "package test;",
          "@dev.shardwire.annotations.GatewayModel(builder = true)",
          "public interface Clashing {",
          "  String o();",
          "  String that();",
          "  String h();",
          "  int matchCount();",
          "  int match1();",
          "  String parser();",
          "  String field();",
          "}");

  @Test
  void propertiesNamedLikeGeneratedLocalsWork() throws Exception {
    Compilation compilation =
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> ProcessorTesting.compile(CLASHING));
    assertThat(compilation).succeededWithoutWarnings();
    ClassLoader loader = ProcessorTesting.load(compilation);

    Object a = build(loader, "x");
    Object b = build(loader, "x");
    Object c = build(loader, "yyyyyyy");
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, c);
    assertNotEquals(a.hashCode(), c.hashCode());

    @SuppressWarnings("unchecked")
    EventDecoder<Object> decoder =
        (EventDecoder<Object>) loader.loadClass("test.ClashingDecoder").getField("INSTANCE").get(null);
    Object decoded =
        GatewayJson.decode(
            "{\"o\":\"x\",\"that\":\"x\",\"h\":\"x\",\"match_count\":3,\"match1\":4,\"parser\":\"x\",\"field\":\"x\"}",
            decoder,
            new DecodeContext(dev.shardwire.GatewayBot.builder().build(), DetachedShard.of(0, 1)));
    assertEquals(a, decoded);
  }

  /** Builds a Clashing with every string property {@code text}, matchCount 3 and match1 4. */
  private static Object build(ClassLoader loader, String text) throws Exception {
    Class<?> implementation = loader.loadClass("test.ImmutableClashing");
    Object builder = implementation.getMethod("builder").invoke(null);
    for (String name : new String[] {"o", "that", "h", "parser", "field"}) {
      builder.getClass().getMethod(name, String.class).invoke(builder, text);
    }
    builder.getClass().getMethod("matchCount", int.class).invoke(builder, 3);
    builder.getClass().getMethod("match1", int.class).invoke(builder, 4);
    Method build = builder.getClass().getMethod("build");
    return build.invoke(builder);
  }
}

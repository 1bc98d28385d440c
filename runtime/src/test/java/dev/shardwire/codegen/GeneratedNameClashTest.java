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
  void propertiesNamedLikeTheDecodersConstantsCompile() {
    // A local named NAMES (or INSTANCE) would hide the decoder's constant of that name.
    Compilation compilation =
        ProcessorTesting.compile(
            JavaFileObjects.forSourceLines(
                "test.Shouting",
                "package test;",
                "@dev.shardwire.annotations.GatewayModel",
                "public interface Shouting {",
                "  String NAMES();",
                "  String INSTANCE();",
                "  String TYPE();",
                "}"));
    assertThat(compilation).succeededWithoutWarnings();
  }

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

  /**
   * A class of the bot's package named like a java.lang type that generated code names (a game
   * bot's {@code Exception} or {@code String}) shadows java.lang there: the generated files must
   * still mean java.lang's.
   */
  @Test
  void aPackageClassNamedLikeAJavaLangTypeDoesNotCaptureGeneratedCode() {
    JavaFileObject exception = ProcessorTesting.source("game", "Exception", java.util.List.of(), "public class Exception {}");
    JavaFileObject string = ProcessorTesting.source("game", "String", java.util.List.of(), "public class String {}");
    JavaFileObject event =
        ProcessorTesting.source(
            "game",
            "Hit",
            java.util.List.of(),
            "@dev.shardwire.annotations.ShardEvent(name = \"GAME_HIT\", builder = true)",
            "public interface Hit extends dev.shardwire.events.ShardEvent {",
            "  @dev.shardwire.annotations.Repr java.lang.String target();",
            "  int damage();",
            "  java.util.Optional<java.lang.String> note();",
            "}");
    JavaFileObject listener =
        ProcessorTesting.source(
            "game",
            "Greeter",
            java.util.List.of("dev.shardwire.annotations.Subscribe"),
            "public class Greeter {",
            "  @Subscribe void onHit(Hit hit) {}",
            "  @Subscribe java.util.concurrent.CompletionStage<Void> onReady(dev.shardwire.events.ShardReadyEvent ready) {",
            "    return null;",
            "  }",
            "}");
    assertThat(ProcessorTesting.compile(exception, string, event, listener)).succeededWithoutWarnings();
  }

  /**
   * A type nested in an event (its own partial {@code User}) is inherited by the generated
   * implementation, where it hides the runtime's {@code User} that another property returns.
   */
  @Test
  void aTypeNestedInAnEventDoesNotHideTheTypesItsImplementationNames() {
    JavaFileObject event =
        ProcessorTesting.source(
            "nested",
            "Thing",
            java.util.List.of("dev.shardwire.annotations.*", "java.util.*"),
            "@dev.shardwire.annotations.ShardEvent(name = \"NESTED_THING\", builder = true)",
            "public interface Thing extends dev.shardwire.events.ShardEvent, Base {",
            "  @GatewayModel interface User { String name(); }",
            "  enum Kind { A, @UnknownValue UNKNOWN }",
            "  User user();",
            "  dev.shardwire.models.User author();",
            "  Optional<dev.shardwire.models.User> editor();",
            "  Kind kind();",
            "}");
    JavaFileObject base =
        ProcessorTesting.source(
            "nested",
            "Base",
            java.util.List.of("dev.shardwire.annotations.*"),
            "@GatewayModel",
            "public interface Base {",
            "  interface Snowflake {}",
            "  dev.shardwire.models.Snowflake id();",
            "}");
    assertThat(ProcessorTesting.compile(event, base)).succeededWithoutWarnings();
  }

  /**
   * JSON objects whose paths differ only in what an identifier cannot hold ({@code a-b}, {@code
   * a_b}) or in case ({@code aB}) each get a name table of their own in the decoder, named the
   * same way in every build.
   */
  @Test
  void pathsDifferingOnlyInNonIdentifierCharactersDecodeEachTheirOwnField() throws Exception {
    JavaFileObject event =
        ProcessorTesting.source(
            "paths",
            "PathsEvent",
            java.util.List.of("dev.shardwire.annotations.JsonName"),
            "@dev.shardwire.annotations.ShardEvent(name = \"PATHS\")",
            "public interface PathsEvent extends dev.shardwire.events.ShardEvent {",
            "  @JsonName(\"a-b.x\") String dashed();",
            "  @JsonName(\"a_b.x\") String underscored();",
            "  @JsonName(\"aB.x\") String camel();",
            "  @JsonName(\"a.b_c.x\") String dotThenUnderscore();",
            "  @JsonName(\"a_b.c.x\") String underscoreThenDot();",
            "}");
    Compilation compilation = ProcessorTesting.compile(event);
    assertThat(compilation).succeededWithoutWarnings();
    EventDecoder<?> decoder = ProcessorTesting.table(ProcessorTesting.load(compilation), "paths").decoderFor("PATHS").orElseThrow();
    Object decoded =
        GatewayJson.decode(
            "{\"a-b\":{\"x\":\"dash\"},\"a_b\":{\"x\":\"under\",\"c\":{\"x\":\"under-dot\"}},"
                + "\"aB\":{\"x\":\"camel\"},\"a\":{\"b_c\":{\"x\":\"dot-under\"}}}",
            decoder,
            new DecodeContext(dev.shardwire.GatewayBot.builder().build(), DetachedShard.of(0, 1)));
    assertEquals("dash", accessor(decoded, "dashed"));
    assertEquals("under", accessor(decoded, "underscored"));
    assertEquals("camel", accessor(decoded, "camel"));
    assertEquals("dot-under", accessor(decoded, "dotThenUnderscore"));
    assertEquals("under-dot", accessor(decoded, "underscoreThenDot"));
    assertEquals(decoderSource(compilation), decoderSource(ProcessorTesting.compile(event)), "the same decoder every build");
  }

  /**
   * The decoder's helpers are named for what they read: two enums named {@code Kind} in two
   * packages, or a nested list's reader ({@code readFooElement}) and the reader of a property
   * {@code fooElement}, each get a helper of their own.
   */
  @Test
  void helpersOfTheDecoderNeverShareAName() throws Exception {
    JavaFileObject first = ProcessorTesting.source("first", "Kind", java.util.List.of(), "public enum Kind { X, @dev.shardwire.annotations.UnknownValue UNKNOWN }");
    JavaFileObject second = ProcessorTesting.source("second", "Kind", java.util.List.of(), "public enum Kind { Y, @dev.shardwire.annotations.UnknownValue UNKNOWN }");
    JavaFileObject model =
        ProcessorTesting.source(
            "helpers",
            "Helpers",
            java.util.List.of("java.util.List", "java.util.Map"),
            "@dev.shardwire.annotations.GatewayModel",
            "public interface Helpers {",
            "  first.Kind first();",
            "  second.Kind second();",
            // Integer lists: a list of strings or snowflakes is read by the runtime, with no helper.
            "  List<List<Integer>> foo();",
            "  List<Integer> fooElement();",
            "  Map<String, List<Integer>> bar();",
            "  List<Integer> barValue();",
            "}");
    Compilation compilation = ProcessorTesting.compile(first, second, model);
    assertThat(compilation).succeededWithoutWarnings();
    @SuppressWarnings("unchecked")
    EventDecoder<Object> decoder =
        (EventDecoder<Object>) ProcessorTesting.load(compilation).loadClass("helpers.HelpersDecoder").getField("INSTANCE").get(null);
    Object decoded =
        GatewayJson.decode(
            "{\"first\":\"x\",\"second\":\"y\",\"foo\":[[1]],\"foo_element\":[2],"
                + "\"bar\":{\"k\":[3]},\"bar_value\":[4]}",
            decoder,
            new DecodeContext(dev.shardwire.GatewayBot.builder().build(), DetachedShard.of(0, 1)));
    assertEquals("X", accessor(decoded, "first").toString());
    assertEquals("Y", accessor(decoded, "second").toString());
    assertEquals(java.util.List.of(java.util.List.of(1)), accessor(decoded, "foo"));
    assertEquals(java.util.List.of(2), accessor(decoded, "fooElement"));
    assertEquals(java.util.Map.of("k", java.util.List.of(3)), accessor(decoded, "bar"));
    assertEquals(java.util.List.of(4), accessor(decoded, "barValue"));
  }

  private static Object accessor(Object value, String name) throws ReflectiveOperationException {
    Method method = value.getClass().getMethod(name);
    method.setAccessible(true);
    return method.invoke(value);
  }

  private static String decoderSource(Compilation compilation) throws java.io.IOException {
    return compilation.generatedSourceFile("paths.PathsEventDecoder").orElseThrow().getCharContent(false).toString();
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

package dev.shardwire.codegen;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.shardwire.GatewayBot;
import dev.shardwire.testing.DetachedShard;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Builders only where they serve: an event a dispatch decodes gets one when it asks, an event no
 * dispatch decodes (made by hand only) always; every implementation is a record whose public
 * constructor makes one too.
 */
class BuilderPresenceTest {

  private static JavaFileObject event(String name, String annotation) {
    return JavaFileObjects.forSourceLines(
        "test." + name,
        "package test;",
        annotation,
        "public interface " + name + " extends dev.shardwire.events.ShardEvent {",
        "  String label();",
        "  java.util.Optional<String> note();",
        "  java.util.List<String> tags();",
        "}");
  }

  private static final JavaFileObject DECODED =
      event("Decoded", "@dev.shardwire.annotations.ShardEvent(name = \"DECODED\")");
  private static final JavaFileObject ASKED =
      event("Asked", "@dev.shardwire.annotations.ShardEvent(name = \"ASKED\", builder = true)");
  private static final JavaFileObject HAND_MADE = event("HandMade", "@dev.shardwire.annotations.ShardEvent");

  private static boolean hasBuilder(ClassLoader loader, String implementation) throws Exception {
    return Arrays.stream(loader.loadClass(implementation).getMethods()).anyMatch(m -> m.getName().equals("builder"));
  }

  @Test
  void builderWhereAskedOrMadeByHandOnly() throws Exception {
    Compilation compilation = ProcessorTesting.compile(DECODED, ASKED, HAND_MADE);
    assertThat(compilation).succeededWithoutWarnings();
    ClassLoader loader = ProcessorTesting.load(compilation);
    assertFalse(hasBuilder(loader, "test.ImmutableDecoded"));
    assertTrue(hasBuilder(loader, "test.ImmutableAsked"));
    assertTrue(hasBuilder(loader, "test.ImmutableHandMade"));
  }

  @Test
  void theRecordConstructorChecksAndCopiesAsTheBuilderDoes() throws Exception {
    ClassLoader loader = ProcessorTesting.load(ProcessorTesting.compile(DECODED, ASKED));
    Class<?> decoded = loader.loadClass("test.ImmutableDecoded");
    assertTrue(decoded.isRecord());
    GatewayBot app = GatewayBot.builder().build();
    DetachedShard shard = DetachedShard.of(0, 1);
    Constructor<?> constructor = decoded.getConstructors()[0];
    Object made = constructor.newInstance(app, shard, "x", Optional.of("n"), new ArrayList<>(List.of("a")));
    Object same = constructor.newInstance(app, shard, "x", Optional.of("n"), List.of("a"));
    assertEquals(made, same);
    assertEquals(made.hashCode(), same.hashCode());
    assertNotEquals(made, constructor.newInstance(app, shard, "y", Optional.of("n"), List.of("a")));
    Method tags = decoded.getMethod("tags");
    List<?> copied = (List<?>) tags.invoke(made);
    assertThrows(UnsupportedOperationException.class, () -> copied.clear());
    Exception missing =
        assertThrows(
            InvocationTargetException.class,
            () -> constructor.newInstance(app, shard, null, Optional.empty(), List.of()));
    assertTrue(missing.getCause() instanceof NullPointerException, missing.toString());
    assertEquals("Decoded.label() must not be null", missing.getCause().getMessage());
  }
}

package dev.shardwire.codegen.subscribe;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.shardwire.codegen.GoldenFiles;
import dev.shardwire.codegen.ProcessorTesting;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** What the rules allow compiles cleanly (with -Werror over the generated code), with defined bindings. */
class SubscribeAcceptsTest {

  static JavaFileObject source(String name, String... lines) {
    return sourceIn("test", name, lines);
  }

  static JavaFileObject sourceIn(String packageName, String name, String... lines) {
    return ProcessorTesting.source(packageName, name,
        List.of("dev.shardwire.annotations.Subscribe", "dev.shardwire.events.*", "java.util.concurrent.*"), lines);
  }

  private static String binding(Compilation compilation, String name) {
    assertThat(compilation).succeededWithoutWarnings();
    return GoldenFiles.generatedSource(compilation, name);
  }

  @Test
  void checkedExceptionsAndStageSubtypes() {
    String code =
        binding(
            ProcessorTesting.compile(
                source(
                    "L",
                    "public class L {",
                    "  @Subscribe void onReady(ShardReadyEvent event) throws java.io.IOException {}",
                    "  @Subscribe CompletableFuture<String> onResumed(ShardResumedEvent event) throws Exception {",
                    "    return CompletableFuture.completedFuture(\"ok\");",
                    "  }",
                    "}")),
            "test.L_ShardwireBinding");
    assertTrue(code.contains("return target.onResumed((ShardResumedEvent) event);"), code);
  }

  @Test
  void onlyAsynchronousHandlers() {
    // Every case returns: nothing may follow the switch.
    String code =
        binding(
            ProcessorTesting.compile(
                source(
                    "L",
                    "class L {",
                    "  @Subscribe CompletionStage<Void> onReady(ShardReadyEvent event) {",
                    "    return CompletableFuture.completedFuture(null);",
                    "  }",
                    "}")),
            "test.L_ShardwireBinding");
    assertTrue(code.contains("return target.onReady((ShardReadyEvent) event);"), code);
  }

  @Test
  void abstractHandlerInAnAbstractClass() {
    String code =
        binding(
            ProcessorTesting.compile(
                source("L", "abstract class L {", "  @Subscribe abstract void onReady(ShardReadyEvent event);", "}")),
            "test.L_ShardwireBinding");
    assertTrue(code.contains("final class L_ShardwireBinding extends GeneratedBinding<L>"), code);
    assertTrue(!code.contains("public final class"), "a package-private class gets a package-private binding");
  }

  @Test
  void nestedAndGenericClasses() {
    String code =
        binding(
            ProcessorTesting.compile(
                source(
                    "L",
                    "public class L {",
                    "  public static class Inner<T> {",
                    "    @Subscribe void onReady(ShardReadyEvent event) {}",
                    "  }",
                    "}")),
            "test.L_Inner_ShardwireBinding");
    assertTrue(code.contains("public L_Inner_ShardwireBinding(L.Inner<?> target)"), code);
  }

  @Test
  void innerClassesOfAGenericClass() {
    // An inner class of Outer<T> is Outer<?>.Inner to code outside it: Outer.Inner is raw.
    Compilation compilation =
        ProcessorTesting.compile(
            source(
                "Outer",
                "public class Outer<T> {",
                "  public class Inner {",
                "    @Subscribe void onReady(ShardReadyEvent event) {}",
                "  }",
                "  public class Generic<U> {",
                "    public class Deeper {",
                "      @Subscribe void onReady(ShardReadyEvent event) {}",
                "    }",
                "    @Subscribe void onResumed(ShardResumedEvent event) {}",
                "  }",
                "  public static class Nested<V> {",
                "    @Subscribe void onReady(ShardReadyEvent event) {}",
                "  }",
                "}"));
    String inner = binding(compilation, "test.Outer_Inner_ShardwireBinding");
    assertTrue(inner.contains("public Outer_Inner_ShardwireBinding(Outer<?>.Inner target)"), inner);
    String generic = binding(compilation, "test.Outer_Generic_ShardwireBinding");
    assertTrue(generic.contains("public Outer_Generic_ShardwireBinding(Outer<?>.Generic<?> target)"), generic);
    String deeper = binding(compilation, "test.Outer_Generic_Deeper_ShardwireBinding");
    assertTrue(deeper.contains("public Outer_Generic_Deeper_ShardwireBinding(Outer<?>.Generic<?>.Deeper target)"), deeper);
    String nested = binding(compilation, "test.Outer_Nested_ShardwireBinding");
    assertTrue(nested.contains("public Outer_Nested_ShardwireBinding(Outer.Nested<?> target)"), nested);
  }

  @Test
  void inheritedHandlersComeFirstAndAnOverrideIsBoundOnce() {
    String code =
        binding(
            ProcessorTesting.compile(
                source(
                    "L",
                    "class L {",
                    "  static class Base {",
                    "    @Subscribe void onReady(ShardReadyEvent event) {}",
                    "    @Subscribe void onAny(Event event) {}",
                    "  }",
                    "  static class Sub extends Base {",
                    "    @Subscribe void onResumed(ShardResumedEvent event) {}",
                    "    @Subscribe @Override void onReady(ShardReadyEvent event) {}",
                    "    @Override void onAny(Event event) {}",
                    "  }",
                    "}")),
            "test.L_Sub_ShardwireBinding");
    int ready = code.indexOf("\"Base.onReady(ShardReadyEvent)\"");
    int any = code.indexOf("\"Base.onAny(Event)\"");
    int resumed = code.indexOf("\"Sub.onResumed(ShardResumedEvent)\"");
    assertTrue(ready > 0 && any > ready && resumed > any, code);
    assertTrue(code.contains("case 0 -> target.onReady((ShardReadyEvent) event);"), code);
    assertTrue(code.contains("case 1 -> target.onAny((Event) event);"), code);
    assertTrue(code.contains("case 2 -> target.onResumed((ShardResumedEvent) event);"), code);
    assertTrue(!code.contains("case 3"), code);
  }

  @Test
  void publicInheritedHandlerFromAnotherPackage() {
    JavaFileObject base =
        sourceIn("test.base", "Base", "public class Base {", "  @Subscribe public void onReady(ShardReadyEvent event) {}", "}");
    JavaFileObject sub =
        sourceIn(
            "test.sub",
            "Sub",
            "public class Sub extends test.base.Base {",
            "  @Subscribe void onResumed(ShardResumedEvent event) {}",
            "}");
    String code = binding(ProcessorTesting.compile(base, sub), "test.sub.Sub_ShardwireBinding");
    assertTrue(code.contains("case 0 -> target.onReady((ShardReadyEvent) event);"), code);
  }

  @Test
  void handlerOfAnEventOfTheSameCompilation() {
    JavaFileObject event =
        source(
            "Ping",
            "@dev.shardwire.annotations.ShardEvent",
            "public interface Ping extends ShardEvent {}");
    JavaFileObject listener =
        source("L", "class L {", "  @Subscribe void onPing(Ping event) {}", "}");
    Compilation compilation = ProcessorTesting.compile(event, listener);
    String code = binding(compilation, "test.L_ShardwireBinding");
    assertTrue(code.contains(".of(ShardwireEventTable.PING, \"L.onPing(Ping)\")"), code);
  }

  @Test
  void theDuplicateWarningCanBeSuppressedByItsTag() {
    JavaFileObject source =
        source(
            "L",
            "class L {",
            "  @Subscribe void first(ShardReadyEvent event) {}",
            "  @SuppressWarnings(\"ShardwireDuplicateHandler\")",
            "  @Subscribe void second(ShardReadyEvent event) {}",
            "}");
    assertThat(ProcessorTesting.compile(source)).succeededWithoutWarnings();
  }
}

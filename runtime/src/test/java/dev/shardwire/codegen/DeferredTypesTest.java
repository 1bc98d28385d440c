package dev.shardwire.codegen;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.shardwire.processor.ShardwireProcessor;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Events that refer to types another processor generates in a later round wait for them. (A type
 * that never appears is a rule's error, tested in the processor module's {@code
 * UnresolvedTypeRuleTest}.)
 */
class DeferredTypesTest {

  private static final JavaFileObject USES_GENERATED =
      JavaFileObjects.forSourceLines(
          "test.Uses",
          "package test;",
          "@dev.shardwire.annotations.ShardEvent(name = \"USES\")",
          "public interface Uses extends dev.shardwire.events.Event {",
          "  Later later();",
          "}");

  /** Writes the model {@code test.Later} in its first round, as a code generator would. */
  private static WritesOnceProcessor laterGenerator() {
    return new WritesOnceProcessor("test.Later",
        "package test;\n@dev.shardwire.annotations.GatewayModel\npublic interface Later { String text(); }\n");
  }

  @Test
  void anEventWaitsForAModelGeneratedInALaterRound() {
    Compilation compilation =
        javac()
            .withProcessors(new ShardwireProcessor(), laterGenerator())
            .withOptions("-Xlint:all,-processing", "-Werror")
            .compile(USES_GENERATED);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.ImmutableUses");
    assertThat(compilation).generatedSourceFile("test.UsesDecoder");
    assertThat(compilation).generatedSourceFile("test.ShardwireEventTable");
  }

  @Test
  void anEventWaitsForALaterTypeThatItInheritsFromAModel() {
    JavaFileObject base =
        JavaFileObjects.forSourceLines(
            "test.Base",
            "package test;",
            "@dev.shardwire.annotations.GatewayModel",
            "public interface Base {",
            "  Later later();",
            "}");
    JavaFileObject event =
        JavaFileObjects.forSourceLines(
            "test.Inherits",
            "package test;",
            "@dev.shardwire.annotations.ShardEvent(name = \"INHERITS\")",
            "public interface Inherits extends dev.shardwire.events.ShardEvent, Base {",
            "  String own();",
            "}");
    Compilation compilation =
        javac()
            .withProcessors(new ShardwireProcessor(), laterGenerator())
            .withOptions("-Xlint:all,-processing", "-Werror")
            .compile(base, event);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.ImmutableInherits");
    assertThat(compilation).generatedSourceFile("test.InheritsDecoder");
  }

  @Test
  void aListenerWaitsForTheLaterEventOfAnInheritedHandler() {
    JavaFileObject base =
        JavaFileObjects.forSourceLines(
            "test.BaseListener",
            "package test;",
            "public abstract class BaseListener {",
            "  @dev.shardwire.annotations.Subscribe public void onLater(LaterEvent event) {}",
            "}");
    JavaFileObject listener =
        JavaFileObjects.forSourceLines(
            "test.Listener",
            "package test;",
            "public class Listener extends BaseListener {",
            "  @dev.shardwire.annotations.Subscribe void onReady(dev.shardwire.events.ShardReadyEvent event) {}",
            "}");
    WritesOnceProcessor generator =
        new WritesOnceProcessor(
            "test.LaterEvent",
            "package test;\n@dev.shardwire.annotations.ShardEvent(name = \"LATER_EVENT\")\n"
                + "public interface LaterEvent extends dev.shardwire.events.ShardEvent { String text(); }\n");
    Compilation compilation =
        javac()
            .withProcessors(new ShardwireProcessor(), generator)
            .withOptions("-Xlint:all,-processing", "-Werror")
            .compile(base, listener);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.Listener_ShardwireBinding");
    assertThat(compilation).generatedSourceFile("test.BaseListener_ShardwireBinding");
  }
}

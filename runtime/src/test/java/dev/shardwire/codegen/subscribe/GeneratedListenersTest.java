package dev.shardwire.codegen.subscribe;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.shardwire.codegen.GoldenFiles;
import dev.shardwire.codegen.WritesOnceProcessor;
import dev.shardwire.processor.ShardwireProcessor;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The processor skips the files it wrote itself when it searches a later round, but not the
 * sources another processor writes: a listener generated in the first round gets its binding in
 * the second, and a local listener in such a source is still reported.
 */
class GeneratedListenersTest {

  @Test
  void aListenerAnotherProcessorWritesGetsItsBinding() {
    Compilation compilation =
        compile(
            "test.Written",
            "package test;",
            "public class Written {",
            "  @dev.shardwire.annotations.Subscribe void onReady(dev.shardwire.events.ShardReadyEvent event) {}",
            "}");
    assertThat(compilation).succeededWithoutWarnings();
    String code = GoldenFiles.generatedSource(compilation, "test.Written_ShardwireBinding");
    assertTrue(code.contains("case 0 -> target.onReady((ShardReadyEvent) event);"), code);
  }

  @Test
  void aLocalListenerInASourceAnotherProcessorWritesIsReported() {
    Compilation compilation =
        compile(
            "test.Written",
            "package test;",
            "public class Written {",
            // A handler javac can see, so that the processor runs in the round of this file.
            "  @dev.shardwire.annotations.Subscribe void onResumed(dev.shardwire.events.ShardResumedEvent event) {}",
            "  Object local() {",
            "    return new Object() {",
            "      @dev.shardwire.annotations.Subscribe void onReady(dev.shardwire.events.ShardReadyEvent event) {}",
            "    };",
            "  }",
            "}");
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[ShardwireListenerLocal] @Subscribe method onReady(");
  }

  /** Compiles a trigger class with Shardwire's processor and one that writes {@code lines} as {@code name} in round one. */
  private static Compilation compile(String name, String... lines) {
    JavaFileObject trigger =
        com.google.testing.compile.JavaFileObjects.forSourceLines("test.Trigger", "package test;", "@Deprecated class Trigger {}");
    return javac()
        .withProcessors(new ShardwireProcessor(), new WritesOnceProcessor(name, String.join("\n", lines)))
        .withOptions("-Xlint:all,-processing,-deprecation", "-Werror")
        .compile(trigger);
  }
}

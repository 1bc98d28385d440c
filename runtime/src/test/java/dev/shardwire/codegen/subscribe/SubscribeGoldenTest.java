package dev.shardwire.codegen.subscribe;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.shardwire.codegen.GoldenFiles;
import dev.shardwire.codegen.ProcessorTesting;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The binding generated for the listener of issue 4, against a golden file. */
class SubscribeGoldenTest {

  static final JavaFileObject GREETER =
      JavaFileObjects.forSourceLines(
          "test.golden.Greeter",
          "package test.golden;",
          "",
          "import dev.shardwire.annotations.Subscribe;",
          "import dev.shardwire.events.MemberChunkEvent;",
          "import dev.shardwire.events.ShardReadyEvent;",
          "import dev.shardwire.events.ShardStateEvent;",
          "import java.util.concurrent.CompletableFuture;",
          "import java.util.concurrent.CompletionStage;",
          "",
          "/** Greets. */",
          "public final class Greeter {",
          "  @Subscribe",
          "  void onReady(ShardReadyEvent event) {}",
          "",
          "  @Subscribe",
          "  CompletionStage<Void> onChunk(MemberChunkEvent event) {",
          "    return CompletableFuture.completedFuture(null);",
          "  }",
          "",
          "  @Subscribe",
          "  public void onAnyState(ShardStateEvent event) throws java.io.IOException {}",
          "}");

  @Test
  void generatesTheBindingAsTheGoldenFileSays() {
    Compilation compilation = ProcessorTesting.compile(GREETER);
    assertThat(compilation).succeededWithoutWarnings();
    GoldenFiles.assertGenerated(compilation, "test.golden.Greeter_ShardwireBinding", "Greeter_ShardwireBinding.java.txt");
  }

  @Test
  void generatesTheSameBytesEveryTime() {
    String first = GoldenFiles.generatedSource(ProcessorTesting.compile(GREETER), "test.golden.Greeter_ShardwireBinding");
    String second = GoldenFiles.generatedSource(ProcessorTesting.compile(GREETER), "test.golden.Greeter_ShardwireBinding");
    assertEquals(first, second);
  }
}

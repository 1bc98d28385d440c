package dev.shardwire.processor.validation;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * An event whose property names a type that never appears (no source, no class, no processor
 * generating it) gets one tagged error on the event, not javac's alone. That a type generated in a
 * later round is waited for is the runtime module's {@code DeferredTypesTest}: its generated code
 * must compile.
 */
class UnresolvedTypeRuleTest {

  private static final JavaFileObject USES_MISSING =
      JavaFileObjects.forSourceLines(
          "test.Uses",
          "package test;",
          "@dev.shardwire.annotations.ShardEvent(name = \"USES\")",
          "public interface Uses extends dev.shardwire.events.Event {",
          "  Later later();",
          "}");

  @Test
  void aTypeThatNeverAppearsIsOneClearError() {
    Compilation compilation = RuleTesting.compile(USES_MISSING);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[ShardwireUnresolvedType] test.Uses refers to types that never became available (Later)")
        .inFile(USES_MISSING)
        .onLineContaining("public interface Uses");
  }
}

package dev.shardwire.processor.validation;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.shardwire.processor.ShardwireProcessor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
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

  /**
   * Another error stops javac's rounds early: a type that was waiting for one generated in the
   * same round is then left unprocessed, but its types did appear, so it is no error of its own.
   */
  @Test
  void aTypeLeftWaitingWhenAnotherErrorEndsTheRoundsIsNotReported() {
    JavaFileObject bad =
        JavaFileObjects.forSourceLines("test.Bad", "package test;", "@dev.shardwire.annotations.ShardEvent", "class Bad {}");
    Compilation compilation =
        javac()
            .withProcessors(new ShardwireProcessor(), new WritesLater())
            .withOptions("-Xlint:all,-processing", "-Werror")
            .compile(USES_MISSING, bad);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[ShardwireEventNotInterface]").inFile(bad);
  }

  /** Writes {@code test.Later} in its first round, as another code generator would. */
  private static final class WritesLater extends AbstractProcessor {
    private boolean written;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (!written) {
        written = true;
        try (Writer out = processingEnv.getFiler().createSourceFile("test.Later").openWriter()) {
          out.write("package test;\n@dev.shardwire.annotations.GatewayModel\npublic interface Later { String text(); }\n");
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return false;
    }
  }
}

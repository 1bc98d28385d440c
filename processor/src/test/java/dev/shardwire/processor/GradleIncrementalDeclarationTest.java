package dev.shardwire.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The processor declares itself to Gradle's incremental compilation as aggregating, and keeps to
 * what Gradle asks of an aggregating processor.
 *
 * <p>Aggregating, not isolating, because one generated file depends on many sources: a package's
 * {@code ShardwireEventTable} lists every event of the package. Gradle then reprocesses the
 * annotated sources together on each change, but still compiles incrementally.
 */
class GradleIncrementalDeclarationTest {

  private static final String DECLARATION = "META-INF/gradle/incremental.annotation.processors";

  @Test
  void declaresTheProcessorAsAggregating() throws IOException {
    assertEquals(List.of(ShardwireProcessor.class.getName() + ",aggregating"), declarationLines());
  }

  @Test
  void everyAnnotationItProcessesIsKeptInClassFiles() throws ClassNotFoundException {
    // Gradle hands an aggregating processor the annotated types of compiled classes too, which
    // it can see only through annotations of CLASS or RUNTIME retention.
    for (String name : new ShardwireProcessor().getSupportedAnnotationTypes()) {
      Retention retention = Class.forName(name).getAnnotation(Retention.class);
      assertNotNull(retention, name + " has no @Retention, so its retention is CLASS by default");
      assertTrue(retention.value() != RetentionPolicy.SOURCE, name + " must not have SOURCE retention");
    }
  }

  private static List<String> declarationLines() throws IOException {
    try (InputStream in =
        GradleIncrementalDeclarationTest.class.getClassLoader().getResourceAsStream(DECLARATION)) {
      assertNotNull(in, "no " + DECLARATION + " in the processor jar");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
    }
  }
}

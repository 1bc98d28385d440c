package dev.shardwire.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Optional;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/**
 * Compares generated sources with golden files under {@code src/test/resources/golden}.
 *
 * <p>When a change to generated code is intended, rewrite the golden files with {@code mvn -pl
 * runtime -am test -Dshardwire.golden.update=true} (the property, not an environment variable, so
 * it reaches the forked test JVM through Surefire's {@code argLine}-free system properties), then
 * review the diff like any other change.
 */
public final class GoldenFiles {

  /** The system property that rewrites golden files instead of comparing them. */
  public static final String UPDATE_PROPERTY = "shardwire.golden.update";

  private static final Path ROOT = Paths.get("src", "test", "resources", "golden");

  private GoldenFiles() {}

  /** Asserts that {@code compilation} generated {@code qualifiedName} exactly as golden file {@code goldenName}. */
  public static void assertGenerated(Compilation compilation, String qualifiedName, String goldenName) {
    String actual = generatedSource(compilation, qualifiedName);
    Path golden = ROOT.resolve(goldenName);
    try {
      if (Boolean.getBoolean(UPDATE_PROPERTY)) {
        Files.createDirectories(golden.getParent());
        Files.writeString(golden, actual, StandardCharsets.UTF_8);
        return;
      }
      assertTrue(
          Files.exists(golden),
          "no golden file " + golden + "; run with -D" + UPDATE_PROPERTY + "=true to create it");
      assertEquals(
          Files.readString(golden, StandardCharsets.UTF_8),
          actual,
          "generated " + qualifiedName + " differs from " + golden
              + "; if the change is intended, run with -D" + UPDATE_PROPERTY + "=true and review the diff");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text of the generated source file of {@code qualifiedName}. */
  public static String generatedSource(Compilation compilation, String qualifiedName) {
    String path = qualifiedName.replace('.', '/') + ".java";
    Optional<JavaFileObject> file =
        compilation.generatedFile(StandardLocation.SOURCE_OUTPUT, path);
    assertTrue(file.isPresent(), "nothing generated at " + path);
    try {
      return file.get().getCharContent(false).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

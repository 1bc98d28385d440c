package dev.shardwire.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * A processor that writes one source file in its first round, as a code generator other than
 * Shardwire would: for tests of what Shardwire's processor does with types it meets only in a
 * later round.
 */
public final class WritesOnceProcessor extends AbstractProcessor {

  private final String name;
  private final String text;
  private boolean written;

  /** Writes {@code text} as the source of {@code name} (a qualified class name). */
  public WritesOnceProcessor(String name, String text) {
    this.name = name;
    this.text = text;
  }

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
      try (Writer out = processingEnv.getFiler().createSourceFile(name).openWriter()) {
        out.write(text);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return false;
  }
}

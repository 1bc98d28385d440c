package dev.shardwire.benchmarks.compile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.annotation.processing.SupportedOptions;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * The cheapest processor that writes the files the Shardwire processor writes: in its first round
 * it writes, through the Filer, one empty public class for each name listed in the file that the
 * option {@value #NAMES_OPTION} gives (one binary name a line), and nothing else. {@link
 * CompileCost} compiles the corpus with it to measure what any processor pays for those files —
 * the Filer's checks, javac's later rounds, entering and writing the classes — before the first
 * line of their content. It is named with {@code -processor}, never registered as a service.
 */
@SupportedAnnotationTypes("*")
@SupportedOptions(EmptyFilesProcessor.NAMES_OPTION)
public final class EmptyFilesProcessor extends AbstractProcessor {

  /** The option naming the file of class names to write. */
  static final String NAMES_OPTION = "shardwire.emptyFiles";

  private boolean written;

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (written) {
      return false;
    }
    written = true;
    String namesFile = processingEnv.getOptions().get(NAMES_OPTION);
    if (namesFile == null) {
      throw new IllegalStateException("give the class names to write with -A" + NAMES_OPTION + "=<file>");
    }
    try {
      for (String name : Files.readAllLines(Path.of(namesFile))) {
        write(name);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return false;
  }

  private void write(String binaryName) throws IOException {
    int dot = binaryName.lastIndexOf('.');
    String packageName = dot < 0 ? "" : binaryName.substring(0, dot);
    try (Writer out = processingEnv.getFiler().createSourceFile(binaryName).openWriter()) {
      out.write(CompileCorpus.emptyClass(packageName, binaryName.substring(dot + 1)));
    }
  }

  /** The binary names of the {@code .java} files under {@code root}, as this processor reads them. */
  static List<String> classNames(Path root, List<Path> files) {
    return files.stream()
        .map(file -> root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "."))
        .map(name -> name.substring(0, name.length() - ".java".length()))
        .toList();
  }
}

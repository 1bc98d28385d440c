package dev.shardwire.benchmarks.compile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The compile-cost corpus of issue 14: {@value #EVENTS} {@code @ShardEvent} interfaces of five
 * properties each and {@value #LISTENERS} listener classes of four {@code @Subscribe} handlers
 * each, written compactly as a bot author might (a line of Javadoc on each accessor, a one-line
 * handler that reads the event): about 12,500 lines, the size of the corpus the issue measured.
 * The same files on every run.
 */
final class CompileCorpus {

  static final int EVENTS = 200;
  static final int LISTENERS = 500;
  static final int HANDLERS_PER_LISTENER = 4;

  private CompileCorpus() {}

  /** Writes the corpus of issue 14 under {@code root} and returns its source files, events first. */
  static List<Path> write(Path root) {
    return write(root, EVENTS, LISTENERS);
  }

  /**
   * Writes a corpus of {@code events} events and {@code listeners} listeners, of the same shapes
   * as the issue's, under {@code root}; a smaller one for quick comparisons of two processors.
   */
  static List<Path> write(Path root, int events, int listeners) {
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < events; i++) {
      files.add(write(root, "corpus/events/" + eventName(i) + ".java", event(i)));
    }
    for (int i = 0; i < listeners; i++) {
      files.add(write(root, "corpus/listeners/" + String.format("CorpusListener%03d", i) + ".java", listener(i, events)));
    }
    return files;
  }

  private static String eventName(int i) {
    return String.format("CorpusEvent%03d", i);
  }

  private static String event(int i) {
    return """
        package corpus.events;

        import dev.shardwire.events.ShardEvent;
        import dev.shardwire.models.Snowflake;
        import java.util.List;
        import java.util.Optional;

        /** Corpus event %1$d, dispatched as CORPUS_EVENT_%1$d. */
        @dev.shardwire.annotations.ShardEvent(name = "CORPUS_EVENT_%1$d")
        public interface %2$s extends ShardEvent {
          /** The guild it happened in. */
          Snowflake guildId();
          /** What it is called. */
          String name();
          /** How many there were. */
          int count();
          /** A note, when one was left. */
          Optional<String> note();
          /** The users it concerns. */
          List<Snowflake> userIds();
        }
        """.formatted(i, eventName(i));
  }

  private static String listener(int i, int events) {
    StringBuilder handlers = new StringBuilder();
    for (int h = 0; h < HANDLERS_PER_LISTENER; h++) {
      // Four different events per listener, spread over the whole corpus.
      String event = eventName((i * HANDLERS_PER_LISTENER + h * 53) % events);
      handlers.append("""
            @Subscribe
            void on%1$s(%1$s event) { seen += event.count(); }
          """.formatted(event));
    }
    return """
        package corpus.listeners;

        import corpus.events.*;
        import dev.shardwire.annotations.Subscribe;

        /** Corpus listener %d. */
        public class CorpusListener%03d {
          long seen;
        %s}
        """.formatted(i, i, handlers);
  }

  private static Path write(Path root, String relative, String text) {
    Path file = root.resolve(relative);
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  /**
   * Writes, under {@code emptyRoot}, an empty public class of the same package and name as the
   * generated source {@code file} (under {@code generatedRoot}), and returns it: the file without
   * its content.
   */
  static Path emptyTwin(Path generatedRoot, Path file, Path emptyRoot) {
    Path relative = generatedRoot.relativize(file);
    String fileName = relative.getFileName().toString();
    String name = fileName.substring(0, fileName.length() - ".java".length());
    Path parent = relative.getParent();
    String packageName = parent == null ? "" : parent.toString().replace(file.getFileSystem().getSeparator(), ".");
    return write(emptyRoot, relative.toString(), emptyClass(packageName, name));
  }

  /** The source of an empty public class {@code name} in package {@code packageName} ("" for none). */
  static String emptyClass(String packageName, String name) {
    return (packageName.isEmpty() ? "" : "package " + packageName + ";\n\n") + "public final class " + name + " {}\n";
  }

  /** The lines of every {@code .java} file under {@code root}. */
  static long lines(Path root) {
    return linesByKind(root).values().stream().mapToLong(Lines::lines).sum();
  }

  /** How many files of one kind, and their lines. */
  record Lines(long files, long lines) {
    Lines plus(Lines other) {
      return new Lines(files + other.files, lines + other.lines);
    }
  }

  /**
   * The lines of the {@code .java} files under {@code root} by kind of generated file, told by
   * the names the processor gives them (implementation, decoder, binding, table; "source" for
   * any other), in that order.
   */
  static Map<String, Lines> linesByKind(Path root) {
    Map<String, Lines> byKind = new LinkedHashMap<>();
    for (String kind : List.of("implementation", "decoder", "binding", "table", "source")) {
      byKind.put(kind, new Lines(0, 0));
    }
    if (!Files.isDirectory(root)) {
      return byKind;
    }
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        try (Stream<String> lines = Files.lines(file)) {
          byKind.merge(kind(file.getFileName().toString()), new Lines(1, lines.count()), Lines::plus);
        }
      }
      return byKind;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String kind(String fileName) {
    if (fileName.startsWith("Immutable")) {
      return "implementation";
    }
    if (fileName.endsWith("Decoder.java")) {
      return "decoder";
    }
    if (fileName.endsWith("_ShardwireBinding.java")) {
      return "binding";
    }
    return fileName.equals("ShardwireEventTable.java") ? "table" : "source";
  }
}

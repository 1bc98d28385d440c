package dev.shardwire.benchmarks.compile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

  /** Writes the corpus under {@code root} and returns its source files, events first. */
  static List<Path> write(Path root) {
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < EVENTS; i++) {
      files.add(write(root, "corpus/events/" + eventName(i) + ".java", event(i)));
    }
    for (int i = 0; i < LISTENERS; i++) {
      files.add(write(root, "corpus/listeners/" + String.format("CorpusListener%03d", i) + ".java", listener(i)));
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

  private static String listener(int i) {
    StringBuilder handlers = new StringBuilder();
    for (int h = 0; h < HANDLERS_PER_LISTENER; h++) {
      // Four different events per listener, spread over the whole corpus.
      String event = eventName((i * HANDLERS_PER_LISTENER + h * 53) % EVENTS);
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

  /** The lines of every {@code .java} file under {@code root}. */
  static long lines(Path root) {
    if (!Files.isDirectory(root)) {
      return 0;
    }
    try (Stream<Path> files = Files.walk(root)) {
      long total = 0;
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        try (Stream<String> lines = Files.lines(file)) {
          total += lines.count();
        }
      }
      return total;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

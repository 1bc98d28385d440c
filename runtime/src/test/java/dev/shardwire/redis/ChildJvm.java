package dev.shardwire.redis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * A separate JVM running a {@code main} of the test classes, for the scenarios that need several
 * processes (two gateway processes, a worker killed with {@code kill -9}). It gets this JVM's class
 * path; its standard output and error are collected line by line, so a test can wait for a line
 * the child prints and show the child's output when an assertion fails.
 */
final class ChildJvm implements AutoCloseable {

  private final String name;
  private final Process process;
  private final List<String> lines = new CopyOnWriteArrayList<>();

  private ChildJvm(String name, Process process) {
    this.name = name;
    this.process = process;
    Thread reader = new Thread(this::collect, "child-jvm-" + name);
    reader.setDaemon(true);
    reader.start();
  }

  /** Starts {@code main} of {@code mainClass} with {@code args} in a new JVM. */
  static ChildJvm start(String name, Class<?> mainClass, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx256m");
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(mainClass.getName());
    command.addAll(List.of(args));
    try {
      return new ChildJvm(name, new ProcessBuilder(command).redirectErrorStream(true).start());
    } catch (IOException e) {
      throw new UncheckedIOException("could not start the child JVM " + name, e);
    }
  }

  private void collect() {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = in.readLine()) != null; ) {
        lines.add(line);
      }
    } catch (IOException e) {
      lines.add("[output lost: " + e + "]");
    }
  }

  /** Every line the child printed so far. */
  List<String> lines() {
    return List.copyOf(lines);
  }

  /** Whether the child printed a line containing {@code text}. */
  boolean printed(String text) {
    return lines.stream().anyMatch(line -> line.contains(text));
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /** Kills the child at once, as {@code kill -9} does, and waits for it to be gone. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  /** The child's output, for assertion messages. */
  String output() {
    return "--- output of " + name + " ---\n" + String.join("\n", lines);
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      kill();
    }
  }

  @Override
  public String toString() {
    return "ChildJvm[" + name + ", pid " + process.pid() + "]";
  }
}

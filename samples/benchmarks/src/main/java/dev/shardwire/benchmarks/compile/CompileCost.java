/*
 * What the Shardwire processor costs a build: javac's CPU time with and without it on the corpus
 * of issue 14 (200 @ShardEvent interfaces of five properties, 500 listener classes of four
 * @Subscribe handlers), each compile in a fresh JVM, the arms alternating.
 *
 * Run (after mvn -B -q -pl samples/benchmarks -am package -DskipTests):
 *   java -cp samples/benchmarks/target/benchmarks.jar dev.shardwire.benchmarks.compile.CompileCost [rounds] [--quick]
 * (rounds: a multiple of five, so that every arm takes every place in the order equally often)
 *
 * --quick compiles a quarter of the corpus (50 events, 125 listeners) to compare two versions of
 * the processor quickly; the issue's figures are the full corpus's.
 *
 * Five arms per round, their order rotating from round to round:
 *   plain      the corpus, -proc:none;
 *   processor  the corpus with the Shardwire processor (named with -processor, so no other
 *              processor on the class path runs);
 *   generated  the corpus plus the sources the processor generated, -proc:none: javac compiling
 *              the same code as the processor arm, without the processor's own work;
 *   files      the corpus plus one empty class for each generated file, of the same name,
 *              -proc:none: what the number of generated files costs javac before any of their
 *              content;
 *   emptyProcessor  the corpus with EmptyFilesProcessor, which writes the same files through the
 *              Filer, each an empty class: what any processor that writes these files (their
 *              names are public API) pays before the first line of their content.
 * So processor - generated is the processor's own time (reading elements, writing files),
 * generated - plain is javac compiling what it wrote, files - plain javac's own cost of the number
 * of files before any content, and emptyProcessor - plain the least that a processor writing
 * these files adds (the Filer's checks per name, javac's later rounds). Each figure is the median
 * over the rounds of the per-round ratio (CPU of the whole child process: javac, JIT and GC
 * threads), which a machine whose speed drifts between rounds does not move.
 */
package dev.shardwire.benchmarks.compile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Prints the processor's compile cost as median ratios of javac CPU time. */
public final class CompileCost {

  private static final String PROCESSOR = "dev.shardwire.processor.ShardwireProcessor";

  /** The file, in the run's directory, that names the generated classes for EmptyFilesProcessor. */
  private static final String EMPTY_NAMES = "generated-class-names";

  private enum Arm { PLAIN, PROCESSOR, GENERATED, FILES, EMPTY_PROCESSOR }

  private CompileCost() {}

  /**
   * @param args optionally the number of rounds (default 5: a multiple of five puts every arm in
   *     every place of the order equally often), and {@code --quick} for a quarter of the corpus
   */
  public static void main(String[] args) throws IOException, InterruptedException {
    List<String> arguments = new ArrayList<>(List.of(args));
    boolean quick = arguments.remove("--quick");
    int rounds = arguments.isEmpty() ? 5 : Integer.parseInt(arguments.get(0));
    int divisor = quick ? 4 : 1;
    Path root = Files.createTempDirectory("shardwire-compile-cost");
    try {
      run(root, rounds, CompileCorpus.EVENTS / divisor, CompileCorpus.LISTENERS / divisor);
    } finally {
      delete(root);
    }
  }

  private static void run(Path root, int rounds, int events, int listeners) throws IOException, InterruptedException {
    Path sources = root.resolve("src");
    Path generated = root.resolve("generated");
    List<Path> corpus = CompileCorpus.write(sources, events, listeners);
    long sourceLines = CompileCorpus.lines(sources);
    String classPath = System.getProperty("java.class.path");
    System.out.printf(Locale.ROOT, "corpus: %d events of 5 properties, %d listeners of %d handlers, %d source lines%n",
        events, listeners, CompileCorpus.HANDLERS_PER_LISTENER, sourceLines);

    // Once first, untimed: the generated arm compiles what this wrote.
    compile(root, Arm.PROCESSOR, corpus, generated, classPath);
    long generatedLines = CompileCorpus.lines(generated);
    CompileCorpus.linesByKind(generated).forEach((kind, lines) -> {
      if (lines.files() > 0) {
        System.out.printf(Locale.ROOT, "generated %s: %d files, %d lines (%.0f a file)%n",
            kind, lines.files(), lines.lines(), (double) lines.lines() / lines.files());
      }
    });
    List<Path> withGenerated = new ArrayList<>(corpus);
    List<Path> withEmpty = new ArrayList<>(corpus);
    List<Path> generatedFiles;
    try (Stream<Path> files = Files.walk(generated)) {
      generatedFiles = files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
    }
    for (Path file : generatedFiles) {
      withGenerated.add(file);
      withEmpty.add(CompileCorpus.emptyTwin(generated, file, root.resolve("empty")));
    }
    Files.write(root.resolve(EMPTY_NAMES), EmptyFilesProcessor.classNames(generated, generatedFiles));

    double[] processorRatio = new double[rounds];
    double[] ownShare = new double[rounds];
    double[] generatedRatio = new double[rounds];
    double[] filesRatio = new double[rounds];
    double[] emptyProcessorRatio = new double[rounds];
    Arm[] arms = Arm.values();
    for (int round = 0; round < rounds; round++) {
      long[] cpu = new long[arms.length];
      for (int i = 0; i < arms.length; i++) {
        Arm arm = arms[(round + i) % arms.length];
        List<Path> files = switch (arm) {
          case GENERATED -> withGenerated;
          case FILES -> withEmpty;
          default -> corpus;
        };
        cpu[arm.ordinal()] = compile(root, arm, files, root.resolve("scratch-generated"), classPath);
      }
      long plain = cpu[Arm.PLAIN.ordinal()];
      long processor = cpu[Arm.PROCESSOR.ordinal()];
      long generatedOnly = cpu[Arm.GENERATED.ordinal()];
      processorRatio[round] = (double) processor / plain;
      generatedRatio[round] = (double) generatedOnly / plain;
      filesRatio[round] = (double) cpu[Arm.FILES.ordinal()] / plain;
      emptyProcessorRatio[round] = (double) cpu[Arm.EMPTY_PROCESSOR.ordinal()] / plain;
      ownShare[round] = (double) (processor - generatedOnly) / (processor - plain);
      System.out.printf(Locale.ROOT,
          "round %d: plain %.2f s, processor %.2f s, generated %.2f s, empty files %.2f s, empty-file processor %.2f s CPU -> %.2fx%n",
          round + 1, plain / 1e9, processor / 1e9, generatedOnly / 1e9, cpu[Arm.FILES.ordinal()] / 1e9,
          cpu[Arm.EMPTY_PROCESSOR.ordinal()] / 1e9, processorRatio[round]);
    }
    System.out.printf(Locale.ROOT, "with the processor / plain javac (CPU, median of %d): %.2fx (range %.2f-%.2f)%n",
        rounds, median(processorRatio), min(processorRatio), max(processorRatio));
    System.out.printf(Locale.ROOT, "corpus + generated sources, no processor / plain javac: %.2fx%n", median(generatedRatio));
    System.out.printf(Locale.ROOT, "corpus + one empty class per generated file, no processor / plain javac: %.2fx%n", median(filesRatio));
    System.out.printf(Locale.ROOT, "a processor writing the same files empty / plain javac: %.2fx (range %.2f-%.2f)%n",
        median(emptyProcessorRatio), min(emptyProcessorRatio), max(emptyProcessorRatio));
    System.out.printf(Locale.ROOT, "of the extra CPU: %.0f%% the processor's own work, %.0f%% javac compiling the generated code%n",
        100 * median(ownShare), 100 * (1 - median(ownShare)));
    System.out.printf(Locale.ROOT, "generated: %d lines for %d source lines = %.1f generated lines per source line%n",
        generatedLines, sourceLines, (double) generatedLines / sourceLines);
  }

  /** Compiles {@code files} in a fresh JVM and answers its CPU time in nanoseconds. */
  private static long compile(Path root, Arm arm, List<Path> files, Path generatedDir, String classPath)
      throws IOException, InterruptedException {
    Path classes = root.resolve("classes-" + arm.name().toLowerCase(Locale.ROOT));
    delete(classes);
    delete(generatedDir);
    Files.createDirectories(classes);
    Files.createDirectories(generatedDir);
    List<String> javacArgs = new ArrayList<>(List.of("--release", "17", "-encoding", "UTF-8", "-cp", classPath, "-d", classes.toString()));
    if (arm == Arm.PROCESSOR) {
      javacArgs.addAll(List.of("-processor", PROCESSOR, "-s", generatedDir.toString()));
    } else if (arm == Arm.EMPTY_PROCESSOR) {
      javacArgs.addAll(List.of("-processor", EmptyFilesProcessor.class.getName(), "-s", generatedDir.toString(),
          "-A" + EmptyFilesProcessor.NAMES_OPTION + "=" + root.resolve(EMPTY_NAMES)));
    } else {
      javacArgs.add("-proc:none");
    }
    files.forEach(f -> javacArgs.add(f.toString()));
    Path argFile = root.resolve("javac-args");
    Files.write(argFile, javacArgs.stream().map(CompileCost::quote).toList());

    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child = new ProcessBuilder(java, "-cp", classPath, JavacChild.class.getName(), "@" + argFile)
        .redirectErrorStream(true)
        .start();
    String output = new String(child.getInputStream().readAllBytes());
    int status = child.waitFor();
    String[] lines = output.strip().split("\n");
    String last = lines[lines.length - 1];
    if (status != 0 || !last.startsWith("cpu-nanos ")) {
      throw new IllegalStateException(arm + " compile failed (" + status + "):\n" + output);
    }
    return Long.parseLong(last.substring("cpu-nanos ".length()).trim());
  }

  /** An argument file line: javac splits on white space unless quoted. */
  private static String quote(String arg) {
    return "\"" + arg.replace("\\", "\\\\") + "\"";
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private static double min(double[] values) {
    return Arrays.stream(values).min().orElse(Double.NaN);
  }

  private static double max(double[] values) {
    return Arrays.stream(values).max().orElse(Double.NaN);
  }

  private static void delete(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

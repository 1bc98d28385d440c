package dev.shardwire.benchmarks.gateway;

import java.util.Arrays;
import java.util.Locale;

/**
 * The gateway ratios measured in pairs: the batches of {@link GatewayThroughputBenchmark}, run
 * alternately (a bare-client batch, then a typed-event batch, then an unlistened one, in turns),
 * each pair giving one ratio of the two times, and the median of those ratios reported.
 *
 * <p>JMH runs one benchmark to its end before it starts the next, so on a shared machine whose
 * speed drifts over seconds the rows of one run can be measured at different speeds; a pair is
 * measured within milliseconds, so the drift cancels out of its ratio. Use it next to the JMH
 * benchmark, not instead of it:
 *
 * <pre>
 * java -cp samples/benchmarks/target/benchmarks.jar dev.shardwire.benchmarks.gateway.GatewayRatio [pairs]
 * </pre>
 */
public final class GatewayRatio {

  private static final int WARM_UP_BATCHES = 200;

  private GatewayRatio() {}

  /**
   * Prints the quartiles of typed/bare and unlistened/bare throughput over the pairs.
   *
   * @param args the number of pairs (default 300)
   */
  public static void main(String[] args) throws Exception {
    int pairs = args.length > 0 ? Integer.parseInt(args[0]) : 300;
    GatewayThroughputBenchmark batches = new GatewayThroughputBenchmark();
    GatewayThroughputBenchmark.Bot bot = new GatewayThroughputBenchmark.Bot();
    GatewayThroughputBenchmark.Bare bare = new GatewayThroughputBenchmark.Bare();
    bot.setUp();
    bare.setUp();
    try {
      for (int i = 0; i < WARM_UP_BATCHES; i++) {
        batches.bareClient(bare);
        batches.shardTypedEvent(bot);
        batches.shardUnlistenedEvent(bot);
      }
      double[] typed = new double[pairs];
      double[] unlistened = new double[pairs];
      for (int i = 0; i < pairs; i++) {
        // Each turn starts with a different row, so that no row always follows the same one.
        long[] nanos = new long[3];
        for (int k = 0; k < 3; k++) {
          int row = (i + k) % 3;
          long start = System.nanoTime();
          switch (row) {
            case 0 -> batches.bareClient(bare);
            case 1 -> batches.shardTypedEvent(bot);
            default -> batches.shardUnlistenedEvent(bot);
          }
          nanos[row] = System.nanoTime() - start;
        }
        // Throughput ratio = inverse ratio of the times for the same number of dispatches.
        typed[i] = (double) nanos[0] / nanos[1];
        unlistened[i] = (double) nanos[0] / nanos[2];
      }
      System.out.println(describe("shardTypedEvent / bareClient", typed));
      System.out.println(describe("shardUnlistenedEvent / bareClient", unlistened));
    } finally {
      bot.tearDown();
      bare.tearDown();
    }
  }

  private static String describe(String what, double[] ratios) {
    double[] sorted = ratios.clone();
    Arrays.sort(sorted);
    return String.format(Locale.ROOT, "%-36s median %.2f  (quartiles %.2f to %.2f, %d pairs of %d dispatches)",
        what, quantile(sorted, 0.5), quantile(sorted, 0.25), quantile(sorted, 0.75), sorted.length,
        GatewayThroughputBenchmark.BATCH);
  }

  private static double quantile(double[] sorted, double q) {
    return sorted[(int) Math.round(q * (sorted.length - 1))];
  }
}

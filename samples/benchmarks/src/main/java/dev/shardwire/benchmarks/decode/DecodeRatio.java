/*
 * The ratios of DecodeBenchmark measured in thread CPU time, round after round, so that a machine
 * shared with other work (whose load stretches JMH's wall-clock times and starves the JIT of CPU)
 * moves them less. A plain main; about a minute:
 *   java -cp samples/benchmarks/target/benchmarks.jar dev.shardwire.benchmarks.decode.DecodeRatio [event] [rounds]
 *
 * It warms every decoder up (C2-compiled) first, then runs rounds of a fixed number of decodes per
 * decoder, decoders in rotating order, and reports for each the median CPU time per decode, the
 * median of the per-round ratios that issue 14 sets targets for, the bytes allocated per decode
 * (the thread's own allocation counter) and the bytes each decoded result keeps reachable (heap in
 * use after a full collection with 20 results held, less without them), so that allocation can be
 * read against what a decode must allocate. Same decoders, same payload and same set-up check as
 * DecodeBenchmark.
 */
package dev.shardwire.benchmarks.decode;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/** Prints DecodeBenchmark's ratios measured in thread CPU time. */
public final class DecodeRatio {

  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private DecodeRatio() {}

  /**
   * @param args optionally the gateway event (default GUILD_MEMBERS_CHUNK; also GUILD_CREATE and
   *     MESSAGE_CREATE, which have Jackson 3 as their only peer) and the rounds (default 15)
   */
  public static void main(String[] args) {
    DecodeBenchmark benchmark = new DecodeBenchmark();
    benchmark.event = args.length > 0 ? args[0] : "GUILD_MEMBERS_CHUNK";
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
    benchmark.setUp();
    Map<String, Supplier<Object>> decoders = new LinkedHashMap<>();
    decoders.put("shardwire", benchmark::shardwire);
    decoders.put("skipFloor", benchmark::skipFloor);
    // Only the peers that have records for this payload.
    DecodeCase decodeCase = DecodeCase.named(benchmark.event);
    Set<DecodeCase.Peer> peers = decodeCase.peers();
    // A small payload is decoded more times per round, so that every round lasts about as long as
    // one of the member chunk's (about 700 KB) and the CPU clock's resolution does not matter.
    int scale = Math.max(1, Math.min(200, 700_000 / decodeCase.payload().length));
    if (peers.contains(DecodeCase.Peer.JACKSON3)) {
      decoders.put("jackson3", benchmark::jackson3);
    }
    if (peers.contains(DecodeCase.Peer.JACKSON2)) {
      decoders.put("jackson2", benchmark::jackson2);
    }
    if (peers.contains(DecodeCase.Peer.DSL_JSON)) {
      decoders.put("dslJson", benchmark::dslJson);
    }
    List<String> names = List.copyOf(decoders.keySet());

    // Warm-up: enough decodes for C2 to compile every decoder's hot paths.
    for (String name : names) {
      run(decoders.get(name), 1500 * scale);
    }
    int perRound = 50 * scale;
    double[][] cpu = new double[names.size()][rounds];
    long[] bytes = new long[names.size()];
    for (int round = 0; round < rounds; round++) {
      for (int i = 0; i < names.size(); i++) {
        int d = (round + i) % names.size();
        long allocatedBefore = THREADS.getThreadAllocatedBytes(Thread.currentThread().getId());
        long start = THREADS.getCurrentThreadCpuTime();
        run(decoders.get(names.get(d)), perRound);
        cpu[d][round] = (THREADS.getCurrentThreadCpuTime() - start) / (double) perRound;
        bytes[d] = (THREADS.getThreadAllocatedBytes(Thread.currentThread().getId()) - allocatedBefore) / perRound;
      }
    }
    System.out.printf(Locale.ROOT, "%s, %d rounds of %d decodes each, thread CPU time%n", benchmark.event, rounds, perRound);
    for (int d = 0; d < names.size(); d++) {
      long kept = names.get(d).equals("skipFloor") ? 0 : retained(decoders.get(names.get(d)));
      System.out.printf(Locale.ROOT, "  %-10s %8.1f us/op  %,10d B/op allocated  %,10d B/op kept  (%.2fx)%n",
          names.get(d), median(cpu[d]) / 1000, bytes[d], kept, kept == 0 ? 0.0 : (double) bytes[d] / kept);
    }
    int shardwire = names.indexOf("shardwire");
    ratio("shardwire / skipFloor (target <= 1.3)", cpu[shardwire], cpu[names.indexOf("skipFloor")]);
    if (names.contains("jackson3")) {
      ratio("jackson3 / shardwire (target >= 2.5)", cpu[names.indexOf("jackson3")], cpu[shardwire]);
    }
    if (names.contains("jackson2")) {
      ratio("jackson2 / shardwire (target >= 1.5)", cpu[names.indexOf("jackson2")], cpu[shardwire]);
    }
    if (names.contains("dslJson")) {
      ratio("dslJson / shardwire (target >= 0.8)", cpu[names.indexOf("dslJson")], cpu[shardwire]);
    }
  }

  private static Object sink;

  /** The heap that one decoded result keeps reachable, measured over 20 results. */
  private static long retained(Supplier<Object> decoder) {
    int count = 20;
    long without = heapAfterCollection();
    Object[] held = new Object[count];
    for (int i = 0; i < count; i++) {
      held[i] = decoder.get();
    }
    long with = heapAfterCollection();
    sink = held;
    sink = null;
    return (with - without) / count;
  }

  private static long heapAfterCollection() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static void run(Supplier<Object> decoder, int times) {
    for (int i = 0; i < times; i++) {
      sink = decoder.get();
    }
  }

  private static void ratio(String label, double[] numerator, double[] denominator) {
    double[] ratios = new double[numerator.length];
    for (int i = 0; i < ratios.length; i++) {
      ratios[i] = numerator[i] / denominator[i];
    }
    double[] sorted = ratios.clone();
    Arrays.sort(sorted);
    System.out.printf(Locale.ROOT, "  %-40s %.2f (quartiles %.2f-%.2f)%n", label, median(ratios),
        sorted[sorted.length / 4], sorted[(3 * sorted.length) / 4]);
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}

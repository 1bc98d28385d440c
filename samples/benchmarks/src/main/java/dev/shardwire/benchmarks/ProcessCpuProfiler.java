package dev.shardwire.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * A JMH profiler that reports CPU time per operation: of the whole benchmark process ({@code
 * cpu.ns/op}), and of the WebSocket client side alone ({@code client.cpu.ns/op}: the threads
 * Java-WebSocket's client names {@code WebSocketConnectReadThread-…} and {@code
 * WebSocketWriteThread-…}, and the listener pool's {@code shardwire-listener-…}). Unlike wall-clock
 * throughput, CPU time hardly moves when other processes compete for the cores, so it shows what
 * one dispatch costs even on a loaded machine, and the client figure isolates the shard's read
 * path from the embedded gateway's send path. Client threads are read every few milliseconds, so
 * that threads a tear-down ends before the iteration's end still count (the reads themselves add
 * a little to every row's process figure alike).
 *
 * <pre>
 * java -jar benchmarks.jar GatewayThroughputBenchmark -prof dev.shardwire.benchmarks.ProcessCpuProfiler
 * </pre>
 */
public final class ProcessCpuProfiler implements InternalProfiler {

  private static final String[] CLIENT_THREADS = {
    "WebSocketConnectReadThread-", "WebSocketWriteThread-", "shardwire-listener-"
  };

  private final com.sun.management.OperatingSystemMXBean os =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private long startProcessNanos;
  private Map<Long, Long> startClientNanos = Map.of();
  /** The latest CPU time read of each client thread seen this iteration, dead ones included. */
  private final Map<Long, Long> lastClientNanos = new ConcurrentHashMap<>();
  private ScheduledFuture<?> sampler;

  /** How often client threads are read: what a thread that ends unread loses, at most. */
  private static final long SAMPLE_MILLIS = 5;

  private static final ScheduledExecutorService SAMPLER =
      Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "cpu-profiler-sampler");
        thread.setDaemon(true);
        return thread;
      });

  @Override
  public String getDescription() {
    return "CPU time per operation: whole process, and WebSocket client threads";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmark, IterationParams iteration) {
    startClientNanos = clientThreadCpu();
    lastClientNanos.clear();
    lastClientNanos.putAll(startClientNanos);
    // After the last iteration JMH runs the trial's tear-down before afterIteration, and the
    // client threads it ends can no longer be read: keep each thread's latest reading instead.
    sampler = SAMPLER.scheduleAtFixedRate(this::recordClientThreads, SAMPLE_MILLIS, SAMPLE_MILLIS, TimeUnit.MILLISECONDS);
    startProcessNanos = os.getProcessCpuTime();
  }

  private void recordClientThreads() {
    lastClientNanos.putAll(clientThreadCpu());
  }

  @Override
  @SuppressWarnings("rawtypes") // JMH's InternalProfiler declares the raw Result
  public Collection<? extends Result> afterIteration(
      BenchmarkParams benchmark, IterationParams iteration, IterationResult result) {
    long process = os.getProcessCpuTime() - startProcessNanos;
    sampler.cancel(false);
    recordClientThreads();
    long client = 0;
    for (Map.Entry<Long, Long> last : lastClientNanos.entrySet()) {
      client += last.getValue() - startClientNanos.getOrDefault(last.getKey(), 0L);
    }
    long ops = result.getMetadata().getAllOps();
    List<Result> results = new ArrayList<>();
    results.add(new ScalarResult("cpu.ns/op", perOp(process, ops), "ns/op", AggregationPolicy.AVG));
    results.add(
        new ScalarResult("client.cpu.ns/op", perOp(client, ops), "ns/op", AggregationPolicy.AVG));
    return results;
  }

  private static double perOp(long nanos, long ops) {
    return ops == 0 ? Double.NaN : (double) nanos / ops;
  }

  /** CPU time so far of every live client thread, by thread id. */
  private Map<Long, Long> clientThreadCpu() {
    Map<Long, Long> cpu = new HashMap<>();
    for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
      if (info != null && isClient(info.getThreadName())) {
        long nanos = threads.getThreadCpuTime(info.getThreadId());
        if (nanos >= 0) {
          cpu.put(info.getThreadId(), nanos);
        }
      }
    }
    return cpu;
  }

  private static boolean isClient(String name) {
    for (String prefix : CLIENT_THREADS) {
      if (name.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }
}

package dev.shardwire.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * path from the embedded gateway's send path.
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

  @Override
  public String getDescription() {
    return "CPU time per operation: whole process, and WebSocket client threads";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmark, IterationParams iteration) {
    startClientNanos = clientThreadCpu();
    startProcessNanos = os.getProcessCpuTime();
  }

  @Override
  @SuppressWarnings("rawtypes") // JMH's InternalProfiler declares the raw Result
  public Collection<? extends Result> afterIteration(
      BenchmarkParams benchmark, IterationParams iteration, IterationResult result) {
    long process = os.getProcessCpuTime() - startProcessNanos;
    long client = 0;
    for (Map.Entry<Long, Long> now : clientThreadCpu().entrySet()) {
      client += now.getValue() - startClientNanos.getOrDefault(now.getKey(), 0L);
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

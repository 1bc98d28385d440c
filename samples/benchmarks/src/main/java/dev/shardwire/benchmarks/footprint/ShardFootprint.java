package dev.shardwire.benchmarks.footprint;

import dev.shardwire.GatewayBot;
import dev.shardwire.models.Intents;
import dev.shardwire.testing.EmbeddedGateway;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * Threads and heap of a process that runs N shards, each connected to an embedded gateway in the
 * same process: {@code java -cp benchmarks.jar dev.shardwire.benchmarks.footprint.ShardFootprint 64 256}.
 *
 * <p>Threads are counted on the bot's side only (Java-WebSocket's client pair per connection and
 * Shardwire's pools); heap is measured after a full collection, before and after the bot starts,
 * so the figure is what the connected, idle shards hold (the gateway's sessions included).
 */
public final class ShardFootprint {

  private ShardFootprint() {}

  public static void main(String[] args) throws Exception {
    int[] counts = args.length == 0 ? new int[] {64, 256} : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
    System.out.printf("cores %d%n", Runtime.getRuntime().availableProcessors());
    for (int shards : counts) {
      measure(shards);
    }
  }

  private static void measure(int shards) throws Exception {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    try (EmbeddedGateway gateway = EmbeddedGateway.builder().heartbeatInterval(Duration.ofSeconds(30)).start()) {
      long before = usedAfterGc(memory);
      try (GatewayBot bot =
          GatewayBot.builder()
              .token("footprint")
              .intents(Intents.of(Intents.GUILDS))
              .gatewayUrl(gateway.url())
              .shardCount(shards)
              .maxConcurrency(shards)
              .build()) {
        bot.start().get(120, TimeUnit.SECONDS);
        long after = usedAfterGc(memory);
        Map<String, Integer> threads = clientThreadsByKind();
        int total = threads.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf(
            "%d shards: %d client-side threads (%.2f per shard) %s; heap %.1f MiB for the shards (%.1f KiB each, gateway sessions included)%n",
            shards, total, total / (double) shards, threads, (after - before) / 1048576.0, (after - before) / 1024.0 / shards);
      }
    }
  }

  private static Map<String, Integer> clientThreadsByKind() {
    Map<String, Integer> kinds = new TreeMap<>();
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      String name = thread.getName();
      if (name.startsWith("WebSocketConnectReadThread") || name.startsWith("WebSocketWriteThread") || name.startsWith("shardwire-")) {
        kinds.merge(name.replaceAll("[-0-9]+$", ""), 1, Integer::sum);
      }
    }
    return kinds;
  }

  private static long usedAfterGc(MemoryMXBean memory) throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      TimeUnit.MILLISECONDS.sleep(100);
    }
    return memory.getHeapMemoryUsage().getUsed();
  }
}

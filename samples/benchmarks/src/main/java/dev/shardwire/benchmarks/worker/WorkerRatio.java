package dev.shardwire.benchmarks.worker;

import dev.shardwire.benchmarks.decode.MessageCreatePayload;
import dev.shardwire.dispatch.EventManager;
import dev.shardwire.events.Event;
import dev.shardwire.events.message.MessageCreateEvent;
import dev.shardwire.events.message.ShardwireEventTable;
import dev.shardwire.models.Intents;
import dev.shardwire.redis.DispatchStreams;
import dev.shardwire.redis.RedisDispatchWorker;
import dev.shardwire.redis.WorkerShard;
import dev.shardwire.spi.App;
import dev.shardwire.spi.DecodeContext;
import dev.shardwire.spi.EventDecoder;
import dev.shardwire.spi.GatewayJson;
import dev.shardwire.testing.RedisServer;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.XReadArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * Worker throughput through Redis against the in-process path, measured in alternating pairs:
 * typed MESSAGE_CREATE events per second that one {@link RedisDispatchWorker} reads from its
 * stream, decodes, dispatches to a listener and acknowledges, as a ratio to the same payloads
 * decoded with the same generated decoder and dispatched through an {@link EventManager} on one
 * thread, without Redis.
 *
 * <p>It starts its own {@code redis-server} (Debian's package) on a free loopback port, publishes
 * the batch once (the MESSAGE_CREATE of {@code decode.MessageCreatePayload}, about 2.5 KB, shard
 * 0), and for each worker round moves the consumer group back to the stream's start ({@code XGROUP
 * SETID 0}) and adds one entry that wakes the blocked reader: the worker then reads the whole
 * stream again. Redis runs on the same machine, so its CPU is part of the worker's cost. Each pair
 * is measured within a second or two, so a machine whose speed drifts moves both of its rows.
 *
 * <p>On a machine whose cores are busy with other work, the worker's extra threads (reader,
 * acknowledgements, Lettuce's I/O, Redis itself) take a larger share of the CPU than the
 * in-process path's one thread, which flatters the worker's throughput. So it also prints the CPU
 * each path spends per event: the process's CPU time during an in-process round (this thread's,
 * the collector's, the compiler's), against the process's during a worker round, less this
 * waiting thread's, plus redis-server's:
 *
 * <pre>
 * java -cp samples/benchmarks/target/benchmarks.jar dev.shardwire.benchmarks.worker.WorkerRatio [pairs] [batch]
 * </pre>
 */
public final class WorkerRatio {

  private static final String BOT = "bench";
  private static final String NAME = "MESSAGE_CREATE";
  private static final String GROUP = RedisDispatchWorker.DEFAULT_GROUP;
  private static final int WARM_UP_PAIRS = 5;

  private WorkerRatio() {}

  /**
   * Prints the median and quartiles of worker/in-process throughput over the pairs.
   *
   * @param args the number of pairs (default 15) and the dispatches per batch (default 20,000)
   */
  public static void main(String[] args) throws Exception {
    int pairs = args.length > 0 ? Integer.parseInt(args[0]) : 15;
    int batch = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
    byte[] payload = MessageCreatePayload.bytes();
    System.out.printf(Locale.ROOT, "cores %d, load average %.2f, batch %d MESSAGE_CREATE of %d bytes%n",
        Runtime.getRuntime().availableProcessors(), loadAverage(), batch, payload.length);
    try (RedisServer server = RedisServer.start()) {
      RedisClient client = RedisClient.create(server.uri());
      StatefulRedisConnection<String, byte[]> connection = connect(client);
      String stream = DispatchStreams.of(BOT).keyOf(NAME);
      publish(connection.async(), stream, payload, batch);

      LongAdder heard = new LongAdder();
      RedisDispatchWorker worker =
          RedisDispatchWorker.builder().redis(client).botKey(BOT).shardCount(1)
              .intents(Intents.of(Intents.GUILD_MESSAGES)).blockTimeout(Duration.ofMillis(100)).build();
      worker.events().subscribe(ShardwireEventTable.MESSAGE_CREATE_EVENT, event -> heard.increment());
      InProcess inProcess = new InProcess(payload);
      try {
        worker.start().get(60, TimeUnit.SECONDS);
        double[] ratios = new double[pairs];
        double[] workerRates = new double[pairs];
        double[] inProcessRates = new double[pairs];
        double[] cpuRatios = new double[pairs];
        Cpu cpu = new Cpu(server);
        for (int i = -WARM_UP_PAIRS; i < pairs; i++) {
          // Alternate which row starts a pair, so that neither always runs on a warmer machine.
          long workerNanos;
          long inProcessNanos;
          long workerCpu;
          long inProcessCpu;
          if ((i & 1) == 0) {
            cpu.mark();
            workerNanos = workerRound(connection.async(), stream, payload, worker);
            workerCpu = cpu.workerSinceMark();
            cpu.mark();
            inProcessNanos = inProcess.round(batch);
            inProcessCpu = cpu.processSinceMark();
          } else {
            cpu.mark();
            inProcessNanos = inProcess.round(batch);
            inProcessCpu = cpu.processSinceMark();
            cpu.mark();
            workerNanos = workerRound(connection.async(), stream, payload, worker);
            workerCpu = cpu.workerSinceMark();
          }
          if (i >= 0) {
            // The worker round reads the whole stream: the batch plus one wake-up entry per round before it.
            long workerEvents = batch + WARM_UP_PAIRS + i + 1;
            workerRates[i] = workerEvents * 1e9 / workerNanos;
            inProcessRates[i] = batch * 1e9 / inProcessNanos;
            ratios[i] = workerRates[i] / inProcessRates[i];
            // CPU per event, in-process over worker: the share of the in-process efficiency kept.
            cpuRatios[i] = ((double) inProcessCpu / batch) / ((double) workerCpu / workerEvents);
          }
        }
        System.out.println(describe("worker through Redis / in-process", ratios, "%.2f"));
        System.out.println(describe("worker, events per second", workerRates, "%.0f"));
        System.out.println(describe("in-process, events per second", inProcessRates, "%.0f"));
        System.out.println(describe("CPU per event, in-process / worker", cpuRatios, "%.2f"));
        System.out.printf(Locale.ROOT, "load average %.2f%n", loadAverage());
        if (inProcess.heard() == 0 || heard.sum() == 0) {
          throw new IllegalStateException("a listener heard nothing");
        }
      } finally {
        worker.close();
        connection.close();
        client.shutdown();
      }
    }
  }

  /** One round of the worker: rewinds the group, wakes the reader, waits until every entry is acknowledged. */
  private static long workerRound(RedisAsyncCommands<String, byte[]> redis, String stream, byte[] payload, RedisDispatchWorker worker)
      throws Exception {
    long length = redis.xlen(stream).get() + 1;
    long target = worker.acknowledged() + length;
    long start = System.nanoTime();
    redis.xgroupSetid(XReadArgs.StreamOffset.from(stream, "0"), GROUP).get();
    redis.xadd(stream, entry(payload)).get();
    while (worker.acknowledged() < target) {
      java.util.concurrent.locks.LockSupport.parkNanos(50_000); // little CPU of this thread's, which is subtracted anyway
    }
    return System.nanoTime() - start;
  }

  private static void publish(RedisAsyncCommands<String, byte[]> redis, String stream, byte[] payload, int batch) throws Exception {
    List<RedisFuture<String>> sent = new ArrayList<>(batch);
    for (int i = 0; i < batch; i++) {
      sent.add(redis.xadd(stream, entry(payload)));
    }
    for (RedisFuture<String> id : sent) {
      id.get();
    }
  }

  private static Map<String, byte[]> entry(byte[] payload) {
    return Map.of(DispatchStreams.SHARD, bytes("0"), DispatchStreams.SEQUENCE, bytes("1"), DispatchStreams.PAYLOAD, payload);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  private static StatefulRedisConnection<String, byte[]> connect(RedisClient client) {
    return client.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
  }

  /** The same payloads, decoded and dispatched on this thread: what a shard's lane does in-process. */
  private static final class InProcess {
    private final byte[] payload;
    private final EventManager events = EventManager.builder().intents(Intents.of(Intents.GUILD_MESSAGES)).build();
    private final EventDecoder<?> decoder = ShardwireEventTable.INSTANCE.decoderFor(NAME).orElseThrow();
    private final App app = List::of;
    private final LongAdder heard = new LongAdder();
    private long sequence;

    InProcess(byte[] payload) {
      this.payload = payload;
      events.subscribe(ShardwireEventTable.MESSAGE_CREATE_EVENT, (MessageCreateEvent event) -> heard.increment());
    }

    long round(int batch) {
      long start = System.nanoTime();
      for (int i = 0; i < batch; i++) {
        // A context per dispatch, as the worker makes one (its shard view carries the sequence).
        DecodeContext context = new DecodeContext(app, new WorkerShard(0, 1, ++sequence));
        events.dispatch((Event) GatewayJson.decode(payload, decoder, context));
      }
      return System.nanoTime() - start;
    }

    long heard() {
      return heard.sum();
    }
  }

  /** CPU time: the process's, and the worker's (this process less this thread, plus redis-server). */
  private static final class Cpu {
    private final RedisServer server;
    private final java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    private final com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    private long thread;
    private long process;
    private long redis;

    Cpu(RedisServer server) {
      this.server = server;
    }

    void mark() {
      thread = threads.getCurrentThreadCpuTime();
      process = os.getProcessCpuTime();
      redis = ProcessCpu.ofPid(server.pid());
    }

    long processSinceMark() {
      return os.getProcessCpuTime() - process;
    }

    long workerSinceMark() {
      long ownThread = threads.getCurrentThreadCpuTime() - thread;
      return os.getProcessCpuTime() - process - ownThread + (ProcessCpu.ofPid(server.pid()) - redis);
    }
  }

  private static double loadAverage() {
    return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  private static String describe(String what, double[] values, String format) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return String.format(Locale.ROOT, "%-34s median " + format + "  (quartiles " + format + " to " + format + ", %d pairs)",
        what, quantile(sorted, 0.5), quantile(sorted, 0.25), quantile(sorted, 0.75), sorted.length);
  }

  private static double quantile(double[] sorted, double q) {
    return sorted[(int) Math.round(q * (sorted.length - 1))];
  }
}

/*
 * Gateway throughput: dispatches per second from an EmbeddedGateway, over loopback, through one
 * GatewayBot shard, against the same socket traffic read by a bare Java-WebSocket client.
 *
 * Build and run (mvn verify builds the jar but never runs it):
 *   mvn -B -q -pl samples/benchmarks -am package -DskipTests
 *   java -jar samples/benchmarks/target/benchmarks.jar GatewayThroughputBenchmark
 * Short run:
 *   java -jar samples/benchmarks/target/benchmarks.jar GatewayThroughputBenchmark -f 1 -wi 2 -i 3
 * With CPU time per dispatch (whole process, and the client side alone):
 *   ... GatewayThroughputBenchmark -f 1 -wi 2 -i 3 -prof dev.shardwire.benchmarks.ProcessCpuProfiler
 * The same batches in alternating pairs, whose median ratio a machine that drifts during the run
 * does not move (JMH measures one row after the other), see GatewayRatio:
 *   java -cp samples/benchmarks/target/benchmarks.jar dev.shardwire.benchmarks.gateway.GatewayRatio
 *
 * Each invocation has the embedded gateway send BATCH dispatches as fast as it can and waits
 * until the receiving side has seen the last one, so a score is dispatches per second end to end
 * (gateway, socket, client). Read the rows as ratios within one run:
 *   shardTypedEvent / bareClient       the target: at least 0.70
 *   shardUnlistenedEvent / bareClient  frames whose event nobody listens to
 * Every row receives the same frames (uncompressed JSON text, one member per chunk) from the
 * same server code; only the client differs. Loopback only; every wait is bounded.
 *
 * The embedded gateway runs in the same process. dispatchMany writes its frames 64 to a socket
 * write (each still its own WebSocket text frame with its own sequence number), so the gateway's
 * CPU per frame stays small next to a client's and the bareClient row measures the client more
 * than the gateway; every row gets the same batching, so the ratios stay fair. On a machine with
 * few cores the rows still share the cores with the gateway: the client.cpu.ns/op of the
 * ProcessCpuProfiler compares the clients alone.
 */
package dev.shardwire.benchmarks.gateway;

import dev.shardwire.GatewayBot;
import dev.shardwire.events.ShardwireEventTable;
import dev.shardwire.models.Intents;
import dev.shardwire.testing.EmbeddedGateway;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/** Dispatches per second through one shard, and through a bare client (the limit). */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class GatewayThroughputBenchmark {

  /** Dispatches per invocation. */
  static final int BATCH = 5_000;

  /** The longest an invocation may wait for its last dispatch before the run fails. */
  static final Duration BATCH_TIMEOUT = Duration.ofSeconds(60);

  /** A GUILD_MEMBERS_CHUNK payload with one member: small, and decoded in full when listened to. */
  static final String CHUNK =
      "{\"guild_id\":\"81384788765712384\",\"members\":[{\"user\":{\"id\":\"80351110224678912\","
          + "\"username\":\"nelly\",\"discriminator\":\"0\",\"global_name\":null,\"avatar\":null},"
          + "\"nick\":null,\"roles\":[],\"joined_at\":\"2015-04-26T06:26:56.936000+00:00\","
          + "\"deaf\":false,\"mute\":false,\"pending\":false,\"flags\":0}],"
          + "\"chunk_index\":0,\"chunk_count\":1,\"not_found\":[]}";

  /** A dispatch name no listener and no table knows: the shard skips its payload unread. */
  static final String UNLISTENED = "MESSAGE_CREATE";

  /** An embedded gateway with one connected GatewayBot shard whose listener counts chunk events. */
  @State(Scope.Benchmark)
  public static class Bot {
    EmbeddedGateway gateway;
    GatewayBot bot;
    final BatchCounter chunks = new BatchCounter();

    @Setup(Level.Trial)
    public void setUp() throws Exception {
      gateway = Gateways.start();
      bot =
          GatewayBot.builder()
              .token("benchmark-token")
              // The message intents too: the gateway sends the unlistened MESSAGE_CREATEs only with them.
              .intents(Intents.of(Intents.GUILD_MEMBERS, Intents.GUILD_MESSAGES, Intents.DIRECT_MESSAGES))
              .gatewayUrl(gateway.url())
              .compress(false)
              .build();
      bot.events().subscribe(ShardwireEventTable.MEMBER_CHUNK_EVENT, event -> chunks.count());
      bot.start().get(BATCH_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
      bot.close();
      gateway.close();
    }
  }

  /** An embedded gateway with one bare client that counts text frames and discards them. */
  @State(Scope.Benchmark)
  public static class Bare {
    EmbeddedGateway gateway;
    BareClient client;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
      gateway = Gateways.start();
      client = BareClient.connect(gateway.url(), BATCH_TIMEOUT);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws InterruptedException {
      client.closeBlocking();
      gateway.close();
    }
  }

  /** Every dispatch decoded into a MemberChunkEvent and delivered to a listener. */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void shardTypedEvent(Bot f) throws Exception {
    f.chunks.expect(BATCH);
    f.gateway.dispatchMany(BATCH, "GUILD_MEMBERS_CHUNK", CHUNK);
    f.chunks.await(BATCH_TIMEOUT);
  }

  /**
   * Dispatches nobody listens to; one listened chunk after them marks the end of the batch (the
   * shard delivers in sequence order), a cost spread over {@link #BATCH} frames.
   */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void shardUnlistenedEvent(Bot f) throws Exception {
    f.chunks.expect(1);
    f.gateway.dispatchMany(BATCH, UNLISTENED, CHUNK);
    f.gateway.dispatch("GUILD_MEMBERS_CHUNK", CHUNK);
    f.chunks.await(BATCH_TIMEOUT);
  }

  /** The same frames read by a client that only counts them: the limit. */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void bareClient(Bare f) throws Exception {
    f.client.frames.expect(BATCH);
    f.gateway.dispatchMany(BATCH, "GUILD_MEMBERS_CHUNK", CHUNK);
    f.client.frames.await(BATCH_TIMEOUT);
  }
}

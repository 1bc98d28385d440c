/*
 * Dispatch cost, Shardwire against a direct call and the peer event buses.
 *
 * Build and run (mvn verify builds the jar but never runs it):
 *   mvn -B -q -pl samples/benchmarks -am package -DskipTests
 *   java -jar samples/benchmarks/target/benchmarks.jar DispatchBenchmark -prof gc
 * Short run:
 *   java -jar samples/benchmarks/target/benchmarks.jar DispatchBenchmark -f 1 -wi 2 -i 3 -prof gc
 *
 * Read the results as ratios within one run: shardwireOneHandler / directNotInlined and
 * shardwireTenHandlersBinding / directTenNotInlined (the targets), guavaEventBus, mbassador and
 * greenrobotEventBus / shardwireOneHandler, and gc.alloc.rate.norm (bytes per dispatch) for the
 * synchronous Shardwire rows.
 *
 * Like is compared with like: every row delivers the same event object to a handler with the
 * same body (read the payload, feed the Blackhole). The direct rows call the very listener objects
 * the event manager calls, through the same interface (EventListener.onEvent), and the
 * not-inlined rows and the Shardwire rows call handlers marked DONT_INLINE: a real bot's
 * dispatcher serves many listener classes from one call site and cannot inline them, so a
 * Shardwire row that inlined its single handler would be measured against a floor it does not
 * really have. shardwireOneHandlerInlinable / directInlined shows the inlined case for reference.
 */
package dev.shardwire.benchmarks.dispatch;

import com.google.common.eventbus.EventBus;
import dev.shardwire.GatewayBot;
import dev.shardwire.dispatch.EventManager;
import dev.shardwire.dispatch.EventListener;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import net.engio.mbassy.bus.MBassador;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/** Time per dispatch of one event to its listeners, on the calling thread. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class DispatchBenchmark {

  /** Everything one fork needs; each benchmark method uses only its own part. */
  @State(Scope.Thread)
  public static class Fixture {
    BenchLeafEvent event;
    EventListener<BenchLeafEvent> inlinable;
    EventListener<BenchLeafEvent> notInlined;
    TenHandlers ten;
    EventManager oneHandler;
    EventManager oneHandlerInlinable;
    EventManager tenHandlersBinding;
    EventManager tenHandlersLambdas;
    EventBus guava;
    org.greenrobot.eventbus.EventBus greenrobot;
    MBassador<Object> mbassador;

    @Setup(Level.Trial)
    public void setUp(Blackhole blackhole) {
      event = ImmutableBenchLeafEvent.builder().app(GatewayBot.builder().build()).value(42).build();
      inlinable = new BenchListeners.Inlinable(blackhole);
      notInlined = new BenchListeners.NotInlined(blackhole);
      ten = new TenHandlers(blackhole);

      // The same listener objects as the direct rows call.
      oneHandler = EventManager.builder().table(ShardwireEventTable.INSTANCE).build();
      oneHandler.subscribe(ShardwireEventTable.BENCH_LEAF_EVENT, notInlined);
      oneHandlerInlinable = EventManager.builder().table(ShardwireEventTable.INSTANCE).build();
      oneHandlerInlinable.subscribe(ShardwireEventTable.BENCH_LEAF_EVENT, inlinable);

      tenHandlersBinding = EventManager.builder().build();
      tenHandlersBinding.register(new TenHandlers_ShardwireBinding(ten));

      // The same ten handlers registered one method reference at a time: the naive way, whose
      // single call site sees ten classes.
      tenHandlersLambdas = EventManager.builder().build();
      tenHandlersLambdas.subscribe(ShardwireEventTable.BENCH_LEAF_EVENT, ten::onLeaf1);
      tenHandlersLambdas.subscribe(ShardwireEventTable.BENCH_LEAF_EVENT, ten::onLeaf2);
      tenHandlersLambdas.subscribe(ShardwireEventTable.BENCH_LEAF_EVENT, ten::onLeaf3);
      tenHandlersLambdas.subscribe(ShardwireEventTable.BENCH_LEAF_EVENT, ten::onLeaf4);
      tenHandlersLambdas.subscribe(ShardwireEventTable.BENCH_MID_EVENT, ten::onMid1);
      tenHandlersLambdas.subscribe(ShardwireEventTable.BENCH_MID_EVENT, ten::onMid2);
      tenHandlersLambdas.subscribe(ShardwireEventTable.BENCH_MID_EVENT, ten::onMid3);
      tenHandlersLambdas.subscribe(ShardwireEventTable.BENCH_EVENT, ten::onBase1);
      tenHandlersLambdas.subscribe(ShardwireEventTable.BENCH_EVENT, ten::onBase2);
      tenHandlersLambdas.subscribe(ShardwireEventTable.BENCH_EVENT, ten::onBase3);

      guava = new EventBus();
      guava.register(new PeerSubscribers.Guava(blackhole));

      greenrobot =
          org.greenrobot.eventbus.EventBus.builder()
              .logNoSubscriberMessages(false)
              .sendNoSubscriberEvent(false)
              .build();
      greenrobot.register(new PeerSubscribers.Greenrobot(blackhole));

      mbassador = new MBassador<>();
      mbassador.subscribe(new PeerSubscribers.Mbassador(blackhole));
    }
  }

  @Benchmark
  public void directInlined(Fixture f) throws Exception {
    f.inlinable.onEvent(f.event);
  }

  @Benchmark
  public void directNotInlined(Fixture f) throws Exception {
    f.notInlined.onEvent(f.event);
  }

  @Benchmark
  public void directTenNotInlined(Fixture f) {
    TenHandlers t = f.ten;
    BenchLeafEvent e = f.event;
    t.onLeaf1(e);
    t.onLeaf2(e);
    t.onLeaf3(e);
    t.onLeaf4(e);
    t.onMid1(e);
    t.onMid2(e);
    t.onMid3(e);
    t.onBase1(e);
    t.onBase2(e);
    t.onBase3(e);
  }

  @Benchmark
  public CompletableFuture<Void> shardwireOneHandler(Fixture f) {
    return f.oneHandler.dispatch(f.event);
  }

  @Benchmark
  public CompletableFuture<Void> shardwireOneHandlerInlinable(Fixture f) {
    return f.oneHandlerInlinable.dispatch(f.event);
  }

  @Benchmark
  public CompletableFuture<Void> shardwireTenHandlersBinding(Fixture f) {
    return f.tenHandlersBinding.dispatch(f.event);
  }

  @Benchmark
  public CompletableFuture<Void> shardwireTenHandlersLambdas(Fixture f) {
    return f.tenHandlersLambdas.dispatch(f.event);
  }

  @Benchmark
  public void guavaEventBus(Fixture f) {
    f.guava.post(f.event);
  }

  @Benchmark
  public void greenrobotEventBus(Fixture f) {
    f.greenrobot.post(f.event);
  }

  @Benchmark
  public void mbassador(Fixture f) {
    f.mbassador.publish(f.event);
  }
}

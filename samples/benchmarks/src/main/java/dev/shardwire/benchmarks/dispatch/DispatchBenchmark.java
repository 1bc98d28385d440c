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
 * shardwireTenHandlersBinding / directTenNotInlined, and gc.alloc.rate.norm (bytes per
 * dispatch) for the synchronous Shardwire rows.
 */
package dev.shardwire.benchmarks.dispatch;

import com.google.common.eventbus.EventBus;
import dev.shardwire.GatewayBot;
import dev.shardwire.dispatch.EventManager;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import net.engio.mbassy.bus.MBassador;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.CompilerControl;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Time per dispatch of one event to its listeners, on the calling thread. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class DispatchBenchmark {

  /** The handler of the direct-call baselines. */
  public interface DirectHandler {
    void handle(BenchLeafEvent event);
  }

  /** A direct handler the JIT may inline. */
  public static final class Inlinable implements DirectHandler {
    public long calls;

    @Override
    public void handle(BenchLeafEvent event) {
      calls++;
    }
  }

  /** A direct handler the JIT must call: the floor for any dispatcher that calls a listener. */
  public static final class NotInlined implements DirectHandler {
    public long calls;

    @Override
    @CompilerControl(CompilerControl.Mode.DONT_INLINE)
    public void handle(BenchLeafEvent event) {
      calls++;
    }
  }

  /** Ten handlers called directly, none inlined: the floor for the ten-handler listener. */
  public static final class TenNotInlined {
    public long calls;

    @CompilerControl(CompilerControl.Mode.DONT_INLINE)
    public void h1(BenchLeafEvent e) {
      calls++;
    }

    @CompilerControl(CompilerControl.Mode.DONT_INLINE)
    public void h2(BenchLeafEvent e) {
      calls++;
    }

    @CompilerControl(CompilerControl.Mode.DONT_INLINE)
    public void h3(BenchLeafEvent e) {
      calls++;
    }

    @CompilerControl(CompilerControl.Mode.DONT_INLINE)
    public void h4(BenchLeafEvent e) {
      calls++;
    }

    @CompilerControl(CompilerControl.Mode.DONT_INLINE)
    public void h5(BenchMidEvent e) {
      calls++;
    }

    @CompilerControl(CompilerControl.Mode.DONT_INLINE)
    public void h6(BenchMidEvent e) {
      calls++;
    }

    @CompilerControl(CompilerControl.Mode.DONT_INLINE)
    public void h7(BenchMidEvent e) {
      calls++;
    }

    @CompilerControl(CompilerControl.Mode.DONT_INLINE)
    public void h8(BenchEvent e) {
      calls++;
    }

    @CompilerControl(CompilerControl.Mode.DONT_INLINE)
    public void h9(BenchEvent e) {
      calls++;
    }

    @CompilerControl(CompilerControl.Mode.DONT_INLINE)
    public void h10(BenchEvent e) {
      calls++;
    }
  }

  /** Everything one fork needs; each benchmark method uses only its own part. */
  @State(Scope.Thread)
  public static class Fixture {
    BenchLeafEvent event;
    DirectHandler inlinable;
    DirectHandler notInlined;
    TenNotInlined tenNotInlined;
    EventManager oneHandler;
    EventManager tenHandlersBinding;
    EventManager tenHandlersLambdas;
    EventBus guava;
    org.greenrobot.eventbus.EventBus greenrobot;
    MBassador<Object> mbassador;

    @Setup(Level.Trial)
    public void setUp() {
      event = ImmutableBenchLeafEvent.builder().app(new GatewayBot()).value(42).build();
      inlinable = new Inlinable();
      notInlined = new NotInlined();
      tenNotInlined = new TenNotInlined();

      oneHandler = EventManager.builder().table(ShardwireEventTable.INSTANCE).build();
      Inlinable one = new Inlinable();
      oneHandler.subscribe(ShardwireEventTable.BENCH_LEAF_EVENT, one::handle);

      tenHandlersBinding = EventManager.builder().build();
      tenHandlersBinding.register(new TenHandlersBinding(new TenHandlers()));

      // The same ten handlers registered one method reference at a time: the naive way, whose
      // single call site sees ten classes.
      tenHandlersLambdas = EventManager.builder().build();
      TenHandlers ten = new TenHandlers();
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
      guava.register(new PeerSubscribers.Guava());

      greenrobot =
          org.greenrobot.eventbus.EventBus.builder()
              .logNoSubscriberMessages(false)
              .sendNoSubscriberEvent(false)
              .build();
      greenrobot.register(new PeerSubscribers.Greenrobot());

      mbassador = new MBassador<>();
      mbassador.subscribe(new PeerSubscribers.Mbassador());
    }
  }

  @Benchmark
  public void directInlined(Fixture f) {
    f.inlinable.handle(f.event);
  }

  @Benchmark
  public void directNotInlined(Fixture f) {
    f.notInlined.handle(f.event);
  }

  @Benchmark
  public void directTenNotInlined(Fixture f) {
    TenNotInlined t = f.tenNotInlined;
    BenchLeafEvent e = f.event;
    t.h1(e);
    t.h2(e);
    t.h3(e);
    t.h4(e);
    t.h5(e);
    t.h6(e);
    t.h7(e);
    t.h8(e);
    t.h9(e);
    t.h10(e);
  }

  @Benchmark
  public CompletableFuture<Void> shardwireOneHandler(Fixture f) {
    return f.oneHandler.dispatch(f.event);
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

/*
 * Registration cost: 1,000 listener objects of ten handlers each, through Shardwire's generated
 * bindings, Guava's EventBus.register and greenrobot's EventBus.register.
 *
 * Build and run (mvn verify builds the jar but never runs it):
 *   mvn -B -q -pl samples/benchmarks -am package -DskipTests
 *   java -jar samples/benchmarks/target/benchmarks.jar RegisterBenchmark
 * Short run:
 *   java -jar samples/benchmarks/target/benchmarks.jar RegisterBenchmark -f 1 -wi 3 -i 5
 *
 * Each operation makes a fresh bus (or event manager) and registers the 1,000 objects: either
 * 1,000 instances of one class, or 10 instances each of 100 classes (HundredClasses). Guava and greenrobot scan a
 * class with reflection once and cache the result in a static map, so within one JVM only the
 * first registration of a class pays for the scan; the 100-class rows show what a bigger cache
 * working set costs them. Read the results as ratios within one run.
 */
package dev.shardwire.benchmarks.register;

import com.google.common.eventbus.EventBus;
import dev.shardwire.dispatch.EventManager;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Time to register 1,000 listener objects of ten handlers each on a fresh bus. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class RegisterBenchmark {

  /** How many listener objects each operation registers. */
  public static final int OBJECTS = 1_000;

  /** Dispatch never happens here; the manager needs an executor only for lanes. */
  private static final Executor UNUSED = Runnable::run;

  /** The listener objects, made once per trial: registering is measured, not allocating them. */
  @State(Scope.Thread)
  public static class Listeners {
    ShardwireTen[] shardwireOneClass;
    GuavaTen[] guavaOneClass;
    GreenrobotTen[] greenrobotOneClass;
    ShardwireTen[] shardwireHundredClasses;
    GuavaTen[] guavaHundredClasses;
    GreenrobotTen[] greenrobotHundredClasses;

    @Setup
    public void make() {
      shardwireOneClass = new ShardwireTen[OBJECTS];
      guavaOneClass = new GuavaTen[OBJECTS];
      greenrobotOneClass = new GreenrobotTen[OBJECTS];
      shardwireHundredClasses = new ShardwireTen[OBJECTS];
      guavaHundredClasses = new GuavaTen[OBJECTS];
      greenrobotHundredClasses = new GreenrobotTen[OBJECTS];
      for (int i = 0; i < OBJECTS; i++) {
        shardwireOneClass[i] = new ShardwireTen();
        guavaOneClass[i] = new GuavaTen();
        greenrobotOneClass[i] = new GreenrobotTen();
        int k = i % HundredClasses.CLASSES;
        shardwireHundredClasses[i] = HundredClasses.SHARDWIRE.get(k).get();
        guavaHundredClasses[i] = HundredClasses.GUAVA.get(k).get();
        greenrobotHundredClasses[i] = HundredClasses.GREENROBOT.get(k).get();
      }
    }
  }

  private static EventManager newManager() {
    return EventManager.builder().executor(UNUSED).build();
  }

  private static org.greenrobot.eventbus.EventBus newGreenrobot() {
    return org.greenrobot.eventbus.EventBus.builder()
        .logNoSubscriberMessages(false)
        .sendNoSubscriberEvent(false)
        .build();
  }

  /** Shardwire: each object through its class's generated binding. */
  @Benchmark
  public EventManager shardwireOneClass(Listeners l) {
    EventManager manager = newManager();
    for (ShardwireTen listener : l.shardwireOneClass) {
      ShardwireTen_ShardwireBinding.register(manager, listener);
    }
    return manager;
  }

  /** Guava {@code EventBus.register}. */
  @Benchmark
  public EventBus guavaOneClass(Listeners l) {
    EventBus bus = new EventBus();
    for (GuavaTen listener : l.guavaOneClass) {
      bus.register(listener);
    }
    return bus;
  }

  /** greenrobot {@code EventBus.register} (no subscriber index: reflection, cached per class). */
  @Benchmark
  public org.greenrobot.eventbus.EventBus greenrobotOneClass(Listeners l) {
    org.greenrobot.eventbus.EventBus bus = newGreenrobot();
    for (GreenrobotTen listener : l.greenrobotOneClass) {
      bus.register(listener);
    }
    return bus;
  }

  /** Shardwire, 10 instances each of 100 classes, each through its superclass's binding. */
  @Benchmark
  public EventManager shardwireHundredClasses(Listeners l) {
    EventManager manager = newManager();
    for (ShardwireTen listener : l.shardwireHundredClasses) {
      ShardwireTen_ShardwireBinding.register(manager, listener);
    }
    return manager;
  }

  /** Guava, 10 instances each of 100 classes. */
  @Benchmark
  public EventBus guavaHundredClasses(Listeners l) {
    EventBus bus = new EventBus();
    for (GuavaTen listener : l.guavaHundredClasses) {
      bus.register(listener);
    }
    return bus;
  }

  /** greenrobot, 10 instances each of 100 classes. */
  @Benchmark
  public org.greenrobot.eventbus.EventBus greenrobotHundredClasses(Listeners l) {
    org.greenrobot.eventbus.EventBus bus = newGreenrobot();
    for (GreenrobotTen listener : l.greenrobotHundredClasses) {
      bus.register(listener);
    }
    return bus;
  }
}

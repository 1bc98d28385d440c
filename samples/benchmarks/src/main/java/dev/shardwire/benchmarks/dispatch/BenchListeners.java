package dev.shardwire.benchmarks.dispatch;

import dev.shardwire.dispatch.EventListener;
import org.openjdk.jmh.annotations.CompilerControl;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The one-handler listeners of the dispatch benchmark. The direct-call rows and the Shardwire rows
 * call the very same objects through the same interface ({@link EventListener}), and every body
 * does the same work: it reads the event's payload and gives it to the benchmark's {@link
 * Blackhole}.
 */
public final class BenchListeners {

  private BenchListeners() {}

  /** A listener whose body the JIT may inline into its caller. */
  public static final class Inlinable implements EventListener<BenchLeafEvent> {
    private final Blackhole blackhole;

    public Inlinable(Blackhole blackhole) {
      this.blackhole = blackhole;
    }

    @Override
    public void onEvent(BenchLeafEvent event) {
      blackhole.consume(event.value());
    }
  }

  /**
   * A listener the JIT must call: what a dispatcher meets in a real bot, where one call site
   * serves many listener classes and cannot inline any of them.
   */
  public static final class NotInlined implements EventListener<BenchLeafEvent> {
    private final Blackhole blackhole;

    public NotInlined(Blackhole blackhole) {
      this.blackhole = blackhole;
    }

    @Override
    @CompilerControl(CompilerControl.Mode.DONT_INLINE)
    public void onEvent(BenchLeafEvent event) {
      blackhole.consume(event.value());
    }
  }
}

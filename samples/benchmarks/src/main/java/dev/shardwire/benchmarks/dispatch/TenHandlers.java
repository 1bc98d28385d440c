package dev.shardwire.benchmarks.dispatch;

import dev.shardwire.annotations.Subscribe;
import org.openjdk.jmh.annotations.CompilerControl;
import org.openjdk.jmh.infra.Blackhole;

/**
 * A listener object as bots are written: ten handlers over three event levels (four of the
 * concrete event, three of its parent, three of the root of the hierarchy).
 *
 * <p>No handler is inlined, so the direct-call row (ten calls on this object) and the Shardwire
 * rows (the same ten methods reached through the event manager) make the same ten calls and differ
 * only in what it costs to reach them. The Shardwire rows reach them through the binding the
 * processor generates from the {@code @Subscribe} annotations, {@code TenHandlers_ShardwireBinding}.
 */
@SuppressWarnings("ShardwireDuplicateHandler") // several handlers per event type, on purpose
public final class TenHandlers {

  private final Blackhole blackhole;

  public TenHandlers(Blackhole blackhole) {
    this.blackhole = blackhole;
  }

  @Subscribe
  @CompilerControl(CompilerControl.Mode.DONT_INLINE)
  public void onLeaf1(BenchLeafEvent event) {
    blackhole.consume(event.value());
  }

  @Subscribe
  @CompilerControl(CompilerControl.Mode.DONT_INLINE)
  public void onLeaf2(BenchLeafEvent event) {
    blackhole.consume(event.value());
  }

  @Subscribe
  @CompilerControl(CompilerControl.Mode.DONT_INLINE)
  public void onLeaf3(BenchLeafEvent event) {
    blackhole.consume(event.value());
  }

  @Subscribe
  @CompilerControl(CompilerControl.Mode.DONT_INLINE)
  public void onLeaf4(BenchLeafEvent event) {
    blackhole.consume(event.value());
  }

  @Subscribe
  @CompilerControl(CompilerControl.Mode.DONT_INLINE)
  public void onMid1(BenchMidEvent event) {
    blackhole.consume(event);
  }

  @Subscribe
  @CompilerControl(CompilerControl.Mode.DONT_INLINE)
  public void onMid2(BenchMidEvent event) {
    blackhole.consume(event);
  }

  @Subscribe
  @CompilerControl(CompilerControl.Mode.DONT_INLINE)
  public void onMid3(BenchMidEvent event) {
    blackhole.consume(event);
  }

  @Subscribe
  @CompilerControl(CompilerControl.Mode.DONT_INLINE)
  public void onBase1(BenchEvent event) {
    blackhole.consume(event);
  }

  @Subscribe
  @CompilerControl(CompilerControl.Mode.DONT_INLINE)
  public void onBase2(BenchEvent event) {
    blackhole.consume(event);
  }

  @Subscribe
  @CompilerControl(CompilerControl.Mode.DONT_INLINE)
  public void onBase3(BenchEvent event) {
    blackhole.consume(event);
  }
}

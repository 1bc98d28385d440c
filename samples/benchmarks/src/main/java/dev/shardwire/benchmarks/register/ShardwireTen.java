package dev.shardwire.benchmarks.register;

import dev.shardwire.benchmarks.dispatch.BenchEvent;
import dev.shardwire.benchmarks.dispatch.BenchLeafEvent;
import dev.shardwire.benchmarks.dispatch.BenchMidEvent;
import dev.shardwire.annotations.Subscribe;

/** A listener of ten handlers (Shardwire's @Subscribe (package-private handlers: the generated binding calls them directly)): four of the leaf event, three of its parent, three of the root. */
@SuppressWarnings("ShardwireDuplicateHandler") // ten handlers over three event types, on purpose
public class ShardwireTen {

  /** Handler calls, so the JIT cannot drop them. */
  public long calls;

  @Subscribe void on0(BenchLeafEvent event) {
    calls++;
  }

  @Subscribe void on1(BenchLeafEvent event) {
    calls++;
  }

  @Subscribe void on2(BenchLeafEvent event) {
    calls++;
  }

  @Subscribe void on3(BenchLeafEvent event) {
    calls++;
  }

  @Subscribe void on4(BenchMidEvent event) {
    calls++;
  }

  @Subscribe void on5(BenchMidEvent event) {
    calls++;
  }

  @Subscribe void on6(BenchMidEvent event) {
    calls++;
  }

  @Subscribe void on7(BenchEvent event) {
    calls++;
  }

  @Subscribe void on8(BenchEvent event) {
    calls++;
  }

  @Subscribe void on9(BenchEvent event) {
    calls++;
  }
}

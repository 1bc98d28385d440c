package dev.shardwire.benchmarks.register;

import dev.shardwire.benchmarks.dispatch.BenchEvent;
import dev.shardwire.benchmarks.dispatch.BenchLeafEvent;
import dev.shardwire.benchmarks.dispatch.BenchMidEvent;
import com.google.common.eventbus.Subscribe;

/** A listener of ten handlers (Guava's @Subscribe): four of the leaf event, three of its parent, three of the root. */
public class GuavaTen {

  /** Handler calls, so the JIT cannot drop them. */
  public long calls;

  @Subscribe public void on0(BenchLeafEvent event) {
    calls++;
  }

  @Subscribe public void on1(BenchLeafEvent event) {
    calls++;
  }

  @Subscribe public void on2(BenchLeafEvent event) {
    calls++;
  }

  @Subscribe public void on3(BenchLeafEvent event) {
    calls++;
  }

  @Subscribe public void on4(BenchMidEvent event) {
    calls++;
  }

  @Subscribe public void on5(BenchMidEvent event) {
    calls++;
  }

  @Subscribe public void on6(BenchMidEvent event) {
    calls++;
  }

  @Subscribe public void on7(BenchEvent event) {
    calls++;
  }

  @Subscribe public void on8(BenchEvent event) {
    calls++;
  }

  @Subscribe public void on9(BenchEvent event) {
    calls++;
  }
}

package dev.shardwire.benchmarks.dispatch;

/**
 * A listener object as bots are written: ten handlers over three event levels (four of the
 * concrete event, three of its parent, three of the root of the hierarchy).
 */
public final class TenHandlers {

  /** How many handler calls were made; read so the JIT cannot drop them. */
  public long calls;

  public void onLeaf1(BenchLeafEvent event) {
    calls++;
  }

  public void onLeaf2(BenchLeafEvent event) {
    calls++;
  }

  public void onLeaf3(BenchLeafEvent event) {
    calls++;
  }

  public void onLeaf4(BenchLeafEvent event) {
    calls++;
  }

  public void onMid1(BenchMidEvent event) {
    calls++;
  }

  public void onMid2(BenchMidEvent event) {
    calls++;
  }

  public void onMid3(BenchMidEvent event) {
    calls++;
  }

  public void onBase1(BenchEvent event) {
    calls++;
  }

  public void onBase2(BenchEvent event) {
    calls++;
  }

  public void onBase3(BenchEvent event) {
    calls++;
  }
}

package dev.shardwire.benchmarks.dispatch;

/** The concrete event the benchmark dispatches. */
@dev.shardwire.annotations.ShardEvent
public interface BenchLeafEvent extends BenchMidEvent {

  /** A payload value, read by every handler. */
  int value();
}

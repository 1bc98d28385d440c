package dev.shardwire.benchmarks.dispatch;

/** The middle of the benchmark's three event levels. */
@dev.shardwire.annotations.ShardEvent(base = true)
public interface BenchMidEvent extends BenchEvent {}

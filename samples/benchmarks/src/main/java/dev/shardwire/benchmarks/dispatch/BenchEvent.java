package dev.shardwire.benchmarks.dispatch;

import dev.shardwire.events.Event;

/** The top of the benchmark's three event levels. */
@dev.shardwire.annotations.ShardEvent(base = true)
public interface BenchEvent extends Event {}

package dev.shardwire.benchmarks.gateway;

import dev.shardwire.testing.EmbeddedGateway;
import java.time.Duration;

/** The embedded gateway every throughput row reads from, configured the same way for all. */
final class Gateways {

  /**
   * The replay buffer keeps the last dispatches of a session for RESUME; nothing resumes here, so
   * a small one keeps the benchmark's memory flat.
   */
  private static final int REPLAY_LIMIT = 10_000;

  private Gateways() {}

  /** Starts an embedded gateway on a free loopback port. */
  static EmbeddedGateway start() {
    return EmbeddedGateway.builder()
        .heartbeatInterval(Duration.ofSeconds(30))
        .replayLimit(REPLAY_LIMIT)
        .start();
  }
}

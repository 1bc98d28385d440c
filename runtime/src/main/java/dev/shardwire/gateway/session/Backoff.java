package dev.shardwire.gateway.session;

import java.util.function.DoubleSupplier;

/**
 * Exponential reconnect backoff with jitter: attempt 1 waits a random time up to the base delay,
 * attempt n waits between half and all of {@code base * 2^(n-1)}, capped.
 */
public final class Backoff {

  private final long baseNanos;
  private final long capNanos;
  private final DoubleSupplier random;

  public Backoff(long baseNanos, long capNanos, DoubleSupplier random) {
    this.baseNanos = baseNanos;
    this.capNanos = Math.max(baseNanos, capNanos);
    this.random = random;
  }

  /** A random delay between {@code minNanos} and {@code maxNanos}. */
  long between(long minNanos, long maxNanos) {
    return minNanos + (long) ((maxNanos - minNanos) * random.getAsDouble());
  }

  /** The delay before reconnect attempt {@code attempt} (1-based). */
  long delayNanos(int attempt) {
    if (attempt <= 1) {
      return (long) (baseNanos * random.getAsDouble());
    }
    int shift = Math.min(attempt - 1, 30);
    long full = baseNanos > (capNanos >> shift) ? capNanos : Math.min(capNanos, baseNanos << shift);
    return full / 2 + (long) (full / 2 * random.getAsDouble());
  }
}

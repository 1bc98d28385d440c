package dev.shardwire.gateway.session;

/**
 * Discord's send limit for one connection: 120 frames per 60 seconds, a few of them kept for
 * heartbeats so that a burst of requests can never starve the connection into a zombie. A fixed
 * window that opens at the first send. Not thread-safe: the shard calls it under its own lock.
 *
 * <p>The default reserve, 5, is what any 60 s window may need at Discord's 41.25 s interval: the
 * IDENTIFY or RESUME, two of the shard's own beats and two answers to op 1 taken from the reserve
 * (at most one per interval, see {@link Outbound#sendRequestedBeat}).
 */
final class SendLimiter {

  private final int capacity;
  private final int reserved;
  private final long windowNanos;
  private long windowStart;
  private int used;
  private boolean open;

  SendLimiter(int capacity, int reserved, long windowNanos) {
    if (reserved >= capacity) {
      throw new IllegalArgumentException("reserved (" + reserved + ") must be below capacity (" + capacity + ")");
    }
    this.capacity = capacity;
    this.reserved = reserved;
    this.windowNanos = windowNanos;
  }

  /** Takes one send if the window has room: all of it for a heartbeat, all but the reserve otherwise. */
  boolean tryAcquire(boolean heartbeat, long now) {
    return take(heartbeat ? capacity : capacity - reserved, now);
  }

  /**
   * Takes one send, from the reserve if need be, only if {@code keep} sends are still left in the
   * window after it: for a frame that must never take the room of the shard's own frames due
   * before the window rolls.
   */
  boolean tryAcquireLeaving(int keep, long now) {
    return take(capacity - keep, now);
  }

  private boolean take(int limit, long now) {
    roll(now);
    if (used >= limit) {
      return false;
    }
    if (!open) {
      open = true;
      windowStart = now;
    }
    used++;
    return true;
  }

  /** Nanoseconds until the current window ends (0 when no window is open). */
  long nanosUntilReset(long now) {
    roll(now);
    return open ? Math.max(0, windowStart + windowNanos - now) : 0;
  }

  private void roll(long now) {
    if (open && now - windowStart >= windowNanos) {
      open = false;
      used = 0;
    }
  }
}

package dev.shardwire.gateway.session;

/**
 * Discord's send limit for one connection: 120 frames per 60 seconds, a few of them kept for
 * heartbeats so that a burst of requests can never starve the connection into a zombie. A sliding
 * window: a send is allowed while fewer than the limit went out in the window before it, so no
 * span of a window's length, wherever it starts, ever holds more than the capacity. (A fixed window
 * opened at the first send let a burst at the end of one window and another at the start of the
 * next through within moments: twice the limit in any window of the gateway's own that holds both.)
 * Not thread-safe: the shard calls it on its executor.
 *
 * <p>The default reserve, 5, is what any 60 s window may need at Discord's 41.25 s interval: the
 * IDENTIFY or RESUME, two of the shard's own beats and two answers to op 1 taken from the reserve
 * (at most one per interval, see {@link Outbound#sendRequestedBeat}).
 */
final class SendLimiter {

  private final int capacity;
  private final int reserved;
  private final long windowNanos;
  /** When the sends still in the window went out, oldest first: a ring of {@code count} from {@code head}. */
  private final long[] sentAt;
  private int head;
  private int count;

  SendLimiter(int capacity, int reserved, long windowNanos) {
    if (reserved >= capacity) {
      throw new IllegalArgumentException("reserved (" + reserved + ") must be below capacity (" + capacity + ")");
    }
    this.capacity = capacity;
    this.reserved = reserved;
    this.windowNanos = windowNanos;
    this.sentAt = new long[capacity];
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
    if (count >= limit) {
      return false;
    }
    sentAt[(head + count) % capacity] = now;
    count++;
    return true;
  }

  /** Nanoseconds until the oldest send in the window leaves it and frees its room (0 when none is in it). */
  long nanosUntilReset(long now) {
    roll(now);
    return count == 0 ? 0 : Math.max(0, sentAt[head] + windowNanos - now);
  }

  /** Nanoseconds until every send now in the window has left it (0 when none is in it). */
  long nanosUntilClear(long now) {
    roll(now);
    return count == 0 ? 0 : Math.max(0, sentAt[(head + count - 1) % capacity] + windowNanos - now);
  }

  /** Lets go of the sends a whole window old. */
  private void roll(long now) {
    while (count > 0 && now - sentAt[head] >= windowNanos) {
      head = (head + 1) % capacity;
      count--;
    }
  }
}

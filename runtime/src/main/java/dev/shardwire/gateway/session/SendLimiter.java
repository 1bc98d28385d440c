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

  private static final int INITIAL_RING = 16;

  private final int capacity;
  private final int reserved;
  private final long windowNanos;
  /**
   * When the sends still in the window went out, oldest first: a ring of {@code count} from {@code
   * head}. It starts small and grows as sends fill it, up to the capacity, so a capacity set very
   * high (to lift the limit, behind a proxy of one's own) costs nothing up front.
   */
  private long[] sentAt;
  private int head;
  private int count;

  SendLimiter(int capacity, int reserved, long windowNanos) {
    if (reserved >= capacity) {
      throw new IllegalArgumentException("reserved (" + reserved + ") must be below capacity (" + capacity + ")");
    }
    this.capacity = capacity;
    this.reserved = reserved;
    this.windowNanos = windowNanos;
    this.sentAt = new long[Math.min(capacity, INITIAL_RING)];
  }

  /** Takes one send if the window has room: all of it for a heartbeat, all but the reserve otherwise. */
  boolean tryAcquire(boolean heartbeat, long now) {
    return take(heartbeat ? capacity : capacity - reserved, now);
  }

  /**
   * Takes one send, from the reserve if need be, only if {@code keep} sends are still left in the
   * window after it: for a frame that must never take the room of the shard's own frames due
   * before the oldest send in the window leaves it.
   */
  boolean tryAcquireLeaving(int keep, long now) {
    return take(capacity - keep, now);
  }

  private boolean take(int limit, long now) {
    roll(now);
    if (count >= limit) {
      return false;
    }
    if (count == sentAt.length) {
      grow();
    }
    sentAt[(head + count) % sentAt.length] = now;
    count++;
    return true;
  }

  /** Doubles the ring, up to the capacity (it is full, and the limit left room for one more). */
  private void grow() {
    long[] larger = new long[(int) Math.min(capacity, 2L * sentAt.length)];
    for (int i = 0; i < count; i++) {
      larger[i] = sentAt[(head + i) % sentAt.length];
    }
    sentAt = larger;
    head = 0;
  }

  /** Nanoseconds until the oldest send in the window leaves it and frees its room (0 when none is in it). */
  long nanosUntilReset(long now) {
    roll(now);
    return count == 0 ? 0 : Math.max(0, sentAt[head] + windowNanos - now);
  }

  /** Nanoseconds until every send now in the window has left it (0 when none is in it). */
  long nanosUntilClear(long now) {
    roll(now);
    return count == 0 ? 0 : Math.max(0, sentAt[(head + count - 1) % sentAt.length] + windowNanos - now);
  }

  /** Lets go of the sends a whole window old. */
  private void roll(long now) {
    while (count > 0 && now - sentAt[head] >= windowNanos) {
      head = (head + 1) % sentAt.length;
      count--;
    }
  }
}

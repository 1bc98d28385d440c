package dev.shardwire.gateway.session;

import dev.shardwire.gateway.CloseCodes;
import java.util.concurrent.TimeUnit;

/**
 * When to reconnect: how a close code is classified ({@link CloseCodes}: fatal, new session, or
 * resume) and how long to wait before each attempt ({@link Backoff}). Attempts count from the
 * last connection that proved itself (a heartbeat of its own acknowledged after its handshake), so
 * a shard that keeps failing backs off further and further, also against a gateway that completes
 * each handshake and drops the connection at once, and one that got through starts again from the
 * base delay.
 *
 * <p>Owned by the shard's executor: the lifecycle calls it there.
 */
public final class ReconnectPolicy {

  /**
   * After an invalid session (op 9 without resume) Discord expects "a random amount of time,
   * between 1 and 5 seconds" before the next IDENTIFY: an IDENTIFY sent too soon (more than one
   * per 5 s) is itself answered with op 9, and a shard that came straight back would loop.
   */
  static final long INVALID_SESSION_MIN_NANOS = TimeUnit.SECONDS.toNanos(1);
  static final long INVALID_SESSION_MAX_NANOS = TimeUnit.SECONDS.toNanos(5);

  private final Backoff backoff;
  private int attempts;

  public ReconnectPolicy(Backoff backoff) {
    this.backoff = backoff;
  }

  /** What follows a close with {@code code} that the shard did not ask for. */
  static Disconnect afterClose(int code, String reason) {
    return CloseCodes.isFatal(code) ? Disconnect.fatal(reason) : Disconnect.closed(code, reason);
  }

  /** Counts one more attempt and returns how long to wait before it. */
  long nextDelayNanos() {
    attempts++;
    return backoff.delayNanos(attempts);
  }

  /**
   * Counts one more attempt after {@code why} and returns how long to wait before it: the backoff,
   * or after an invalidated session the wait Discord asks for, whichever is longer.
   */
  long nextDelayNanos(Disconnect why) {
    long delay = nextDelayNanos();
    return why.invalidated()
        ? Math.max(delay, backoff.between(INVALID_SESSION_MIN_NANOS, INVALID_SESSION_MAX_NANOS))
        : delay;
  }

  /** The attempt being waited for (1 for the first reconnect). */
  int attempts() {
    return attempts;
  }

  /** A connection proved itself: the next reconnect is a first attempt again. */
  void connected() {
    attempts = 0;
  }
}

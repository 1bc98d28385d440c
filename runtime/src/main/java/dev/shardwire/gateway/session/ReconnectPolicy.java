package dev.shardwire.gateway.session;

import dev.shardwire.gateway.CloseCodes;

/**
 * When to reconnect: how a close code is classified ({@link CloseCodes}: fatal, new session, or
 * resume) and how long to wait before each attempt ({@link Backoff}). Attempts count from the
 * last completed handshake, so a shard that keeps failing backs off further and further, and one
 * that got through starts again from the base delay.
 *
 * <p>Owned by the shard's executor: the lifecycle calls it there.
 */
public final class ReconnectPolicy {

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

  /** The attempt being waited for (1 for the first reconnect). */
  int attempts() {
    return attempts;
  }

  /** A handshake completed: the next reconnect is a first attempt again. */
  void connected() {
    attempts = 0;
  }
}

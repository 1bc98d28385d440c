package dev.shardwire.redis;

/**
 * A failure that repeats until it stops (Redis unreachable, refusing, answering an error), told to
 * the log once per reason: its holder warns when {@link #isNew} says the reason is new (the first
 * time, or another reason than the last), logs a repeat at DEBUG, and says once at INFO that it
 * works again when {@link #ended} says a failure had been warned about. The messages stay the
 * holder's. A race between threads costs at most one extra line.
 */
final class RepeatedFailure {

  /** The reason last warned about; null after a success. */
  private volatile String reason;

  /** Whether {@code reason} is not the one last warned about: the caller warns about it now. */
  boolean isNew(String reason) {
    if (reason.equals(this.reason)) {
      return false;
    }
    this.reason = reason;
    return true;
  }

  /** Whether a failure was warned about since the last success: the caller says it works again now. */
  boolean ended() {
    if (reason == null) {
      return false;
    }
    reason = null;
    return true;
  }
}

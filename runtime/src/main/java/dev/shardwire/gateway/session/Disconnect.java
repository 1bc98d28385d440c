package dev.shardwire.gateway.session;

import dev.shardwire.gateway.CloseCodes;

/**
 * Why a shard gives up a connection, and what follows: which close code it sends (if it sends
 * one), whether it reconnects, and whether the session survives. Every way a connection ends is
 * one of the factories below, so the rules can be read in one place.
 *
 * @param closeCode the code to close the socket with, or 0 when the socket is already closed or
 *     the caller closes it itself
 * @param reason the close reason, for the close frame and log lines
 * @param reconnect whether to open a new connection (after the reconnect backoff)
 * @param forgetSession whether the next connection must IDENTIFY rather than RESUME
 * @param invalidated whether the gateway invalidated the session (op 9 without resume), after
 *     which Discord asks for a random wait of 1 to 5 seconds before the next IDENTIFY
 */
public record Disconnect(int closeCode, String reason, boolean reconnect, boolean forgetSession, boolean invalidated) {

  private Disconnect(int closeCode, String reason, boolean reconnect, boolean forgetSession) {
    this(closeCode, reason, reconnect, forgetSession, false);
  }

  /** Op 7: the gateway asks us to reconnect and resume. */
  static Disconnect reconnectRequested() {
    return new Disconnect(CloseCodes.RESUMABLE, "reconnect requested", true, false);
  }

  /** Op 9: the session was invalidated; {@code d} says whether it may still be resumed. */
  static Disconnect invalidSession(boolean resumable) {
    return new Disconnect(CloseCodes.RESUMABLE, "invalid session", true, !resumable, !resumable);
  }

  /** A heartbeat went unacknowledged for a whole interval: the connection is a zombie. */
  public static Disconnect zombie() {
    return new Disconnect(CloseCodes.RESUMABLE, "zombie connection", true, false);
  }

  /**
   * A compressed frame could not be inflated: the zlib stream's state is lost, so every later
   * frame of the connection would fail too. Reconnect and resume on a fresh stream.
   */
  static Disconnect brokenStream() {
    return new Disconnect(CloseCodes.RESUMABLE, "broken zlib stream", true, false);
  }

  /** READY came without a session, so there is nothing to resume: identify anew on a new connection. */
  static Disconnect unusableReady() {
    return new Disconnect(CloseCodes.RESUMABLE, "READY without a session", true, true);
  }

  /**
   * IDENTIFY or RESUME got no READY or RESUMED in time: try again on a new connection (resuming
   * if there is a session to resume).
   */
  public static Disconnect noHandshake() {
    return new Disconnect(CloseCodes.RESUMABLE, "no READY or RESUMED", true, false);
  }

  /** HELLO did not arrive in time. */
  static Disconnect noHello() {
    return new Disconnect(CloseCodes.RESUMABLE, "no HELLO", true, false);
  }

  /** The socket closed with a code that allows reconnecting; 4007 and 4009 end the session. */
  static Disconnect closed(int code, String reason) {
    return new Disconnect(0, reason, true, CloseCodes.forgetsSession(code));
  }

  /** The socket closed with a fatal code ({@link CloseCodes#isFatal}): stop for good. */
  static Disconnect fatal(String reason) {
    return new Disconnect(0, reason, false, true);
  }

  /** {@code close()} was called: the caller sends 1000 itself, ending the session. */
  static Disconnect shutdown() {
    return new Disconnect(0, "shutdown", false, true);
  }
}

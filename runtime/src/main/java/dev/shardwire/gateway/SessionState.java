package dev.shardwire.gateway;

import java.net.URI;
import java.util.Optional;

/**
 * What a shard must remember to resume: the session id and resume URL that READY gave, and the
 * sequence number of the last dispatch received. Whether the next connection resumes or
 * identifies is decided here ({@link #canResume()}).
 *
 * <p>Guarded by the shard's lock, except {@link #sequence()}, which any thread may read: it is
 * volatile so that heartbeats and the public getter see the latest value without the lock.
 */
final class SessionState {

  private String sessionId;
  private URI resumeUri;
  private volatile long sequence;

  /** The session id, if the shard has a session. */
  Optional<String> id() {
    return Optional.ofNullable(sessionId);
  }

  /** The last sequence number received in this session (0 before any). */
  long sequence() {
    return sequence;
  }

  /** Whether the next connection should RESUME rather than IDENTIFY. */
  boolean canResume() {
    return sessionId != null;
  }

  /** Where the next connection goes: the session's resume URL when resuming, else {@code gatewayUri}. */
  URI connectBase(URI gatewayUri) {
    return sessionId != null && resumeUri != null ? resumeUri : gatewayUri;
  }

  /**
   * Accounts for a dispatch numbered {@code seq} and says whether it is new. A dispatch already
   * received (a replay overlapping what the shard had) is refused so the sink never sees it twice;
   * READY and RESUMED are always accepted since they belong to the connection, not the stream.
   */
  boolean accept(long seq, boolean handshake) {
    if (!handshake && seq > 0 && seq <= sequence) {
      return false;
    }
    if (seq > sequence) {
      sequence = seq;
    }
    return true;
  }

  /** READY started a session: remember it (a null {@code resumeUri} means the default gateway). */
  void begin(String sessionId, URI resumeUri) {
    this.sessionId = sessionId;
    this.resumeUri = resumeUri;
  }

  /** An IDENTIFY is about to start a new session: its dispatches count from 1 again. */
  void identifying() {
    sequence = 0;
  }

  /** The session cannot be resumed any more: the next connection identifies. */
  void forget() {
    sessionId = null;
    resumeUri = null;
    sequence = 0;
  }
}

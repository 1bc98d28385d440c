package dev.shardwire.gateway;

import java.time.Instant;
import java.util.Objects;

/**
 * A shard's gateway session as a {@link SessionStore} keeps it: what a RESUME needs.
 *
 * @param sessionId the session id READY gave
 * @param sequence the sequence number of the last dispatch received when it was saved
 * @param resumeUrl the {@code resume_gateway_url} READY gave (empty: resume at the gateway URL)
 * @param savedAt when it was saved, against which {@link SessionStore#maxAge()} is measured
 */
public record StoredSession(String sessionId, long sequence, String resumeUrl, Instant savedAt) {

  /** Checks the values: a non-empty session id, a sequence not below 0. */
  public StoredSession {
    Objects.requireNonNull(sessionId, "sessionId");
    Objects.requireNonNull(resumeUrl, "resumeUrl");
    Objects.requireNonNull(savedAt, "savedAt");
    if (sessionId.isEmpty()) {
      throw new IllegalArgumentException("sessionId must not be empty");
    }
    if (sequence < 0) {
      throw new IllegalArgumentException("sequence must not be negative, but is " + sequence);
    }
  }

  /** Whether it was saved less than {@code maxAge} before {@code now}. */
  public boolean freshAt(Instant now, java.time.Duration maxAge) {
    return savedAt.plus(maxAge).isAfter(now);
  }

  /** Never shows the session id in full: with the token it would let anyone resume the session. */
  @Override
  public String toString() {
    String shown = sessionId.length() <= 4 ? "…" : sessionId.substring(0, 4) + "…";
    return "StoredSession[sessionId=" + shown + ", sequence=" + sequence + ", resumeUrl=" + resumeUrl
        + ", savedAt=" + savedAt + "]";
  }
}

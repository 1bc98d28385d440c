package dev.shardwire.gateway.session;

import dev.shardwire.gateway.SessionStore;
import dev.shardwire.gateway.StoredSession;
import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.slf4j.Logger;

/**
 * A shard's side of its {@link SessionStore}: loads the stored session when the shard starts,
 * saves the session when READY starts it and its sequence at most once per save interval as
 * dispatches arrive, and clears it when the session ends. {@link #NONE} does nothing, for a shard
 * without a store.
 *
 * <p>Called by {@link SessionState} under the shard's inbound lock; the store's writes do not block (its
 * contract), and the interval check is one clock read.
 */
public class SessionRecorder {

  /** A shard without a store. */
  public static final SessionRecorder NONE = new SessionRecorder();

  private final SessionStore store;
  private final int shardId;
  private final int shardCount;
  private final long intervalNanos;
  private final LongSupplier nanoTime;
  private final Logger log;
  private long lastSaveNanos;
  private boolean saved;

  private SessionRecorder() {
    this.store = null;
    this.shardId = 0;
    this.shardCount = 1;
    this.intervalNanos = 0;
    this.nanoTime = System::nanoTime;
    this.log = null;
  }

  public SessionRecorder(SessionStore store, int shardId, int shardCount, long intervalNanos, LongSupplier nanoTime, Logger log) {
    this.store = store;
    this.shardId = shardId;
    this.shardCount = shardCount;
    this.intervalNanos = intervalNanos;
    this.nanoTime = nanoTime;
    this.log = log;
  }

  /** The stored session, if there is one young enough to resume. */
  Optional<StoredSession> load() {
    if (store == null) {
      return Optional.empty();
    }
    Optional<StoredSession> stored;
    try {
      stored = store.load(shardId, shardCount);
    } catch (RuntimeException e) {
      log.warn("shard {}: the session store failed to load ({}); identifying", shardId, e.toString());
      return Optional.empty();
    }
    if (stored.isPresent() && !stored.get().freshAt(Instant.now(), store.maxAge())) {
      log.info("shard {}: the stored session, saved at {}, is older than {}; identifying", shardId,
          stored.get().savedAt(), store.maxAge());
      return Optional.empty();
    }
    stored.ifPresent(s -> log.info("shard {}: resuming the stored session at sequence {}", shardId, s.sequence()));
    return stored;
  }

  /** A session began (READY) or its sequence moved: saves now, or at the next interval's dispatch. */
  void record(String sessionId, long sequence, URI resumeUri, boolean now) {
    if (store == null) {
      return;
    }
    long at = nanoTime.getAsLong();
    if (!now && saved && at - lastSaveNanos < intervalNanos) {
      return;
    }
    lastSaveNanos = at;
    saved = true;
    try {
      store.save(shardId, shardCount,
          new StoredSession(sessionId, sequence, resumeUri == null ? "" : resumeUri.toString(), Instant.now()));
    } catch (RuntimeException e) {
      log.warn("shard {}: the session store failed to save ({})", shardId, e.toString());
    }
  }

  /** The session ended: it can no longer be resumed. */
  void clear() {
    if (store == null) {
      return;
    }
    saved = false;
    try {
      store.clear(shardId, shardCount);
    } catch (RuntimeException e) {
      log.warn("shard {}: the session store failed to clear ({})", shardId, e.toString());
    }
  }
}

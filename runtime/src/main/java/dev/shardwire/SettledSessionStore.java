package dev.shardwire;

import dev.shardwire.gateway.SessionStore;
import dev.shardwire.gateway.StoredSession;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Optional;

/**
 * One shard's session store in the gateway role: a save waits until the {@link DispatchPublisher}
 * has settled every dispatch the shard received before it (see {@link
 * DispatchPublisher#settled}). The shard saves its sequence as it accepts a dispatch, before the
 * dispatch reaches the publisher; saved at once, a process killed in between would resume after a
 * dispatch that never left it. Waiting makes a restart receive such a dispatch again instead: at
 * least once, never lost.
 *
 * <p>READY's save (sequence 1) is written at once: nothing of its session came before it. Waiting
 * saves are written by the next save that finds them settled, so the stored sequence
 * trails the shard's by up to one save interval, and a restart may bring that interval's
 * dispatches twice. Called under the shard's inbound lock, one store per shard.
 */
final class SettledSessionStore implements SessionStore {

  /** Saves that may wait at once; the oldest goes first, as a later one supersedes it anyway. */
  private static final int MAX_WAITING = 64;

  /** A save that is written once {@code settledAtLeast} of the shard's dispatches are settled. */
  private record Waiting(long settledAtLeast, StoredSession session) {}

  private final SessionStore store;
  private final DispatchPublisher publisher;
  private final PublishingSink sink;
  private final ArrayDeque<Waiting> waiting = new ArrayDeque<>();

  SettledSessionStore(SessionStore store, DispatchPublisher publisher, PublishingSink sink) {
    this.store = store;
    this.publisher = publisher;
    this.sink = sink;
  }

  @Override
  public Optional<StoredSession> load(int shardId, int shardCount) {
    return store.load(shardId, shardCount);
  }

  @Override
  public synchronized void save(int shardId, int shardCount, StoredSession session) {
    if (session.sequence() <= 1) {
      // READY (sequence 1) starts a session: nothing of it came before, so nothing to wait for;
      // what still waits belongs to the session it replaced.
      waiting.clear();
      store.save(shardId, shardCount, session);
      return;
    }
    // The dispatch this save accounts for reaches the publisher just after it: count it as well.
    // (RESUMED never does; its save then waits for the next dispatch, which is safe.)
    waiting.addLast(new Waiting(sink.published() + 1, session));
    if (waiting.size() > MAX_WAITING) {
      waiting.removeFirst();
    }
    long settled = publisher.settled(shardId);
    StoredSession latest = null;
    while (!waiting.isEmpty() && waiting.peekFirst().settledAtLeast() <= settled) {
      latest = waiting.removeFirst().session();
    }
    if (latest != null) {
      store.save(shardId, shardCount, latest);
    }
  }

  @Override
  public synchronized void clear(int shardId, int shardCount) {
    waiting.clear();
    store.clear(shardId, shardCount);
  }

  @Override
  public Duration maxAge() {
    return store.maxAge();
  }

  @Override
  public String toString() {
    return "SettledSessionStore[" + store + " after " + publisher + "]";
  }
}

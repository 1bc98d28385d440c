package dev.shardwire.gateway;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** {@link SessionStore#inMemory()}: a concurrent map from (shard id, shard count) to the session. */
final class InMemorySessionStore implements SessionStore {

  private record Key(int shardId, int shardCount) {}

  private final Map<Key, StoredSession> sessions = new ConcurrentHashMap<>();
  private final Duration maxAge;

  InMemorySessionStore(Duration maxAge) {
    if (Objects.requireNonNull(maxAge, "maxAge").isNegative() || maxAge.isZero()) {
      throw new IllegalArgumentException("maxAge must be positive, but is " + maxAge);
    }
    this.maxAge = maxAge;
  }

  @Override
  public Optional<StoredSession> load(int shardId, int shardCount) {
    return Optional.ofNullable(sessions.get(new Key(shardId, shardCount)));
  }

  @Override
  public void save(int shardId, int shardCount, StoredSession session) {
    sessions.put(new Key(shardId, shardCount), Objects.requireNonNull(session, "session"));
  }

  @Override
  public void clear(int shardId, int shardCount) {
    sessions.remove(new Key(shardId, shardCount));
  }

  @Override
  public Duration maxAge() {
    return maxAge;
  }

  @Override
  public String toString() {
    return "SessionStore.inMemory[" + sessions.size() + " sessions, maxAge=" + maxAge + "]";
  }
}

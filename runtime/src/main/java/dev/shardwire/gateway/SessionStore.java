package dev.shardwire.gateway;

import java.time.Duration;
import java.util.Optional;

/**
 * Where shards keep their gateway sessions, so that a process restarted with the same shard ids
 * RESUMEs them instead of identifying: a RESUME costs no session start, and the gateway replays
 * every dispatch after the stored sequence, so nothing sent while the process was down is lost.
 *
 * <p>A shard given a store ({@code ShardOptions.sessionStore}, {@code
 * GatewayBot.Builder.sessionStore}) {@link #load loads} its session when it starts and resumes it
 * when it is younger than {@link #maxAge()}; it {@link #save saves} its session after READY and
 * RESUMED and its sequence at most once per {@link dev.shardwire.gateway.client.ShardOptions#sessionSaveInterval save
 * interval} while dispatches arrive (one second by default), and {@link #clear clears} it when the
 * session ends (op 9 not resumable, a session-ending close code, {@code close()}).
 *
 * <p><b>What a restart costs.</b> The stored sequence lags the received one by at most the save
 * interval, so a restarted shard is sent again at most what arrived in the last interval before
 * the process died: delivery across a restart is at least once, never lost, and each dispatch
 * carries its sequence number so that a duplicate can be recognised. A shard whose stored session
 * is older than {@link #maxAge()}, or that Discord no longer resumes (op 9), identifies as without a
 * store.
 *
 * <p>Implementations are thread-safe. {@link #save} and {@link #clear} run on the shard's threads
 * and must not block: hand slow writes off (as {@code dev.shardwire.redis.RedisSessionStore} does).
 * {@link #load} runs once per shard start and may block briefly.
 */
public interface SessionStore {

  /**
   * The default staleness bound, three minutes. Discord keeps a session whose connection dropped
   * without a 1000 or 1001 close "active" for "a few minutes" (its gateway documentation); a
   * stored session older than that would most likely be refused, while a refused RESUME costs only
   * a round trip before the IDENTIFY.
   */
  Duration DEFAULT_MAX_AGE = Duration.ofMinutes(3);

  /** The stored session of shard {@code shardId} of {@code shardCount}, if any. */
  Optional<StoredSession> load(int shardId, int shardCount);

  /** Records the session of shard {@code shardId} of {@code shardCount}, replacing what was stored. */
  void save(int shardId, int shardCount, StoredSession session);

  /** Forgets the session of shard {@code shardId} of {@code shardCount}: it cannot be resumed. */
  void clear(int shardId, int shardCount);

  /** How old a stored session may be and still be resumed ({@link #DEFAULT_MAX_AGE} unless overridden). */
  default Duration maxAge() {
    return DEFAULT_MAX_AGE;
  }

  /**
   * A store in this process's memory: it survives a shard's or a bot's restart within one JVM
   * (tests, a bot rebuilt after a configuration change), not the process's end.
   */
  static SessionStore inMemory() {
    return new InMemorySessionStore(DEFAULT_MAX_AGE);
  }

  /** As {@link #inMemory()}, with its own staleness bound. */
  static SessionStore inMemory(Duration maxAge) {
    return new InMemorySessionStore(maxAge);
  }
}

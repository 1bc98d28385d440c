package dev.shardwire.redis;

import dev.shardwire.gateway.SessionStore;
import dev.shardwire.gateway.StoredSession;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps shards' gateway sessions in Redis, so that a gateway process restarted with the same shard
 * ids RESUMEs them (see {@link SessionStore} for when shards save, load and clear).
 *
 * <p>Each shard's session is a hash at {@code shardwire:session:<botKey>:<shardId>} with the fields
 * {@code session_id}, {@code seq}, {@code resume_url}, {@code shard_count}, {@code saved_at}
 * (epoch milliseconds), {@code owner} and {@code owner_client}, written with its expiry in one script, so the key never outlives {@link
 * #maxAge()} without a save: Redis forgets a stale session by itself, and a session stored under
 * another shard count is not loaded. The default bound is {@link SessionStore#DEFAULT_MAX_AGE}.
 *
 * <p>Each save also names the store that wrote it ({@code owner}: the process id and a random
 * number; {@code owner_client}: its connection's Redis client id), so that two live gateway
 * processes running one shard (a misconfiguration: each has its own session, and publishes every
 * dispatch of the shard under it) are reported in a WARN line per shard ({@link SessionOwners}). A
 * process restarted with the shards takes over the old one's sessions quietly.
 *
 * <p>Saves and clears are sent without waiting for the answer (they run on the shards' threads),
 * in order on the one connection, so the last save wins; a failure is logged at WARN once until a
 * write succeeds again, and costs at most a RESUME from an older sequence, or an IDENTIFY, after a
 * restart. A load waits at most {@link #LOAD_TIMEOUT} and treats no answer as no session. The
 * connection is the caller's: the store never closes it.
 */
public final class RedisSessionStore implements SessionStore {

  /** How long {@link #load} waits for Redis before the shard identifies instead. */
  public static final Duration LOAD_TIMEOUT = Duration.ofSeconds(5);

  private static final Logger LOG = LoggerFactory.getLogger(RedisSessionStore.class);

  /**
   * HSET the fields and set the expiry in one step (no key is left without a TTL); answers the
   * store that wrote the session before, and its connection's client id, when it was another.
   */
  private static final String SAVE =
      "local previous = redis.call('HMGET', KEYS[1], 'owner', 'owner_client') "
          + "redis.call('HSET', KEYS[1], 'session_id', ARGV[1], 'seq', ARGV[2], 'resume_url', ARGV[3],"
          + " 'shard_count', ARGV[4], 'saved_at', ARGV[5], 'owner', ARGV[7], 'owner_client', ARGV[8]) "
          + "redis.call('PEXPIRE', KEYS[1], ARGV[6]) "
          + "if previous[1] and previous[1] ~= ARGV[7] then return {previous[1], previous[2] or ''} end "
          + "return {'', ''}";

  private final RedisAsyncCommands<String, String> redis;
  private final String keyPrefix;
  private final Duration maxAge;
  private volatile boolean failing;
  private final SessionOwners owners;

  /** A store with the default staleness bound, {@link SessionStore#DEFAULT_MAX_AGE}. */
  public RedisSessionStore(StatefulRedisConnection<String, String> connection, String botKey) {
    this(connection, botKey, DEFAULT_MAX_AGE);
  }

  /**
   * A store with its own staleness bound.
   *
   * @param connection a connection to the Redis every process of the bot uses
   * @param botKey names the bot in the keys, {@code shardwire:session:<botKey>:<shardId>}
   * @param maxAge how old a stored session may be and still be resumed; also the keys' expiry
   */
  public RedisSessionStore(StatefulRedisConnection<String, String> connection, String botKey, Duration maxAge) {
    this.redis = Objects.requireNonNull(connection, "connection").async();
    if (Objects.requireNonNull(botKey, "botKey").isEmpty()) {
      throw new IllegalArgumentException("botKey must not be empty");
    }
    if (Objects.requireNonNull(maxAge, "maxAge").toMillis() < 1) {
      throw new IllegalArgumentException("maxAge must be at least 1 ms, but is " + maxAge);
    }
    this.keyPrefix = "shardwire:session:" + botKey + ":";
    this.maxAge = maxAge;
    this.owners = new SessionOwners(redis);
  }

  /** The Redis key of a shard's session. */
  public String keyOf(int shardId) {
    return keyPrefix + shardId;
  }

  @Override
  public Duration maxAge() {
    return maxAge;
  }

  @Override
  public Optional<StoredSession> load(int shardId, int shardCount) {
    String key = keyOf(shardId);
    Map<String, String> fields;
    try {
      fields = redis.hgetall(key).get(LOAD_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    } catch (ExecutionException | TimeoutException e) {
      LOG.warn("session store: could not read {} ({}); shard {} identifies", key, e.toString(), shardId);
      return Optional.empty();
    }
    if (fields == null || fields.isEmpty()) {
      return Optional.empty();
    }
    try {
      if (Integer.parseInt(fields.getOrDefault("shard_count", "0")) != shardCount) {
        LOG.info("session store: {} holds a session of another shard count than {}; shard {} identifies", key,
            shardCount, shardId);
        return Optional.empty();
      }
      return Optional.of(new StoredSession(
          fields.getOrDefault("session_id", ""),
          Long.parseLong(fields.getOrDefault("seq", "0")),
          fields.getOrDefault("resume_url", ""),
          Instant.ofEpochMilli(Long.parseLong(fields.getOrDefault("saved_at", "0")))));
    } catch (IllegalArgumentException e) {
      LOG.warn("session store: {} is not a session ({}); shard {} identifies", key, e.getMessage(), shardId);
      return Optional.empty();
    }
  }

  @Override
  public void save(int shardId, int shardCount, StoredSession session) {
    String key = keyOf(shardId);
    redis.<List<Object>>eval(SAVE, ScriptOutputType.MULTI, new String[] {key},
            session.sessionId(), Long.toString(session.sequence()), session.resumeUrl(), Integer.toString(shardCount),
            Long.toString(session.savedAt().toEpochMilli()), Long.toString(maxAge.toMillis()), owners.name(), owners.clientId())
        .whenComplete((previous, error) -> {
          written(key, error);
          if (error == null && previous != null && previous.size() == 2) {
            owners.saved(shardId, key, String.valueOf(previous.get(0)), String.valueOf(previous.get(1)));
          }
        });
  }

  @Override
  public void clear(int shardId, int shardCount) {
    String key = keyOf(shardId);
    owners.cleared(shardId);
    redis.del(key).whenComplete((reply, error) -> written(key, error));
  }

  private void written(String key, Throwable error) {
    if (error == null) {
      if (failing) {
        failing = false;
        LOG.info("session store: writing {} works again", key);
      }
    } else if (!failing) {
      failing = true;
      LOG.warn("session store: could not write {} ({}); a restart may resume from an older sequence or identify",
          key, error.toString());
    }
  }

  @Override
  public String toString() {
    return "RedisSessionStore[" + keyPrefix + "*, maxAge=" + maxAge + "]";
  }
}

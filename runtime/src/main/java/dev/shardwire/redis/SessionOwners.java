package dev.shardwire.redis;

import io.lettuce.core.ClientListArgs;
import io.lettuce.core.api.async.RedisAsyncCommands;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells, from the owner each session save names, when two live gateway processes run one shard:
 * a misconfiguration (overlapping shard ids) that nothing else shows, since both connect, each
 * under its own session.
 *
 * <p>Each save writes this store's name and its connection's Redis client id, and answers the
 * previous writer's when it was another store. Two signs of a second live process: the shard's
 * session was written by another store since this one wrote it (both keep saving); or this store
 * took a session over (its first save finds another's) from a process whose connection is still
 * open and was used in the last {@value #RECENTLY_ACTIVE_SECONDS} seconds ({@code CLIENT LIST ID}):
 * a process that died has lost its connection with it, or (its host gone) left it idle, so a
 * restart takes over quietly. Each shard is warned about once, until its session is cleared.
 */
final class SessionOwners {

  private static final Logger LOG = LoggerFactory.getLogger(SessionOwners.class);
  /** How often the connection's client id is asked again: a connection made anew has another. */
  private static final long CLIENT_ID_REFRESH_NANOS = TimeUnit.SECONDS.toNanos(5);
  /** How recently the previous writer's connection must have been used to count as a live process. */
  static final long RECENTLY_ACTIVE_SECONDS = 10;
  private static final Pattern IDLE = Pattern.compile("(?:^| )idle=(\\d{1,18})(?: |$)", Pattern.MULTILINE);

  private final RedisAsyncCommands<String, String> redis;
  private final String name = "pid " + ProcessHandle.current().pid() + "/" + Integer.toHexString(ThreadLocalRandom.current().nextInt());
  private final AtomicBoolean asking = new AtomicBoolean();
  private volatile String clientId = "";
  private volatile long clientIdAsked;
  /** The shards whose session this store has written (and not cleared since). */
  private final Set<Integer> written = ConcurrentHashMap.newKeySet();
  /** The shards warned about: once each, until their session is cleared. */
  private final Set<Integer> contested = ConcurrentHashMap.newKeySet();

  SessionOwners(RedisAsyncCommands<String, String> redis) {
    this.redis = redis;
    askClientId(System.nanoTime());
  }

  /** This store's name in the sessions it writes. */
  String name() {
    return name;
  }

  /** The Redis client id of this store's connection, as last learnt ("" before the first answer). */
  String clientId() {
    long now = System.nanoTime();
    if (now - clientIdAsked >= CLIENT_ID_REFRESH_NANOS) {
      askClientId(now);
    }
    return clientId;
  }

  private void askClientId(long now) {
    if (!asking.compareAndSet(false, true)) {
      return;
    }
    clientIdAsked = now;
    redis.clientId().whenComplete((id, error) -> {
      if (error == null && id != null) {
        clientId = Long.toString(id);
      }
      asking.set(false);
    });
  }

  /**
   * A save of {@code shardId}'s session went through; {@code previousOwner} and {@code
   * previousClient} name the store that wrote it before when it was another ("" otherwise).
   */
  void saved(int shardId, String key, String previousOwner, String previousClient) {
    boolean ownedBefore = !written.add(shardId);
    if (previousOwner.isEmpty()) {
      return;
    }
    if (ownedBefore) {
      if (contested.add(shardId)) {
        warn(shardId, key, "was written by another gateway process (" + previousOwner + ") since this one wrote it");
      }
      return;
    }
    if (previousClient.isEmpty() || previousClient.equals(clientId)) {
      return; // unknown, or this very connection: the other sign tells
    }
    long id;
    try {
      id = Long.parseLong(previousClient);
    } catch (NumberFormatException e) {
      return;
    }
    redis.clientList(ClientListArgs.Builder.ids(id)).whenComplete((clients, error) -> {
      if (error != null) {
        LOG.debug("session store: cannot tell whether {} is still connected ({})", previousOwner, error.toString());
      } else if (clients != null && recentlyActive(clients) && contested.add(shardId)) {
        warn(shardId, key, "was taken over from another gateway process (" + previousOwner + ") that is still connected to Redis");
      }
    });
  }

  /**
   * Whether the {@code CLIENT LIST} line of the previous writer's connection shows it used within
   * {@link #RECENTLY_ACTIVE_SECONDS}. A process on a host that died keeps its connection open in
   * Redis until TCP keepalive notices (minutes), but idle; a live shard saves every second while
   * dispatches arrive.
   */
  static boolean recentlyActive(String clientList) {
    Matcher idle = IDLE.matcher(clientList);
    return idle.find() && Long.parseLong(idle.group(1)) <= RECENTLY_ACTIVE_SECONDS;
  }

  /** {@code shardId}'s session was cleared: its next session starts afresh. */
  void cleared(int shardId) {
    written.remove(shardId);
    contested.remove(shardId);
  }

  private void warn(int shardId, String key, String what) {
    LOG.warn("session store: shard {}'s session ({}) {}: two processes run shard {} (this one is {}); "
        + "give each process its own shard ids", shardId, key, what, shardId, name);
  }
}

package dev.shardwire.testing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.OptionalLong;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;

/**
 * The embedded gateway's live sessions and open connections. A session outlives its connections:
 * a dispatch to a session whose client is away waits in its replay buffer ({@link ServerSession})
 * until a RESUME, as on Discord.
 *
 * <p>Thread-safe: the maps are concurrent, and each session orders its own dispatches and replays
 * under its lock; the server's worker threads and test threads use it at once.
 */
final class SessionRegistry {

  private final GatewayConfig config;
  private final String selfId;
  private final Map<String, ServerSession> sessions = new ConcurrentHashMap<>();
  private final Map<ServerConnection, Boolean> open = new ConcurrentHashMap<>();
  private final AtomicInteger connections = new AtomicInteger();

  SessionRegistry(GatewayConfig config) {
    this.config = config;
    this.selfId = config.userId().toString();
  }

  /** The number of the connection opening now (1 for the first). */
  int nextConnectionNumber() {
    return connections.incrementAndGet();
  }

  /** A connection opened. */
  void opened(ServerConnection conn) {
    open.put(conn, Boolean.TRUE);
  }

  /** A connection's socket closed. */
  void closed(ServerConnection conn) {
    open.remove(conn);
  }

  /** The connections open now (a live view). */
  Collection<ServerConnection> openConnections() {
    return open.keySet();
  }

  /** How many connections were ever opened. */
  int connectionCount() {
    return connections.get();
  }

  /**
   * Starts a session for shard {@code shardId} of {@code shardCount} that identified with {@code
   * intents}, with the next configured session id.
   */
  ServerSession create(int shardId, int shardCount, long intents) {
    String id = config.sessionIds().get();
    ServerSession session = new ServerSession(id, shardId, shardCount, intents, config.replayLimit());
    sessions.put(id, session);
    return session;
  }

  /** The live session with {@code id}, or null. */
  ServerSession find(String id) {
    return sessions.get(id);
  }

  /** Ends {@code session}: it takes no more dispatches and cannot be resumed. */
  void forget(ServerSession session) {
    session.invalidate();
    sessions.remove(session.id, session);
  }

  /**
   * Sends a dispatch to every live session whose intents allow it ({@link IntentRules}) or, for a
   * guild's dispatch, to those of the shard that owns the guild, as Discord does; returns how many
   * took it.
   */
  int dispatch(String name, String data, JsonNode payload, OptionalLong guild) {
    int sent = 0;
    for (ServerSession session : sessions.values()) {
      if (!receives(session, name, payload, guild)) {
        continue;
      }
      if (session.dispatch(name, data) > 0) {
        sent++;
      }
    }
    return sent;
  }

  private boolean receives(ServerSession session, String name, JsonNode payload, OptionalLong guild) {
    return (guild.isEmpty() || session.ownsGuild(guild.getAsLong()))
        && IntentRules.allows(session.intents, selfId, name, payload);
  }

  /** Sends {@code count} copies of a dispatch to the sessions live now that would take it ({@link #dispatch}). */
  void dispatchMany(int count, String name, String data, JsonNode payload, OptionalLong guild) {
    List<ServerSession> targets = new ArrayList<>();
    for (ServerSession session : sessions.values()) {
      if (receives(session, name, payload, guild)) {
        targets.add(session);
      }
    }
    for (int sent = 0; sent < count; sent += ServerSession.WRITE_BATCH) {
      int n = Math.min(ServerSession.WRITE_BATCH, count - sent);
      for (ServerSession session : targets) {
        session.dispatchMany(n, name, data);
      }
    }
  }

  List<String> ids() {
    return List.copyOf(sessions.keySet());
  }

  int size() {
    return sessions.size();
  }

  /** The highest sequence number any live session has used (0 when none). */
  long lastSequence() {
    long max = 0;
    for (ServerSession session : sessions.values()) {
      max = Math.max(max, session.lastSequence());
    }
    return max;
  }
}

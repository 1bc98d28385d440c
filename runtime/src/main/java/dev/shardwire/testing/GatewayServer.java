package dev.shardwire.testing;

import dev.shardwire.models.Snowflake;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * The embedded gateway's WebSocket server and protocol: one {@link ServerConnection} per client,
 * HELLO on open, and the answers to heartbeats, IDENTIFY, RESUME and REQUEST_GUILD_MEMBERS. The
 * library calls it on its worker threads, one thread per connection at a time.
 */
final class GatewayServer extends WebSocketServer {

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedGateway.class);
  private static final int CHUNK_SIZE = 1000;

  private final EmbeddedGateway gateway;
  private final CountDownLatch bound;
  volatile Exception startError;

  GatewayServer(EmbeddedGateway gateway, InetSocketAddress address, CountDownLatch bound) {
    super(address);
    this.gateway = gateway;
    this.bound = bound;
    setReuseAddr(true);
    setConnectionLostTimeout(0);
    setDaemon(true);
    setTcpNoDelay(true);
  }

  void stopQuietly() {
    try {
      stop(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void onStart() {
    bound.countDown();
  }

  @Override
  public void onOpen(WebSocket ws, ClientHandshake handshake) {
    String descriptor = handshake.getResourceDescriptor();
    int q = descriptor.indexOf('?');
    String query = q < 0 ? "" : descriptor.substring(q + 1);
    gateway.recordQuery(query);
    boolean compress = hasParam(query, "compress", "zlib-stream");
    ServerConnection conn = new ServerConnection(ws, gateway.connectionCounter.incrementAndGet(), query,
        compress, gateway.config.splitCompressedFrames());
    ws.setAttachment(conn);
    gateway.open.put(conn, Boolean.TRUE);
    if (!hasParam(query, "v", "10")) {
      ws.close(4012, "Invalid API version");
      return;
    }
    if (!hasParam(query, "encoding", "json")) {
      ws.close(4002, "Only encoding=json is served");
      return;
    }
    if (gateway.reconnectInsteadOfHello.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
      conn.send("{\"op\":7,\"d\":null}");
      return;
    }
    conn.send(ServerPayloads.hello(gateway.config.heartbeatInterval().toMillis()));
  }

  private static boolean hasParam(String query, String name, String value) {
    for (String pair : query.split("&")) {
      if (pair.equals(name + "=" + value)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void onClose(WebSocket ws, int code, String reason, boolean remote) {
    ServerConnection conn = ws.getAttachment();
    if (conn == null) {
      return;
    }
    gateway.open.remove(conn);
    if (remote && code != 1006) {
      gateway.recordClientClose(code);
    }
    ServerSession session = conn.session;
    if (session != null) {
      session.detach(conn);
      // 1000/1001 from the client end its session, as on Discord.
      if (remote && (code == 1000 || code == 1001)) {
        gateway.forget(session);
      }
    }
  }

  @Override
  public void onMessage(WebSocket ws, ByteBuffer message) {
    ws.close(4002, "binary frames are not accepted");
  }

  @Override
  public void onMessage(WebSocket ws, String message) {
    ServerConnection conn = ws.getAttachment();
    JsonNode frame;
    try {
      frame = EmbeddedGateway.MAPPER.readTree(message);
    } catch (RuntimeException e) {
      ws.close(4002, "Error while decoding payload");
      return;
    }
    JsonNode opNode = frame.get("op");
    if (opNode == null || !opNode.isIntegralNumber()) {
      ws.close(4002, "Error while decoding payload");
      return;
    }
    int op = opNode.asInt();
    JsonNode d = frame.path("d");
    gateway.record(new ReceivedFrame(conn.number, op, d, System.nanoTime()));
    switch (op) {
      case 1:
        if (conn.acking) {
          conn.send("{\"op\":11}");
        }
        break;
      case 2:
        identify(conn, d);
        break;
      case 3:
        break; // presence update: accepted, not acted on
      case 6:
        resume(conn, d);
        break;
      case 8:
        requestMembers(conn, d);
        break;
      default:
        ws.close(4001, "Unknown opcode");
    }
  }

  private void identify(ServerConnection conn, JsonNode d) {
    if (conn.session != null) {
      conn.ws.close(4005, "Already authenticated");
      return;
    }
    String expected = gateway.config.token();
    if (expected != null && !expected.equals(d.path("token").asString(""))) {
      conn.ws.close(4004, "Authentication failed");
      return;
    }
    JsonNode shard = d.path("shard");
    int shardId = shard.isArray() ? shard.path(0).asInt(-1) : 0;
    int shardCount = shard.isArray() ? shard.path(1).asInt(0) : 1;
    if (shardId < 0 || shardCount < 1 || shardId >= shardCount) {
      conn.ws.close(4010, "Invalid shard");
      return;
    }
    if (!d.path("intents").isIntegralNumber()) {
      conn.ws.close(4013, "Invalid intent(s)");
      return;
    }
    String sessionId = gateway.config.sessionIds().get();
    ServerSession session = new ServerSession(sessionId, shardId, gateway.config.replayLimit());
    gateway.sessions.put(sessionId, session);
    session.attach(conn);
    session.dispatch("READY", ServerPayloads.ready(gateway.config, sessionId, gateway.url(), shardId, shardCount));
  }

  private void resume(ServerConnection conn, JsonNode d) {
    ServerSession session = gateway.sessions.get(d.path("session_id").asString(""));
    String expected = gateway.config.token();
    boolean tokenOk = expected == null || expected.equals(d.path("token").asString(""));
    ServerConnection previous = session == null || !tokenOk ? conn : session.resume(conn, d.path("seq").asLong(-1));
    if (previous == conn) {
      conn.send("{\"op\":9,\"d\":false}");
      return;
    }
    if (previous != null) {
      // The session moved: the old connection gets nothing more, and is left to its client to close.
      previous.session = null;
    }
  }

  private void requestMembers(ServerConnection conn, JsonNode d) {
    ServerSession session = conn.session;
    if (session == null) {
      conn.ws.close(4003, "Not authenticated");
      return;
    }
    Snowflake guild;
    try {
      guild = Snowflake.parse(d.path("guild_id").asString(""));
    } catch (NumberFormatException e) {
      conn.ws.close(4001, "Invalid guild_id");
      return;
    }
    List<EmbeddedMember> all = gateway.config.members().getOrDefault(guild, List.of());
    List<EmbeddedMember> found = new ArrayList<>();
    List<String> notFound = new ArrayList<>();
    JsonNode userIds = d.path("user_ids");
    if (userIds.isArray()) {
      Set<String> wanted = new LinkedHashSet<>();
      for (JsonNode id : userIds.values()) {
        wanted.add(id.asString(""));
      }
      for (EmbeddedMember m : all) {
        if (wanted.remove(m.id().toString())) {
          found.add(m);
        }
      }
      notFound.addAll(wanted);
    } else {
      String query = d.path("query").asString("").toLowerCase(Locale.ROOT);
      int limit = d.path("limit").asInt(0);
      for (EmbeddedMember m : all) {
        if (limit > 0 && found.size() >= limit) {
          break;
        }
        if (m.username().toLowerCase(Locale.ROOT).startsWith(query)) {
          found.add(m);
        }
      }
    }
    boolean presences = d.path("presences").asBoolean(false);
    String nonce = d.has("nonce") && !d.get("nonce").isNull() ? d.get("nonce").asString() : null;
    int count = Math.max(1, (found.size() + CHUNK_SIZE - 1) / CHUNK_SIZE);
    for (int i = 0; i < count; i++) {
      List<EmbeddedMember> chunk = found.subList(Math.min(found.size(), i * CHUNK_SIZE),
          Math.min(found.size(), (i + 1) * CHUNK_SIZE));
      session.dispatch("GUILD_MEMBERS_CHUNK", ServerPayloads.memberChunk(guild, chunk, i, count,
          i == 0 ? notFound : List.of(), presences, nonce));
    }
  }

  @Override
  public void onError(WebSocket ws, Exception error) {
    if (ws == null) {
      startError = error;
      bound.countDown();
      return;
    }
    LOG.debug("embedded gateway connection error: {}", error.toString());
  }
}

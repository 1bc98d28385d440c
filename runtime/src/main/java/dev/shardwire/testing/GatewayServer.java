package dev.shardwire.testing;

import dev.shardwire.models.Snowflake;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * The embedded gateway's WebSocket server and protocol: one {@link ServerConnection} per client,
 * HELLO on open, and the answers to heartbeats, IDENTIFY, RESUME and REQUEST_GUILD_MEMBERS.
 * Sessions live in the {@link SessionRegistry}, scripted faults in {@link Faults}, member answers
 * in {@link MemberChunks}; what clients send is recorded in the {@link GatewayRecorder}.
 *
 * <p>The library calls it on its worker threads, one thread per connection at a time.
 */
final class GatewayServer extends WebSocketServer {

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedGateway.class);

  private final GatewayConfig config;
  private final SessionRegistry sessions;
  private final GatewayRecorder recorder;
  private final Faults faults;
  private final MemberChunks members;
  private final CountDownLatch bound;
  private final String host;
  volatile Exception startError;

  GatewayServer(String host, int port, CountDownLatch bound, GatewayConfig config, SessionRegistry sessions,
      GatewayRecorder recorder, Faults faults) {
    super(new InetSocketAddress(host, port));
    this.config = config;
    this.sessions = sessions;
    this.recorder = recorder;
    this.faults = faults;
    this.members = new MemberChunks(config.members());
    this.bound = bound;
    this.host = host.contains(":") ? "[" + host + "]" : host;
    setReuseAddr(true);
    setConnectionLostTimeout(0);
    setDaemon(true);
    setTcpNoDelay(true);
  }

  /** The URL clients connect to (and READY's resume URL), once bound. */
  String url() {
    return "ws://" + host + ":" + getPort();
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
    recorder.query(query);
    ConnectQuery params = new ConnectQuery(query);
    ServerConnection conn = new ServerConnection(ws, sessions.nextConnectionNumber(), query, params.zlibStream(),
        config.splitCompressedFrames());
    ws.setAttachment(conn);
    sessions.opened(conn);
    ConnectQuery.Refusal refusal = params.refusal();
    if (refusal != null) {
      ws.close(refusal.code(), refusal.reason());
      return;
    }
    if (faults.takeReconnectInsteadOfHello()) {
      conn.send(ServerPayloads.RECONNECT);
      return;
    }
    if (faults.takeWithholdHello()) {
      return;
    }
    conn.send(ServerPayloads.hello(config.heartbeatInterval().toMillis()));
  }

  @Override
  public void onClose(WebSocket ws, int code, String reason, boolean remote) {
    ServerConnection conn = ws.getAttachment();
    if (conn == null) {
      return;
    }
    sessions.closed(conn);
    if (remote && code != 1006) {
      recorder.clientClose(code);
    }
    ServerSession session = conn.session;
    if (session != null) {
      session.detach(conn);
      // 1000/1001 from the client end its session, as on Discord; a client echoing the gateway's
      // own 1000 or 1001 chose nothing (and the library reports that echo as remote too).
      if (remote && (code == 1000 || code == 1001) && !conn.closedByGateway) {
        sessions.forget(session);
      }
    }
  }

  @Override
  public void onCloseInitiated(WebSocket ws, int code, String reason) {
    ServerConnection conn = ws.getAttachment();
    if (conn != null) {
      conn.closedByGateway = true;
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
    ReceivedFrame received = new ReceivedFrame(conn.number, op, d, System.nanoTime());
    recorder.frame(received);
    switch (op) {
      case 1:
        if (conn.acking) {
          conn.send(ServerPayloads.HEARTBEAT_ACK);
        }
        break;
      case 2:
        recordIdentify(received);
        if (!faults.takeWithholdHandshake()) {
          identify(conn, d);
        }
        break;
      case 3:
      case 4:
        // Presence and voice state updates: recorded above for tests to read, not acted on, but a
        // client that sends one before it identified is refused as Discord refuses it.
        if (conn.session == null) {
          ws.close(4003, "Not authenticated");
        }
        break;
      case 6:
        if (!faults.takeWithholdHandshake()) {
          resume(conn, d);
        }
        break;
      case 8:
        requestMembers(conn, d);
        break;
      default:
        ws.close(4001, "Unknown opcode");
    }
  }

  /** Every IDENTIFY counts against the bucket on Discord, answered or refused, so every one is recorded. */
  private void recordIdentify(ReceivedFrame frame) {
    JsonNode shard = frame.d().path("shard");
    int shardId = shard.isArray() ? shard.path(0).asInt(-1) : 0;
    int shardCount = shard.isArray() ? shard.path(1).asInt(0) : 1;
    long sinceArrival = System.nanoTime() - frame.receivedNanos();
    recorder.identify(new IdentifyRecord(shardId, shardCount, Instant.now().minusNanos(sinceArrival),
        frame.receivedNanos()));
  }

  private void identify(ServerConnection conn, JsonNode d) {
    if (conn.session != null) {
      conn.ws.close(4005, "Already authenticated");
      return;
    }
    if (!config.accepts(d.path("token").asString(""))) {
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
    ServerSession session = sessions.create(shardId, shardCount, d.path("intents").asLong());
    session.attach(conn);
    session.dispatch("READY", ServerPayloads.ready(config, session.id, faults.resumeUrl(url()), shardId, shardCount));
  }

  private void resume(ServerConnection conn, JsonNode d) {
    ServerSession session = sessions.find(d.path("session_id").asString(""));
    boolean tokenOk = config.accepts(d.path("token").asString(""));
    ServerConnection previous = session == null || !tokenOk ? conn : session.resume(conn, d.path("seq").asLong(-1));
    if (previous == conn) {
      conn.send(ServerPayloads.invalidSession(false));
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
    for (String chunk : members.answer(guild, d)) {
      session.dispatch("GUILD_MEMBERS_CHUNK", faults.takeCorruptMemberChunk() ? Faults.corrupt(chunk) : chunk);
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

package dev.shardwire.gateway.client;

import dev.shardwire.gateway.DispatchSink;
import dev.shardwire.gateway.GatewayClosedException;
import dev.shardwire.gateway.GatewayShard;
import dev.shardwire.gateway.MemberRequest;
import dev.shardwire.gateway.Presence;
import dev.shardwire.gateway.VoiceStateUpdate;
import dev.shardwire.gateway.session.Backoff;
import dev.shardwire.gateway.session.Disconnect;
import dev.shardwire.gateway.session.GatewayPayloads;
import dev.shardwire.gateway.session.Handshake;
import dev.shardwire.gateway.session.Heartbeater;
import dev.shardwire.gateway.session.InboundFrames;
import dev.shardwire.gateway.session.InboundLock;
import dev.shardwire.gateway.session.Outbound;
import dev.shardwire.gateway.session.ReconnectPolicy;
import dev.shardwire.gateway.session.SessionRecorder;
import dev.shardwire.gateway.session.SessionState;
import dev.shardwire.gateway.session.ShardConnection;
import dev.shardwire.gateway.session.ShardContext;
import dev.shardwire.gateway.session.ShardDraft;
import dev.shardwire.gateway.session.ShardExecutor;
import dev.shardwire.gateway.session.ShardLifecycle;
import dev.shardwire.gateway.session.ShardOutcome;
import dev.shardwire.gateway.session.ShardSettings;
import dev.shardwire.gateway.session.Token;
import dev.shardwire.gateway.wire.FrameReader;
import dev.shardwire.gateway.wire.FrameTranslator;
import dev.shardwire.models.Intents;
import dev.shardwire.spi.GatewayJson;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.DoubleSupplier;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.JsonRecyclerPools;

/**
 * A gateway shard over Java-WebSocket, speaking gateway v10 in JSON: HELLO, heartbeats with a
 * jittered first beat and zombie detection, IDENTIFY or RESUME, op 1, op 7, op 9, Discord's close
 * codes, reconnect backoff with jitter, the per-connection send limit, zlib-stream compression and
 * REQUEST_GUILD_MEMBERS. What it reads goes to a {@link DispatchSink}.
 *
 * <p>This class is the public face; the work is done by package-private parts, one concern each:
 * {@link ShardLifecycle} (connections and reconnects, with {@link ReconnectPolicy} and {@link
 * Disconnect}), {@link InboundFrames} (reading frames, by opcode), {@link Handshake} and {@link
 * SessionState} (identify or resume), {@link Heartbeater}, {@link Outbound} (send limit and
 * outbox) and {@link ShardOutcome} (the futures).
 *
 * <p>Threads: frames are read and handed to the sink on the connection's read thread; everything
 * else (heartbeats, sends, handshakes, reconnects) runs on the shard's executor, a serial lane on
 * the shared scheduler that owns the connection state, never on a Java-WebSocket thread (see
 * {@link ShardContext} for who owns what). The sink sees dispatches one at a time, in sequence
 * order, each sequence number once, also across reconnects. Every public method may be called
 * from any thread.
 *
 * <p>Input is bounded and checked before it is trusted: every message against {@link
 * ShardOptions#maxMessageBytes} from its frame header ({@link FrameTranslator}), every sequence
 * number by the policy of {@link SessionState} (a gap is delivered and logged; a jump of more
 * than 100,000 is malformed; no single frame moves the sequence sent in heartbeats and RESUME by
 * more than one), and nothing thrown on the read thread leaves a connection that reads nothing
 * ({@link ShardDraft}). What is refused is reported through {@link DispatchSink#onMalformedFrame}.
 *
 * <p>The token never appears in a log line at any level (Java-WebSocket's TRACE lines of sent
 * frames included), an exception or {@link #toString()}.
 */
public final class WebSocketGatewayShard implements GatewayShard {

  /**
   * Parses every frame and writes every payload: the decoders' factory, so live frames get the
   * same limits as {@code GatewayJson.decode}, with buffers recycled per thread (each connection
   * reads on its own thread, which a shared pool would make take and give back a buffer set
   * through a concurrent deque on every frame). A parser handed to the shard's lane gives its
   * buffers back to the read thread's recycler from there, which Jackson's recycler allows: its
   * slots are taken and filled atomically.
   */
  private static final JsonFactory JSON =
      GatewayJson.FACTORY.rebuild().recyclerPool(JsonRecyclerPools.threadLocalPool()).build();

  private final int id;
  private final int count;
  private final Intents intents;
  private final DoubleSupplier random;
  private final LongSupplier nanoTime;
  private final ShardContext ctx;
  private final GatewayPayloads payloads = new GatewayPayloads(JSON);
  private final SessionState session;
  private final ShardOutcome outcome = new ShardOutcome();
  private final Outbound outbound;
  private final Heartbeater heartbeater;
  private final ShardLifecycle lifecycle;
  private final Handshake handshake;

  WebSocketGatewayShard(ShardOptions options) {
    this.id = options.shardId;
    this.count = options.shardCount;
    this.intents = Objects.requireNonNull(options.intents, "intents");
    this.random = options.random;
    this.nanoTime = options.nanoTime;
    Token token = new Token(options.token == null ? "" : options.token);
    Logger log = options.logger != null ? options.logger : LoggerFactory.getLogger(WebSocketGatewayShard.class);
    this.ctx = new ShardContext(this, id, new InboundLock(id), new ShardExecutor(options.scheduler, id, log), log, nanoTime, options.sink);
    this.session = new SessionState(options.sessionStore == null ? SessionRecorder.NONE
        : new SessionRecorder(options.sessionStore, id, count, options.sessionSaveInterval.toNanos(), nanoTime, log));
    ReconnectPolicy reconnect = new ReconnectPolicy(
        new Backoff(options.backoffBase.toNanos(), options.backoffCap.toNanos(), random));
    // The parts refer to each other in a ring (frames -> lifecycle -> connections -> frames), so
    // the lifecycle learns where frames go once they exist, before anything can connect.
    this.outbound = new Outbound(ctx, this::currentConnection);
    ShardSettings settings = new ShardSettings(options.gatewayUrl, options.helloTimeout, options.handshakeTimeout,
        options.identifyGate, options.intents, options.shardCount, options.largeThreshold, options.presence,
        options.compress, options.maxMessageBytes, options.connectTimeout, options.sendCapacity,
        options.heartbeatReserve, options.sendWindow);
    this.lifecycle = new ShardLifecycle(ctx, session, reconnect, outbound, outcome, settings);
    this.heartbeater = new Heartbeater(ctx, random, session, outbound,
        conn -> lifecycle.abandon(conn, Disconnect.zombie()), lifecycle::proven);
    this.handshake = new Handshake(ctx, session, outbound, payloads, token, settings,
        conn -> lifecycle.abandon(conn, Disconnect.noHandshake()));
    lifecycle.readFramesWith(new InboundFrames(ctx, new FrameReader(JSON), session, heartbeater, handshake, lifecycle));
  }

  private ShardConnection currentConnection() {
    return lifecycle.current();
  }

  /** A builder; {@link ShardOptions#token}, {@link ShardOptions#intents} and usually the URL must be set. */
  public static ShardOptions builder() {
    return new ShardOptions();
  }

  @Override
  public int id() {
    return id;
  }

  @Override
  public int count() {
    return count;
  }

  /** The intents this shard identifies with. */
  public Intents intents() {
    return intents;
  }

  @Override
  public Optional<Duration> heartbeatLatency() {
    return heartbeater.latency();
  }

  @Override
  public boolean isConnected() {
    return lifecycle.isConnected();
  }

  /** The current session's id, if the shard has one. */
  public Optional<String> sessionId() {
    synchronized (ctx.inbound()) {
      return session.id();
    }
  }

  /** The sequence number of the last dispatch received in the current session (0 before any). */
  public long sequence() {
    return session.sequence();
  }

  /**
   * Connects. Calling it again returns the same outcome.
   *
   * <p>With a {@link ShardOptions#sessionStore session store}, the stored session (if fresh
   * enough) is loaded here, on the calling thread, and the first connection RESUMEs it.
   *
   * @return a future that completes when the first READY arrives (or RESUMED, for a session
   *     restored from the store), or exceptionally if the shard closes before that ({@link
   *     GatewayClosedException} on a fatal close code)
   */
  public CompletableFuture<Void> start() {
    lifecycle.start();
    return outcome.ready();
  }

  /**
   * The shard's end: completes normally after {@link #close()}, or exceptionally with a {@link
   * GatewayClosedException} naming the close code when the gateway closed the shard for good.
   */
  public CompletableFuture<Void> closed() {
    return outcome.closed();
  }

  /** Closes the connection with code 1000 (ending the session) and stops reconnecting. Idempotent. */
  public void close() {
    lifecycle.close();
  }

  @Override
  public String requestGuildMembers(MemberRequest request) {
    Objects.requireNonNull(request, "request");
    if (request.presences() && !intents.contains(Intents.GUILD_PRESENCES)) {
      throw new IllegalArgumentException(
          "requesting presences needs the GUILD_PRESENCES intent, which shard " + id + " did not identify with");
    }
    if (request.isWholeList() && !intents.contains(Intents.GUILD_MEMBERS)) {
      throw new IllegalArgumentException(
          "requesting the whole member list needs the GUILD_MEMBERS intent, which shard " + id + " did not identify with");
    }
    String nonce = request.nonce().orElseGet(this::newNonce);
    String payload = payloads.requestGuildMembers(request, nonce);
    if (lifecycle.isStopped()) {
      throw new IllegalStateException("shard " + id + " is closed");
    }
    ctx.executor().execute(() -> outbound.enqueue(payload));
    return nonce;
  }

  /**
   * {@inheritDoc}
   *
   * <p>The presence also replaces the one the shard identifies with, so a new session after a
   * reconnect keeps it.
   */
  @Override
  public void updatePresence(Presence presence) {
    Objects.requireNonNull(presence, "presence");
    String payload = payloads.updatePresence(presence);
    send(payload, () -> handshake.presence(presence));
  }

  @Override
  public void updateVoiceState(VoiceStateUpdate update) {
    Objects.requireNonNull(update, "update");
    long shard = Long.remainderUnsigned(update.guildId().asLong() >>> 22, count);
    if (shard != id) {
      throw new IllegalArgumentException(
          "guild " + update.guildId() + " belongs to shard " + shard + " of " + count + ", not to shard " + id
              + "; send its voice state through that shard (GatewayBot.updateVoiceState picks it)");
    }
    send(payloads.updateVoiceState(update), () -> {});
  }

  /**
   * Hands a caller's command to the shard's executor, which queues it behind the send limiter;
   * {@code also} runs in the same task, so it happens exactly when the command is queued.
   */
  private void send(String payload, Runnable also) {
    if (lifecycle.isStopped()) {
      throw new IllegalStateException("shard " + id + " is closed");
    }
    if (!lifecycle.isStarted()) {
      throw new IllegalStateException("shard " + id + " has not been started; call start() first");
    }
    ctx.executor().execute(() -> {
      also.run();
      outbound.enqueue(payload);
    });
  }

  private String newNonce() {
    return Long.toHexString(Double.doubleToLongBits(random.getAsDouble()) ^ nanoTime.getAsLong())
        + Integer.toHexString(id);
  }

  @Override
  public String toString() {
    return "WebSocketGatewayShard[id=" + id + ", count=" + count + ", connected=" + isConnected() + "]";
  }
}

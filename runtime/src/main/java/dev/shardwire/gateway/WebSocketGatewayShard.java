package dev.shardwire.gateway;

import dev.shardwire.models.Intents;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;
import java.util.function.LongSupplier;
import org.java_websocket.exceptions.WebsocketNotConnectedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.json.JsonFactory;

/**
 * A gateway shard over Java-WebSocket, speaking gateway v10 in JSON: HELLO, heartbeats with a
 * jittered first beat and zombie detection, IDENTIFY or RESUME, op 1, op 7, op 9, Discord's close
 * codes, reconnect backoff with jitter, the per-connection send limit, zlib-stream compression and
 * REQUEST_GUILD_MEMBERS. What it reads goes to a {@link DispatchSink}.
 *
 * <p>Threads: frames are read and handed to the sink on the connection's read thread; everything
 * else (heartbeats, sends, reconnects) runs on one scheduler thread per shard, never on a
 * Java-WebSocket thread. A lock orders the two, so the sink sees dispatches one at a time, in
 * sequence order, each sequence number once, also across reconnects.
 *
 * <p>The token never appears in a log line, an exception or {@link #toString()}.
 */
public final class WebSocketGatewayShard implements GatewayShard {

  private static final int DISPATCH = 0;
  private static final int HEARTBEAT = 1;
  private static final int RECONNECT = 7;
  private static final int INVALID_SESSION = 9;
  private static final int HELLO = 10;
  private static final int HEARTBEAT_ACK = 11;
  private static final long CLOSE_GRACE_NANOS = TimeUnit.SECONDS.toNanos(5);

  private static final JsonFactory JSON = new JsonFactory();

  private final Token token;
  private final Intents intents;
  private final int id;
  private final int count;
  private final URI gatewayUri;
  private final boolean compress;
  private final int largeThreshold;
  private final Presence presence;
  private final DispatchSink sink;
  private final Logger log;
  private final IdentifyGate identifyGate;
  private final DoubleSupplier random;
  private final LongSupplier nanoTime;
  private final Backoff backoff;
  private final long helloTimeoutNanos;
  private final int maxMessageBytes;
  private final int sendCapacity;
  private final int heartbeatReserve;
  private final long sendWindowNanos;
  private final int connectTimeoutMillis;

  private final FrameReader reader = new FrameReader(JSON);
  private final GatewayPayloads payloads = new GatewayPayloads(JSON);
  private final ScheduledThreadPoolExecutor scheduler;
  private final Reading reading = new Reading();

  private final Object lock = new Object();
  // Guarded by lock.
  private ShardConnection current;
  private boolean started;
  private boolean stopped;
  private String sessionId;
  private URI resumeUri;
  private int attempts;
  private int connections;
  private final ArrayDeque<String> outbox = new ArrayDeque<>();

  private volatile long sequence;
  private volatile long latencyNanos = -1;
  private volatile boolean connected;

  private final CompletableFuture<Void> ready = new CompletableFuture<>();
  private final CompletableFuture<Void> closed = new CompletableFuture<>();

  private WebSocketGatewayShard(Builder b) {
    this.token = new Token(b.token == null ? "" : b.token);
    this.intents = Objects.requireNonNull(b.intents, "intents");
    this.id = b.shardId;
    this.count = b.shardCount;
    this.gatewayUri = GatewayUrls.check(b.gatewayUrl);
    this.compress = b.compress;
    this.largeThreshold = b.largeThreshold;
    this.presence = b.presence;
    this.sink = b.sink;
    this.log = b.logger != null ? b.logger : LoggerFactory.getLogger(WebSocketGatewayShard.class);
    this.identifyGate = b.identifyGate;
    this.random = b.random;
    this.nanoTime = b.nanoTime;
    this.backoff = new Backoff(b.backoffBase.toNanos(), b.backoffCap.toNanos(), b.random);
    this.helloTimeoutNanos = b.helloTimeout.toNanos();
    this.maxMessageBytes = b.maxMessageBytes;
    this.sendCapacity = b.sendCapacity;
    this.heartbeatReserve = b.heartbeatReserve;
    this.sendWindowNanos = b.sendWindow.toNanos();
    this.connectTimeoutMillis = (int) Math.min(Integer.MAX_VALUE, b.connectTimeout.toMillis());
    this.scheduler = new ScheduledThreadPoolExecutor(1, task -> {
      Thread t = new Thread(task, "shardwire-shard-" + id);
      t.setDaemon(true);
      return t;
    });
    scheduler.setRemoveOnCancelPolicy(true);
    scheduler.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
  }

  /** A builder; {@link Builder#token}, {@link Builder#intents} and usually the URL must be set. */
  public static Builder builder() {
    return new Builder();
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
    long nanos = latencyNanos;
    return nanos < 0 ? Optional.empty() : Optional.of(Duration.ofNanos(nanos));
  }

  @Override
  public boolean isConnected() {
    return connected;
  }

  /** The current session's id, if the shard has one. */
  public Optional<String> sessionId() {
    synchronized (lock) {
      return Optional.ofNullable(sessionId);
    }
  }

  /** The sequence number of the last dispatch received in the current session (0 before any). */
  public long sequence() {
    return sequence;
  }

  /**
   * Connects. Calling it again returns the same outcome.
   *
   * @return a future that completes when the first READY arrives, or exceptionally if the shard
   *     closes before that ({@link GatewayClosedException} on a fatal close code)
   */
  public CompletableFuture<Void> start() {
    synchronized (lock) {
      if (!started && !stopped) {
        started = true;
        later(this::connect);
      }
    }
    return ready.copy();
  }

  /**
   * The shard's end: completes normally after {@link #close()}, or exceptionally with a {@link
   * GatewayClosedException} naming the close code when the gateway closed the shard for good.
   */
  public CompletableFuture<Void> closed() {
    return closed.copy();
  }

  /** Closes the connection with code 1000 (ending the session) and stops reconnecting. Idempotent. */
  public void close() {
    ShardConnection conn;
    synchronized (lock) {
      if (stopped) {
        return;
      }
      stopped = true;
      conn = current;
      if (conn != null) {
        abandon(conn, 0, "shutdown", false, true);
      }
      outbox.clear();
    }
    if (conn != null) {
      try {
        conn.close(CloseCodes.SHUTDOWN, "shutdown");
      } catch (RuntimeException e) {
        log.debug("shard {}: error while closing: {}", id, e.toString());
      }
    }
    scheduler.shutdownNow();
    log.info("shard {} closed", id);
    // closed first, as on a fatal close: whoever wakes up on a failed start() must already see the shard closed.
    closed.complete(null);
    ready.completeExceptionally(new IllegalStateException("shard " + id + " was closed before READY"));
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
    synchronized (lock) {
      if (stopped) {
        throw new IllegalStateException("shard " + id + " is closed");
      }
      outbox.add(payload);
    }
    later(this::flushOutbox);
    return nonce;
  }

  private String newNonce() {
    return Long.toHexString(Double.doubleToLongBits(random.getAsDouble()) ^ nanoTime.getAsLong())
        + Integer.toHexString(id);
  }

  @Override
  public String toString() {
    return "WebSocketGatewayShard[id=" + id + ", count=" + count + ", connected=" + connected + "]";
  }

  // ---------------------------------------------------------------- connection lifecycle

  private void connect() {
    ShardConnection conn;
    synchronized (lock) {
      if (stopped) {
        return;
      }
      URI base = sessionId != null && resumeUri != null ? resumeUri : gatewayUri;
      SendLimiter limiter = new SendLimiter(sendCapacity, heartbeatReserve, sendWindowNanos);
      conn = new ShardConnection(this, GatewayUrls.connectUri(base, compress), ++connections, compress,
          maxMessageBytes, limiter, connectTimeoutMillis);
      current = conn;
      conn.helloTimeout = scheduler.schedule(() -> helloTimedOut(conn), helloTimeoutNanos, TimeUnit.NANOSECONDS);
    }
    log.debug("shard {} opening connection {} to {}", id, conn.number, conn.getURI());
    conn.connect();
  }

  void onOpen(ShardConnection conn) {
    log.debug("shard {} connection {} open", id, conn.number);
  }

  void onError(ShardConnection conn, Exception error) {
    log.debug("shard {} connection {} error: {}", id, conn.number, error.toString());
  }

  private void helloTimedOut(ShardConnection conn) {
    synchronized (lock) {
      if (conn.abandoned || conn.helloReceived) {
        return;
      }
      log.warn("shard {} got no HELLO on connection {}; reconnecting", id, conn.number);
      abandon(conn, CloseCodes.RESUMABLE, "no HELLO", true, false);
    }
  }

  void onClosed(ShardConnection conn, int code, String reason, boolean remote) {
    GatewayClosedException fatal = null;
    synchronized (lock) {
      if (conn.abandoned) {
        log.debug("shard {} connection {} closed ({} {})", id, conn.number, code, CloseCodes.describe(code));
        return;
      }
      if (CloseCodes.isFatal(code)) {
        log.error("shard {} closed by the gateway with fatal code {} ({}) {}; not reconnecting",
            id, code, CloseCodes.describe(code), reason);
        stopped = true;
        abandon(conn, 0, reason, false, true);
        fatal = new GatewayClosedException(id, code, reason);
      } else {
        boolean forget = CloseCodes.forgetsSession(code);
        log.warn("shard {} connection {} closed with {} ({}){}; reconnecting{}", id, conn.number, code,
            CloseCodes.describe(code), reason == null || reason.isEmpty() ? "" : " " + reason,
            forget ? " with a new session" : "");
        abandon(conn, 0, reason, true, forget);
      }
    }
    if (fatal != null) {
      scheduler.shutdownNow();
      // This is the socket's read thread: callers' continuations run elsewhere, as READY's do.
      // closed first: whoever wakes up on a failed start() must already see the shard closed.
      GatewayClosedException error = fatal;
      CompletableFuture.runAsync(() -> {
        closed.completeExceptionally(error);
        ready.completeExceptionally(error);
      });
    }
  }

  /**
   * Gives up {@code conn} (under the lock): no frame of it is read any more, its heartbeats stop,
   * the sink hears of the disconnect, and a reconnect is scheduled if asked for.
   *
   * @param closeCode the code to close the socket with, or 0 when it is already closed or the
   *     caller closes it
   */
  private void abandon(ShardConnection conn, int closeCode, String reason, boolean reconnect, boolean forget) {
    if (conn.abandoned) {
      return;
    }
    conn.abandoned = true;
    cancel(conn.heartbeatTask);
    cancel(conn.helloTimeout);
    if (forget) {
      sessionId = null;
      resumeUri = null;
      sequence = 0;
    }
    if (current == conn) {
      current = null;
    }
    if (conn.handshakeComplete) {
      connected = false;
      try {
        sink.onDisconnected(this);
      } catch (RuntimeException e) {
        log.error("shard {}: the dispatch sink failed on disconnect", id, e);
      }
    }
    if (closeCode > 0) {
      later(() -> closeSocket(conn, closeCode, reason));
    }
    if (reconnect && !stopped) {
      attempts++;
      long delay = backoff.delayNanos(attempts);
      log.debug("shard {} reconnecting in {} ms (attempt {})", id, delay / 1_000_000, attempts);
      try {
        scheduler.schedule(this::connect, delay, TimeUnit.NANOSECONDS);
      } catch (RejectedExecutionException e) {
        log.debug("shard {}: scheduler stopped, not reconnecting", id);
      }
    }
  }

  private void closeSocket(ShardConnection conn, int code, String reason) {
    try {
      conn.close(code, reason);
    } catch (RuntimeException e) {
      log.debug("shard {}: error while closing connection {}: {}", id, conn.number, e.toString());
    }
    // A peer that never answers the close frame would keep the socket open: cut it after a grace period.
    try {
      scheduler.schedule(() -> {
        if (!conn.isClosed()) {
          conn.closeConnection(code, reason);
        }
      }, CLOSE_GRACE_NANOS, TimeUnit.NANOSECONDS);
    } catch (RejectedExecutionException e) {
      conn.closeConnection(code, reason);
    }
  }

  // ---------------------------------------------------------------- reading

  void onFrame(ShardConnection conn, Frame frame) {
    synchronized (lock) {
      if (conn.abandoned) {
        return;
      }
      reading.conn = conn;
      reading.frame = frame;
      try {
        reader.read(frame, reading);
      } catch (RuntimeException e) {
        malformed(e, frame);
      } finally {
        reading.conn = null;
        reading.frame = null;
      }
    }
  }

  void onUnreadableFrame(ShardConnection conn, MalformedFrameException error) {
    synchronized (lock) {
      if (!conn.abandoned) {
        malformed(error, null);
      }
    }
  }

  private void malformed(RuntimeException error, Frame frame) {
    log.warn("shard {} received a malformed frame: {}{}", id, error.getMessage(),
        frame == null ? "" : " (frame: " + frame.preview(200) + ")");
    try {
      sink.onMalformedFrame(this, error);
    } catch (RuntimeException e) {
      log.error("shard {}: the dispatch sink failed on a malformed frame", id, e);
    }
  }

  /** The frame handler; used only under the lock, for the frame being read. */
  private final class Reading implements FrameHandler {
    ShardConnection conn;
    Frame frame;
    int handshake; // 0 none, 1 READY, 2 RESUMED: completes after the sink saw the dispatch

    @Override
    public boolean beginDispatch(String name, long seq) {
      handshake = name.equals("READY") ? 1 : name.equals("RESUMED") ? 2 : 0;
      if (handshake == 0 && seq > 0 && seq <= sequence) {
        log.debug("shard {} skipped dispatch {} #{} already received", id, name, seq);
        return false;
      }
      if (seq > sequence) {
        sequence = seq;
      }
      if (handshake == 1) {
        learnSession(frame);
      }
      if (!sink.wants(name)) {
        finishHandshake(conn);
        return false;
      }
      return true;
    }

    @Override
    public void dispatchPayload(String name, long seq, JsonParser d) {
      try {
        sink.onDispatch(WebSocketGatewayShard.this, name, seq, d);
      } finally {
        finishHandshake(conn);
      }
    }

    private void finishHandshake(ShardConnection conn) {
      if (handshake != 0) {
        boolean isReady = handshake == 1;
        handshake = 0;
        handshakeComplete(conn, isReady);
      }
    }

    @Override
    public void control(int op, JsonParser d) {
      controlFrame(conn, op, d);
    }
  }

  private void learnSession(Frame frame) {
    String session = null;
    String resumeUrl = null;
    try (JsonParser p = reader.openD(frame)) {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        throw new MalformedFrameException("READY's 'd' must be an object");
      }
      String name;
      while ((name = p.nextName()) != null) {
        JsonToken token = p.nextToken();
        if (name.equals("session_id") && token == JsonToken.VALUE_STRING) {
          session = p.getString();
        } else if (name.equals("resume_gateway_url") && token == JsonToken.VALUE_STRING) {
          resumeUrl = p.getString();
        } else {
          p.skipChildren();
        }
      }
    }
    if (session == null) {
      throw new MalformedFrameException("READY has no 'session_id'");
    }
    sessionId = session;
    resumeUri = null;
    if (resumeUrl != null) {
      try {
        resumeUri = GatewayUrls.check(resumeUrl);
      } catch (IllegalArgumentException e) {
        log.warn("shard {}: ignoring READY's resume_gateway_url: {}", id, e.getMessage());
      }
    }
  }

  private void handshakeComplete(ShardConnection conn, boolean isReady) {
    if (conn.handshakeComplete) {
      return;
    }
    conn.handshakeComplete = true;
    attempts = 0;
    connected = true;
    log.info("shard {} {} on connection {}", id, isReady ? "is ready" : "resumed its session", conn.number);
    try {
      sink.onConnected(this);
    } catch (RuntimeException e) {
      log.error("shard {}: the dispatch sink failed on connect", id, e);
    }
    if (isReady && !ready.isDone()) {
      CompletableFuture.runAsync(() -> ready.complete(null));
    }
    later(this::flushOutbox);
  }

  private void controlFrame(ShardConnection conn, int op, JsonParser d) {
    switch (op) {
      case HELLO:
        long interval = readHeartbeatInterval(d);
        conn.helloReceived = true;
        cancel(conn.helloTimeout);
        conn.heartbeatIntervalNanos = TimeUnit.MILLISECONDS.toNanos(interval);
        log.debug("shard {} got HELLO, heartbeat interval {} ms", id, interval);
        later(() -> beginSession(conn));
        break;
      case HEARTBEAT_ACK:
        skip(d);
        if (conn.awaitingAck) {
          conn.awaitingAck = false;
          latencyNanos = nanoTime.getAsLong() - conn.lastBeatNanos;
        }
        break;
      case HEARTBEAT:
        skip(d);
        later(() -> heartbeatNow(conn));
        break;
      case RECONNECT:
        skip(d);
        log.info("shard {} was asked to reconnect (op 7)", id);
        abandon(conn, CloseCodes.RESUMABLE, "reconnect requested", true, false);
        break;
      case INVALID_SESSION:
        boolean resumable = d != null && d.currentToken() == JsonToken.VALUE_TRUE;
        skip(d);
        log.info("shard {} session invalidated (op 9, {})", id, resumable ? "resumable" : "not resumable");
        abandon(conn, CloseCodes.RESUMABLE, "invalid session", true, !resumable);
        break;
      case DISPATCH:
      default:
        skip(d);
        log.debug("shard {} ignored a frame with op {}", id, op);
    }
  }

  private static long readHeartbeatInterval(JsonParser d) {
    if (d == null || d.currentToken() != JsonToken.START_OBJECT) {
      throw new MalformedFrameException("HELLO's 'd' must be an object");
    }
    long interval = -1;
    String name;
    while ((name = d.nextName()) != null) {
      JsonToken token = d.nextToken();
      if (name.equals("heartbeat_interval") && token.isNumeric()) {
        interval = d.getLongValue();
      } else {
        d.skipChildren();
      }
    }
    if (interval <= 0) {
      throw new MalformedFrameException("HELLO has no positive 'heartbeat_interval'");
    }
    return interval;
  }

  private static void skip(JsonParser d) {
    if (d != null) {
      d.skipChildren();
    }
  }

  // ---------------------------------------------------------------- session and heartbeats

  private void beginSession(ShardConnection conn) {
    String session;
    long seq;
    synchronized (lock) {
      if (conn.abandoned) {
        return;
      }
      long first = (long) (conn.heartbeatIntervalNanos * random.getAsDouble());
      conn.heartbeatTask = scheduler.schedule(() -> heartbeatTick(conn), first, TimeUnit.NANOSECONDS);
      session = sessionId;
      seq = sequence;
    }
    if (session != null) {
      log.debug("shard {} resuming session at sequence {}", id, seq);
      send(conn, payloads.resume(token, session, seq), true);
    } else {
      identifyGate.acquire(id).whenComplete((ignored, error) -> later(() -> identify(conn)));
    }
  }

  private void identify(ShardConnection conn) {
    synchronized (lock) {
      if (conn.abandoned) {
        return;
      }
      sequence = 0;
    }
    log.debug("shard {} identifying", id);
    send(conn, payloads.identify(token, intents.value(), id, count, largeThreshold, presence), true);
  }

  private void heartbeatTick(ShardConnection conn) {
    long seq;
    synchronized (lock) {
      if (conn.abandoned) {
        return;
      }
      if (conn.awaitingAck) {
        log.warn("shard {} heartbeat was not acknowledged: zombie connection {}, reconnecting", id, conn.number);
        abandon(conn, CloseCodes.RESUMABLE, "zombie connection", true, false);
        return;
      }
      conn.awaitingAck = true;
      conn.lastBeatNanos = nanoTime.getAsLong();
      seq = sequence;
      conn.heartbeatTask = scheduler.schedule(() -> heartbeatTick(conn), conn.heartbeatIntervalNanos,
          TimeUnit.NANOSECONDS);
    }
    send(conn, GatewayPayloads.heartbeat(seq), true);
  }

  private void heartbeatNow(ShardConnection conn) {
    long seq;
    synchronized (lock) {
      if (conn.abandoned) {
        return;
      }
      seq = sequence;
    }
    send(conn, GatewayPayloads.heartbeat(seq), true);
  }

  // ---------------------------------------------------------------- sending

  /** Sends on the scheduler thread; {@code priority} sends may use the heartbeat reserve. */
  private void send(ShardConnection conn, String payload, boolean priority) {
    synchronized (lock) {
      if (conn.abandoned) {
        return;
      }
      if (!conn.limiter.tryAcquire(priority, nanoTime.getAsLong())) {
        log.warn("shard {} reached the gateway send limit; dropped a priority frame", id);
        return;
      }
    }
    write(conn, payload);
  }

  private void write(ShardConnection conn, String payload) {
    try {
      conn.send(payload);
    } catch (WebsocketNotConnectedException e) {
      log.debug("shard {} connection {} is not open; frame not sent", id, conn.number);
    }
  }

  private void flushOutbox() {
    ShardConnection conn;
    List<String> batch = new ArrayList<>();
    synchronized (lock) {
      conn = current;
      if (conn == null || conn.abandoned || !conn.handshakeComplete) {
        return;
      }
      long now = nanoTime.getAsLong();
      while (!outbox.isEmpty() && conn.limiter.tryAcquire(false, now)) {
        batch.add(outbox.poll());
      }
      if (!outbox.isEmpty() && !conn.flushScheduled) {
        conn.flushScheduled = true;
        long wait = Math.max(1, conn.limiter.nanosUntilReset(now));
        log.debug("shard {} send limit reached; {} frames wait {} ms", id, outbox.size(), wait / 1_000_000);
        scheduler.schedule(() -> {
          synchronized (lock) {
            conn.flushScheduled = false;
          }
          flushOutbox();
        }, wait, TimeUnit.NANOSECONDS);
      }
    }
    for (String payload : batch) {
      write(conn, payload);
    }
  }

  // ---------------------------------------------------------------- helpers

  private void later(Runnable task) {
    try {
      scheduler.execute(task);
    } catch (RejectedExecutionException e) {
      log.debug("shard {}: scheduler stopped, task dropped", id);
    }
  }

  private static void cancel(Future<?> task) {
    if (task != null) {
      task.cancel(false);
    }
  }

  /**
   * Configures a {@link WebSocketGatewayShard}. Required: {@link #token}, {@link #intents}.
   * {@link #toString()} never shows the token.
   */
  public static final class Builder {
    private String token;
    private Intents intents;
    private int shardId;
    private int shardCount = 1;
    private String gatewayUrl = "wss://gateway.discord.gg";
    private boolean compress;
    private int largeThreshold = 250;
    private Presence presence;
    private DispatchSink sink = DispatchSink.NONE;
    private Logger logger;
    private IdentifyGate identifyGate = IdentifyGate.IMMEDIATE;
    private DoubleSupplier random = () -> ThreadLocalRandom.current().nextDouble();
    private LongSupplier nanoTime = System::nanoTime;
    private Duration backoffBase = Duration.ofSeconds(1);
    private Duration backoffCap = Duration.ofSeconds(60);
    private Duration helloTimeout = Duration.ofSeconds(30);
    private int maxMessageBytes = 64 * 1024 * 1024;
    private int sendCapacity = 120;
    private int heartbeatReserve = 3;
    private Duration sendWindow = Duration.ofSeconds(60);
    private Duration connectTimeout = Duration.ofSeconds(10);

    private Builder() {}

    /** The bot token (required). */
    public Builder token(String token) {
      this.token = Objects.requireNonNull(token, "token");
      return this;
    }

    /** The intents to identify with (required). */
    public Builder intents(Intents intents) {
      this.intents = Objects.requireNonNull(intents, "intents");
      return this;
    }

    /**
     * This shard's id and the bot's shard count (default 0 of 1).
     *
     * @throws IllegalArgumentException unless {@code 0 <= id < count}
     */
    public Builder shard(int id, int count) {
      if (count < 1 || id < 0 || id >= count) {
        throw new IllegalArgumentException("shard id must be in [0, count) and count at least 1, got " + id + " of " + count);
      }
      this.shardId = id;
      this.shardCount = count;
      return this;
    }

    /** The gateway URL (default Discord's); {@code ws://} is accepted only on loopback. */
    public Builder gatewayUrl(String url) {
      GatewayUrls.check(url);
      this.gatewayUrl = url;
      return this;
    }

    /** Whether to ask for zlib-stream transport compression (default off). */
    public Builder compress(boolean compress) {
      this.compress = compress;
      return this;
    }

    /**
     * Member count above which a guild is "large" (50 to 250, default 250).
     *
     * @throws IllegalArgumentException outside 50..250
     */
    public Builder largeThreshold(int largeThreshold) {
      if (largeThreshold < 50 || largeThreshold > 250) {
        throw new IllegalArgumentException("large_threshold must be between 50 and 250, got " + largeThreshold);
      }
      this.largeThreshold = largeThreshold;
      return this;
    }

    /** The presence to identify with (default none). */
    public Builder presence(Presence presence) {
      this.presence = presence;
      return this;
    }

    /** Where dispatches and connection changes go (default: nowhere). */
    public Builder sink(DispatchSink sink) {
      this.sink = Objects.requireNonNull(sink, "sink");
      return this;
    }

    /** The logger (default this class's). */
    public Builder logger(Logger logger) {
      this.logger = Objects.requireNonNull(logger, "logger");
      return this;
    }

    /** Who decides when the shard may identify (default: immediately). Share one {@link IdentifyBuckets} per bot. */
    public Builder identifyGate(IdentifyGate gate) {
      this.identifyGate = Objects.requireNonNull(gate, "gate");
      return this;
    }

    /** A source of uniform doubles in [0, 1) for jitter and nonces (tests can fix it). */
    public Builder random(DoubleSupplier random) {
      this.random = Objects.requireNonNull(random, "random");
      return this;
    }

    /** A monotonic clock in nanoseconds (default {@link System#nanoTime()}). */
    public Builder clock(LongSupplier nanoTime) {
      this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
      return this;
    }

    /** The reconnect backoff: the first retry waits up to {@code base}, later ones double, up to {@code cap}. */
    public Builder reconnectBackoff(Duration base, Duration cap) {
      if (base.isNegative() || cap.isNegative()) {
        throw new IllegalArgumentException("backoff durations must not be negative");
      }
      this.backoffBase = base;
      this.backoffCap = cap;
      return this;
    }

    /** How long to wait for HELLO before reconnecting (default 30 s). */
    public Builder helloTimeout(Duration timeout) {
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("hello timeout must be positive, got " + timeout);
      }
      this.helloTimeout = timeout;
      return this;
    }

    /** The largest inflated message accepted (default 64 MiB); larger ones are reported as malformed. */
    public Builder maxMessageBytes(int max) {
      if (max < 1024) {
        throw new IllegalArgumentException("maxMessageBytes must be at least 1024, got " + max);
      }
      this.maxMessageBytes = max;
      return this;
    }

    /**
     * The send limit per connection (default Discord's: 120 per 60 s, 3 kept for heartbeats).
     *
     * @throws IllegalArgumentException if the reserve is not below the capacity
     */
    public Builder sendLimit(int capacity, Duration window, int heartbeatReserve) {
      if (capacity < 2 || heartbeatReserve < 1 || heartbeatReserve >= capacity || window.isNegative() || window.isZero()) {
        throw new IllegalArgumentException("send limit needs capacity >= 2, 1 <= reserve < capacity and a positive window");
      }
      this.sendCapacity = capacity;
      this.sendWindow = window;
      this.heartbeatReserve = heartbeatReserve;
      return this;
    }

    /** TCP/TLS connect timeout (default 10 s). */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = Objects.requireNonNull(timeout, "timeout");
      return this;
    }

    /**
     * Builds the shard (not connected yet: call {@link WebSocketGatewayShard#start()}).
     *
     * @throws IllegalStateException if the token or the intents are missing
     */
    public WebSocketGatewayShard build() {
      if (token == null) {
        throw new IllegalStateException("a shard needs a token");
      }
      if (intents == null) {
        throw new IllegalStateException("a shard needs intents");
      }
      return new WebSocketGatewayShard(this);
    }
  }
}

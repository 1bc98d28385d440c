package dev.shardwire.gateway.session;

import dev.shardwire.gateway.CloseCodes;
import dev.shardwire.gateway.GatewayClosedException;
import dev.shardwire.gateway.UpgradeRefusedException;
import dev.shardwire.gateway.wire.Printable;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A shard's connections, one after another: opens one, gives it up ({@link #abandon}) for any of
 * the reasons in {@link Disconnect}, and opens the next after the {@link ReconnectPolicy}'s
 * backoff, until {@code close()} or a fatal close code stops the shard for good.
 *
 * <p>Giving up a connection is immediate and one-way: from then on none of its frames is read and
 * its timers do nothing, even though its socket may still be closing; so a new connection can
 * start while the old one winds down. {@code current} is the connection frames are read from.
 *
 * <p>Owned by the shard's executor: {@code current} and the number of connections opened change
 * only in its tasks, and sockets are opened and closed there. The socket callbacks arrive on each
 * connection's read thread, which stops reading and hands the rest over as a task; {@code close()}
 * on a caller's thread marks the shard stopped and does the same. {@link #isConnected()}, {@link
 * #isStarted()} and {@link #isStopped()} may be read from any thread.
 */
public final class ShardLifecycle {

  /**
   * Connections in a row to the session's resume URL that ended before its HELLO after which the
   * shard resumes at the gateway URL instead: a resume host that never answers must not keep a
   * shard away for good.
   */
  static final int RESUME_URL_ATTEMPTS = 3;

  /**
   * The longest {@code Retry-After} of a refused upgrade the shard waits: a server that asks for
   * days must not park a shard for days.
   */
  static final long MAX_RETRY_AFTER_NANOS = TimeUnit.MINUTES.toNanos(10);

  /** How long a socket may take to answer our close frame before we cut it. */
  private static final long CLOSE_GRACE_NANOS = TimeUnit.SECONDS.toNanos(5);

  private final ShardContext ctx;
  private final SessionState session;
  private final ReconnectPolicy reconnect;
  private final Outbound outbound;
  private final ShardOutcome outcome;
  private final URI gatewayUri;
  private final ConnectionFactory connections;
  private final long helloTimeoutNanos;
  private InboundFrames inbound;

  // Owned by the shard's executor.
  private ShardConnection current;
  private int opened;
  /** Connections in a row to the resume URL that got no HELLO. */
  private int resumeUrlMisses;
  /** The least wait before the next connection, which a refused upgrade's Retry-After asked for; 0 for none. */
  private long retryAfterNanos;
  /** The next connection, scheduled after a backoff (up to 10 minutes with a Retry-After); null when none waits. */
  private Future<?> reconnectTask;

  // Written on callers' threads and the executor, read anywhere.
  /** Whether start() was called. */
  private final AtomicBoolean started = new AtomicBoolean();
  /** Whether the shard stopped for good: close(), or a fatal close code. */
  private final AtomicBoolean stopped = new AtomicBoolean();
  private volatile boolean connected;

  public ShardLifecycle(ShardContext ctx, SessionState session, ReconnectPolicy reconnect, Outbound outbound,
      ShardOutcome outcome, ShardSettings settings) {
    this.ctx = ctx;
    this.session = session;
    this.reconnect = reconnect;
    this.outbound = outbound;
    this.outcome = outcome;
    this.gatewayUri = GatewayUrls.check(settings.gatewayUrl());
    this.connections = new ConnectionFactory(settings);
    this.helloTimeoutNanos = settings.helloTimeout().toNanos();
  }

  /** Where the frames of every connection go; set once, before {@link #start()}. */
  public void readFramesWith(InboundFrames inbound) {
    this.inbound = inbound;
  }

  /** Whether a connection has completed its handshake and not been given up since. */
  public boolean isConnected() {
    return connected;
  }

  /** The connection frames are read from, or null; on the executor. */
  public ShardConnection current() {
    ctx.executor().checkOwner();
    return current;
  }

  /** Whether the shard has stopped for good; any thread. */
  public boolean isStopped() {
    return stopped.get();
  }

  /** Whether {@link #start()} was called; any thread. */
  public boolean isStarted() {
    return started.get();
  }

  /**
   * Takes the stored session, if any (on the calling thread), and opens the first connection,
   * once; does nothing after a stop.
   */
  public void start() {
    if (!stopped.get() && started.compareAndSet(false, true)) {
      synchronized (ctx.inbound()) { // the session is the inbound stream's
        session.restore(); // a stored session: the first connection resumes it
      }
      ctx.executor().execute(this::connect);
    }
  }

  /**
   * Stops the shard for good; idempotent. The executor then closes the current connection with 1000
   * (ending the session), drops queued requests and stops once the close grace has passed (cutting
   * a socket whose server never answered); the caller does not wait for that.
   */
  public void close() {
    if (!stopped.compareAndSet(false, true)) {
      return;
    }
    ctx.executor().execute(() -> {
      // Its timer would otherwise keep the closed shard reachable from the pool until it fired.
      ShardExecutor.cancel(reconnectTask);
      reconnectTask = null;
      ShardConnection conn = current;
      if (conn != null) {
        abandon(conn, Disconnect.shutdown());
        try {
          conn.close(CloseCodes.SHUTDOWN, "shutdown");
        } catch (RuntimeException e) {
          ctx.log().debug("shard {}: error while closing: {}", ctx.id(), e.toString());
        }
      }
      outbound.clear();
      // The executor stops only after the close grace: a server that never answers the close
      // frame (or never answered the upgrade) would keep the socket and its two threads for good,
      // and the cuts of connections given up just before are still pending.
      Runnable stop = () -> {
        if (conn != null) {
          cutIfOpen(conn, CloseCodes.SHUTDOWN, "shutdown");
        }
        ctx.executor().shutdown();
      };
      if (ctx.executor().schedule(stop, CLOSE_GRACE_NANOS) == null) {
        stop.run();
      }
    });
    ctx.log().info("shard {} closed", ctx.id());
    outcome.closedByCaller(ctx.id());
  }

  private void connect() {
    ctx.executor().checkOwner();
    reconnectTask = null;
    if (stopped.get()) {
      return;
    }
    ShardConnection conn;
    URI base;
    synchronized (ctx.inbound()) {
      base = session.connectBase(gatewayUri);
    }
    conn = connections.open(base, ++opened, this, inbound);
    conn.toResumeUrl = !base.equals(gatewayUri);
    current = conn;
    conn.helloTimeout = ctx.executor().schedule(() -> helloTimedOut(conn), helloTimeoutNanos);
    ctx.log().debug("shard {} opening connection {} to {}", ctx.id(), conn.number, conn.getURI());
    // On the executor, as close() is: a close cannot slip in between opening and connecting and
    // leave a socket nobody owns. connect() only starts the connection's thread.
    conn.connect();
  }

  private void helloTimedOut(ShardConnection conn) {
    if (conn.abandoned || conn.helloReceived) {
      return;
    }
    boolean reported;
    synchronized (ctx.inbound()) {
      reported = conn.unusableHello;
    }
    if (reported) {
      ctx.log().debug("shard {} gives up connection {}, whose HELLO had no usable interval; reconnecting", ctx.id(),
          conn.number);
    } else {
      ctx.log().warn("shard {} got no HELLO on connection {}; reconnecting", ctx.id(), conn.number);
    }
    abandon(conn, Disconnect.noHello());
  }

  void onOpen(ShardConnection conn) {
    ctx.log().debug("shard {} connection {} open", ctx.id(), conn.number);
  }

  /** The gateway pings {@code conn} faster than it reads the pongs; once per connection, on its read thread. */
  void onPongsReplaced(ShardConnection conn) {
    ctx.log().warn("shard {} connection {}: the gateway sends pings faster than it reads the pongs; answering only"
        + " the latest", ctx.id(), conn.number);
  }

  void onError(ShardConnection conn, Exception error) {
    ctx.log().debug("shard {} connection {} error: {}", ctx.id(), conn.number, error.toString());
  }

  /**
   * {@code conn}'s socket closed, whoever closed it; runs on its read thread, which stops reading it
   * and hands the rest to the executor. A server that refused the WebSocket upgrade ({@code
   * refusal}, else null) is reported to the sink here, on the read thread as every malformed
   * frame is, unless the connection was given up before its answer came.
   */
  void onClosed(ShardConnection conn, int code, String reason, UpgradeRefusedException refusal) {
    // The library's close leaves the socket to its write thread, which a server that reads nothing
    // holds in a write for good: cut it after the grace, whatever becomes of the shard meanwhile.
    ctx.executor().scheduleRegardless(conn::cutSocket, CLOSE_GRACE_NANOS);
    boolean reported;
    synchronized (ctx.inbound()) {
      if (refusal != null && !conn.readingStopped) {
        ctx.notifySink("a refused upgrade", sink -> sink.onMalformedFrame(ctx.shard(), refusal));
      }
      conn.readingStopped = true;
      reported = conn.failedForARefusedFrame;
    }
    ctx.executor().execute(() -> closed(conn, code, reason, refusal, reported));
  }

  /**
   * @param reported whether the shard failed {@code conn} itself for a frame it refused, which was
   *     logged and reported then: the close that follows is logged at DEBUG, so a fault is one WARN
   */
  private void closed(ShardConnection conn, int code, String reason, UpgradeRefusedException refusal,
      boolean reported) {
    if (conn.abandoned) {
      ctx.log().debug("shard {} connection {} closed ({} {})", ctx.id(), conn.number, code, CloseCodes.describe(code));
      return;
    }
    if (refusal != null) {
      // The connection never opened, so its close code (the library's 1002) says nothing.
      long asked = refusal.retryAfter().map(ShardLifecycle::nanosOf).orElse(0L);
      retryAfterNanos = Math.min(asked, MAX_RETRY_AFTER_NANOS);
      ctx.log().warn("shard {} connection {}: {}; reconnecting{}", ctx.id(), conn.number, Printable.of(refusal.getMessage()),
          asked > MAX_RETRY_AFTER_NANOS ? " in " + MAX_RETRY_AFTER_NANOS / 1_000_000_000 + " s, the longest it waits"
              : asked > 0 ? " once the Retry-After has passed" : "");
      abandon(conn, Disconnect.closed(code, reason));
      return;
    }
    Disconnect next = ReconnectPolicy.afterClose(code, reason);
    GatewayClosedException fatal = null;
    if (!next.reconnect()) {
      ctx.log().error("shard {} closed by the gateway with fatal code {} ({}) {}; not reconnecting",
          ctx.id(), code, CloseCodes.describe(code), Printable.of(reason));
      stopped.set(true);
      fatal = new GatewayClosedException(ctx.id(), code, reason);
    } else if (reported) {
      ctx.log().debug("shard {} connection {} closed with {} after the frame it refused; reconnecting", ctx.id(),
          conn.number, code);
    } else {
      ctx.log().warn("shard {} connection {} closed with {} ({}){}; reconnecting{}", ctx.id(), conn.number, code,
          CloseCodes.describe(code), reason == null || reason.isEmpty() ? "" : " " + Printable.of(reason),
          next.forgetSession() ? " with a new session" : "");
    }
    abandon(conn, next);
    if (fatal != null) {
      ctx.executor().shutdown();
      outcome.closedForGood(fatal);
    }
  }

  /**
   * The read thread gave {@code conn} up (op 7, op 9, a broken stream, an unusable READY): it has
   * stopped reading it already, and the executor does the rest ({@link #abandon}).
   */
  void giveUpFromReadThread(ShardConnection conn, Disconnect why) {
    ctx.inbound().checkHeld();
    conn.readingStopped = true;
    ctx.executor().execute(() -> abandon(conn, why));
  }

  /**
   * Gives up {@code conn}: no frame of it is read any more, its timers stop, the sink hears of the
   * disconnect, and what {@code why} asks for follows. On the executor.
   */
  public void abandon(ShardConnection conn, Disconnect why) {
    ctx.executor().checkOwner();
    if (conn.abandoned) {
      return;
    }
    conn.abandoned = true;
    ShardExecutor.cancel(conn.heartbeatTask);
    ShardExecutor.cancel(conn.helloTimeout);
    ShardExecutor.cancel(conn.handshakeTimeout);
    if (current == conn) {
      current = null;
    }
    synchronized (ctx.inbound()) {
      conn.readingStopped = true;
      if (why.forgetSession()) {
        session.forget();
      } else if (conn.toResumeUrl && !conn.helloReceived && ++resumeUrlMisses >= RESUME_URL_ATTEMPTS) {
        ctx.log().warn("shard {}: the resume URL {} did not answer {} times in a row; resuming at the gateway URL",
            ctx.id(), conn.getURI().getHost(), resumeUrlMisses);
        session.dropResumeUri();
        resumeUrlMisses = 0;
      }
      if (conn.handshakeSeen) {
        connected = false;
        ctx.notifySink("disconnect", sink -> sink.onDisconnected(ctx.shard()));
      }
    }
    if (why.closeCode() > 0) {
      ctx.executor().execute(() -> closeSocket(conn, why.closeCode(), why.reason()));
    }
    if (why.reconnect() && !stopped.get()) {
      long delay = Math.max(reconnect.nextDelayNanos(why), retryAfterNanos);
      retryAfterNanos = 0;
      ctx.log().debug("shard {} reconnecting in {} ms (attempt {})", ctx.id(), delay / 1_000_000, reconnect.attempts());
      reconnectTask = ctx.executor().schedule(this::connect, delay);
    }
  }

  private static long nanosOf(Duration wait) {
    return wait.compareTo(Duration.ofNanos(Long.MAX_VALUE)) >= 0 ? Long.MAX_VALUE : wait.toNanos();
  }

  private void closeSocket(ShardConnection conn, int code, String reason) {
    try {
      conn.close(code, reason);
    } catch (RuntimeException e) {
      ctx.log().debug("shard {}: error while closing connection {}: {}", ctx.id(), conn.number, e.toString());
    }
    // A peer that never answers the close frame would keep the socket open: cut it after a grace period.
    if (ctx.executor().schedule(() -> cutIfOpen(conn, code, reason), CLOSE_GRACE_NANOS) == null) {
      conn.closeConnection(code, reason);
    }
  }

  private static void cutIfOpen(ShardConnection conn, int code, String reason) {
    if (!conn.isClosed()) {
      conn.closeConnection(code, reason);
    }
    conn.cutSocket(); // closing the connection alone does not free a write thread stuck in a write
  }

  /**
   * One of {@code conn}'s own heartbeats was acknowledged after its handshake: the connection works
   * both ways, so the next reconnect is a first attempt again. On the executor.
   */
  public void proven(ShardConnection conn) {
    ctx.executor().checkOwner();
    if (!conn.abandoned && conn.handshakeComplete) {
      reconnect.connected();
    }
  }

  /**
   * READY or RESUMED reached the sink on {@code conn}, which heard "connected" then: the connection
   * is up. On the executor, handed over by the read thread.
   */
  void handshakeComplete(ShardConnection conn, boolean isReady) {
    ctx.executor().checkOwner();
    // The first handshake completes start(): READY, or RESUMED of a session restored from a store;
    // the sink saw it, whatever happens to the connection next.
    if (conn.handshakeComplete || conn.abandoned) {
      outcome.readyReceived();
      return;
    }
    conn.handshakeComplete = true;
    resumeUrlMisses = 0;
    ShardExecutor.cancel(conn.handshakeTimeout);
    // The backoff is not reset here but once the connection has proved itself (proven()):
    // a gateway that drops every session right after its handshake must not be hammered at the
    // base delay forever.
    connected = true;
    // Only now, so that whoever waited on start() finds the shard connected.
    outcome.readyReceived();
    ctx.log().info("shard {} {} on connection {}", ctx.id(), isReady ? "is ready" : "resumed its session", conn.number);
    outbound.flush();
  }
}

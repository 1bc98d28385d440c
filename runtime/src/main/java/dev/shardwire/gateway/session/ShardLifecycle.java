package dev.shardwire.gateway.session;

import dev.shardwire.gateway.CloseCodes;
import dev.shardwire.gateway.GatewayClosedException;
import java.net.URI;
import java.util.concurrent.TimeUnit;

/**
 * A shard's connections, one after another: opens one, gives it up ({@link #abandon}) for any of
 * the reasons in {@link Disconnect}, and opens the next after the {@link ReconnectPolicy}'s
 * backoff, until {@code close()} or a fatal close code stops the shard for good.
 *
 * <p>Giving up a connection is immediate and one-way: from then on none of its frames is read and
 * its timers do nothing, even though its socket may still be closing; so a new connection can
 * start while the old one winds down. {@code current} is the connection frames are read from.
 *
 * <p>Guarded by the shard's lock: {@code current}, {@code started}, {@code stopped} and the
 * number of connections opened; {@link #isConnected()} is volatile for readers without the lock.
 * The socket callbacks arrive on each connection's read thread; sockets are opened and closed on
 * the scheduler thread, or on the caller's thread in {@link #close()}.
 */
public final class ShardLifecycle {

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

  // Guarded by the lock.
  private ShardConnection current;
  private boolean started;
  private boolean stopped;
  private int opened;

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

  /** The connection frames are read from, or null; the caller holds the lock. */
  public ShardConnection current() {
    return current;
  }

  /** Whether the shard has stopped for good; the caller holds the lock. */
  public boolean isStopped() {
    return stopped;
  }

  /** Whether {@link #start()} was called; the caller holds the lock. */
  public boolean isStarted() {
    return started;
  }

  /** Opens the first connection, once; does nothing after a stop. */
  public void start() {
    synchronized (ctx.lock()) {
      if (!started && !stopped) {
        started = true;
        ctx.executor().execute(this::connect);
      }
    }
  }

  /** Closes the current connection with 1000 (ending the session) and stops; idempotent. */
  public void close() {
    ShardConnection conn;
    synchronized (ctx.lock()) {
      if (stopped) {
        return;
      }
      stopped = true;
      conn = current;
      if (conn != null) {
        abandon(conn, Disconnect.shutdown());
      }
      outbound.clear();
    }
    if (conn != null) {
      try {
        conn.close(CloseCodes.SHUTDOWN, "shutdown");
      } catch (RuntimeException e) {
        ctx.log().debug("shard {}: error while closing: {}", ctx.id(), e.toString());
      }
    }
    ctx.executor().shutdown();
    ctx.log().info("shard {} closed", ctx.id());
    outcome.closedByCaller(ctx.id());
  }

  private void connect() {
    ShardConnection conn;
    synchronized (ctx.lock()) {
      if (stopped) {
        return;
      }
      conn = connections.open(session.connectBase(gatewayUri), ++opened, this, inbound);
      current = conn;
      conn.helloTimeout = ctx.executor().schedule(() -> helloTimedOut(conn), helloTimeoutNanos);
      ctx.log().debug("shard {} opening connection {} to {}", ctx.id(), conn.number, conn.getURI());
      // Under the lock, so that a close() cannot slip in between opening and connecting and leave
      // a socket nobody owns; connect() only starts the connection's thread.
      conn.connect();
    }
  }

  private void helloTimedOut(ShardConnection conn) {
    synchronized (ctx.lock()) {
      if (conn.abandoned || conn.helloReceived) {
        return;
      }
      ctx.log().warn("shard {} got no HELLO on connection {}; reconnecting", ctx.id(), conn.number);
      abandon(conn, Disconnect.noHello());
    }
  }

  void onOpen(ShardConnection conn) {
    ctx.log().debug("shard {} connection {} open", ctx.id(), conn.number);
  }

  void onError(ShardConnection conn, Exception error) {
    ctx.log().debug("shard {} connection {} error: {}", ctx.id(), conn.number, error.toString());
  }

  /** {@code conn}'s socket closed, whoever closed it; runs on its read thread. */
  void onClosed(ShardConnection conn, int code, String reason) {
    GatewayClosedException fatal = null;
    synchronized (ctx.lock()) {
      if (conn.abandoned) {
        ctx.log().debug("shard {} connection {} closed ({} {})", ctx.id(), conn.number, code, CloseCodes.describe(code));
        return;
      }
      Disconnect next = ReconnectPolicy.afterClose(code, reason);
      if (!next.reconnect()) {
        ctx.log().error("shard {} closed by the gateway with fatal code {} ({}) {}; not reconnecting",
            ctx.id(), code, CloseCodes.describe(code), reason);
        stopped = true;
        fatal = new GatewayClosedException(ctx.id(), code, reason);
      } else {
        ctx.log().warn("shard {} connection {} closed with {} ({}){}; reconnecting{}", ctx.id(), conn.number, code,
            CloseCodes.describe(code), reason == null || reason.isEmpty() ? "" : " " + reason,
            next.forgetSession() ? " with a new session" : "");
      }
      abandon(conn, next);
    }
    if (fatal != null) {
      ctx.executor().shutdown();
      outcome.closedForGood(fatal);
    }
  }

  /**
   * Gives up {@code conn}: no frame of it is read any more, its timers stop, the sink hears of the
   * disconnect, and what {@code why} asks for follows. The caller holds the lock.
   */
  public void abandon(ShardConnection conn, Disconnect why) {
    if (conn.abandoned) {
      return;
    }
    conn.abandoned = true;
    ShardExecutor.cancel(conn.heartbeatTask);
    ShardExecutor.cancel(conn.helloTimeout);
    ShardExecutor.cancel(conn.handshakeTimeout);
    if (why.forgetSession()) {
      session.forget();
    }
    if (current == conn) {
      current = null;
    }
    if (conn.handshakeComplete) {
      connected = false;
      ctx.notifySink("disconnect", sink -> sink.onDisconnected(ctx.shard()));
    }
    if (why.closeCode() > 0) {
      ctx.executor().execute(() -> closeSocket(conn, why.closeCode(), why.reason()));
    }
    if (why.reconnect() && !stopped) {
      long delay = reconnect.nextDelayNanos();
      ctx.log().debug("shard {} reconnecting in {} ms (attempt {})", ctx.id(), delay / 1_000_000, reconnect.attempts());
      ctx.executor().schedule(this::connect, delay);
    }
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
  }

  /**
   * READY or RESUMED reached the sink on {@code conn}: the connection is up. Runs on the read
   * thread with the lock held.
   */
  void handshakeComplete(ShardConnection conn, boolean isReady) {
    if (conn.handshakeComplete) {
      return;
    }
    conn.handshakeComplete = true;
    ShardExecutor.cancel(conn.handshakeTimeout);
    reconnect.connected();
    connected = true;
    ctx.log().info("shard {} {} on connection {}", ctx.id(), isReady ? "is ready" : "resumed its session", conn.number);
    ctx.notifySink("connect", sink -> sink.onConnected(ctx.shard()));
    // The first handshake completes start(): READY, or RESUMED of a session restored from a store.
    outcome.readyReceived();
    ctx.executor().execute(outbound::flush);
  }
}

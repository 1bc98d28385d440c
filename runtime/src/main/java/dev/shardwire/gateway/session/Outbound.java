package dev.shardwire.gateway.session;

import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.java_websocket.exceptions.WebsocketNotConnectedException;

/**
 * The shard's outbound path. Two kinds of frames go out, both counted against the connection's
 * {@link SendLimiter}:
 *
 * <ul>
 *   <li>the shard's own (IDENTIFY, RESUME, heartbeats), sent at once on the connection they belong
 *       to and allowed to use the heartbeat reserve, so requests can never starve a connection
 *       into a zombie; a beat the gateway asks for (op 1) is sent at once too, from the reserve
 *       only once per heartbeat interval, so that the gateway's asking cannot starve it either;
 *   <li>callers' requests, queued in the outbox and flushed to whatever connection is current once
 *       its handshake is done; when the limit is reached the rest waits for the oldest send to leave the window.
 *       The outbox outlives connections, so a request made during a reconnect is sent after it.
 * </ul>
 *
 * <p>Owned by the shard's executor: the outbox and the limiters change only in its tasks, which
 * also write the frames (Java-WebSocket queues them for its write thread).
 */
public final class Outbound {

  private final ShardContext ctx;
  private final Supplier<ShardConnection> current;
  private final ArrayDeque<String> outbox = new ArrayDeque<>();

  /**
   * @param current the connection requests go to; called on the executor
   */
  public Outbound(ShardContext ctx, Supplier<ShardConnection> current) {
    this.ctx = ctx;
    this.current = current;
  }

  /** Sends one of the shard's own frames on {@code conn} now, unless {@code conn} was given up. */
  void sendNow(ShardConnection conn, String payload) {
    ctx.executor().checkOwner();
    if (conn.abandoned) {
      return;
    }
    if (!conn.limiter.tryAcquire(true, ctx.nanoTime().getAsLong())) {
      ctx.log().warn("shard {} reached the gateway send limit; dropped a priority frame", ctx.id());
      return;
    }
    write(conn, payload);
  }

  /**
   * Answers the gateway's op 1 on {@code conn} at once: from the part of the send limit that
   * requests use while it has room, else from the heartbeat reserve, but from the reserve at most
   * once per heartbeat interval. Discord asks rarely and expects an answer, which a bot whose
   * requests fill every window would otherwise never give; an answer from the reserve never takes
   * the room of the shard's own frames due before the oldest send in the window leaves it ({@link #ownFramesDue}), whose
   * going unacknowledged is how a dead connection is found, whatever reserve and interval are set. An op 1 refused goes unanswered; one WARN per connection.
   */
  void sendRequestedBeat(ShardConnection conn, String payload) {
    ctx.executor().checkOwner();
    if (conn.abandoned) {
      return;
    }
    long now = ctx.nanoTime().getAsLong();
    if (conn.limiter.tryAcquire(false, now)) {
      write(conn, payload);
      return;
    }
    // Before HELLO there is no interval yet: the longest the shard would beat at stands in.
    long interval = conn.heartbeatIntervalNanos > 0
        ? conn.heartbeatIntervalNanos : TimeUnit.MILLISECONDS.toNanos(Heartbeater.MAX_INTERVAL_MILLIS);
    boolean reserveFree = !conn.reservedBeatAnswered || now - conn.reservedBeatAnswerNanos >= interval;
    if (reserveFree && conn.limiter.tryAcquireLeaving(ownFramesDue(conn, interval, now), now)) {
      conn.reservedBeatAnswered = true;
      conn.reservedBeatAnswerNanos = now;
      write(conn, payload);
      return;
    }
    if (!conn.beatRequestsRefused) {
      conn.beatRequestsRefused = true;
      ctx.log().warn("shard {} connection {}: the gateway asks for heartbeats (op 1) faster than the send limit"
          + " allows; answering at most one per heartbeat interval while its send window is full", ctx.id(), conn.number);
    }
  }

  /**
   * How many frames of its own the shard may still send on {@code conn} before every send now in
   * its window has left it (room freed earlier may go to requests): a beat per interval until
   * then, and the IDENTIFY or RESUME until the handshake is done. An answer to op 1 from the
   * reserve leaves that much room, whatever reserve and interval are set.
   */
  private static int ownFramesDue(ShardConnection conn, long intervalNanos, long now) {
    long left = conn.limiter.nanosUntilClear(now);
    long beats = (left + intervalNanos - 1) / intervalNanos;
    return (int) Math.min(Integer.MAX_VALUE - 1, beats) + (conn.handshakeComplete ? 0 : 1);
  }

  /** Queues a caller's request and sends what the limit allows. On the executor. */
  public void enqueue(String payload) {
    ctx.executor().checkOwner();
    outbox.add(payload);
    flush();
  }

  /** Drops every queued request (the shard is closing). On the executor. */
  void clear() {
    ctx.executor().checkOwner();
    outbox.clear();
  }

  /** Sends what the send limit allows now, and schedules one more flush for the rest. On the executor. */
  void flush() {
    ctx.executor().checkOwner();
    ShardConnection conn = current.get();
    if (conn == null || conn.abandoned || !conn.handshakeComplete) {
      return; // the next handshake flushes
    }
    long now = ctx.nanoTime().getAsLong();
    while (!outbox.isEmpty() && conn.limiter.tryAcquire(false, now)) {
      write(conn, outbox.poll());
    }
    if (!outbox.isEmpty() && !conn.flushScheduled) {
      conn.flushScheduled = true;
      long wait = Math.max(1, conn.limiter.nanosUntilReset(now));
      ctx.log().debug("shard {} send limit reached; {} frames wait {} ms", ctx.id(), outbox.size(), wait / 1_000_000);
      ctx.executor().schedule(() -> {
        conn.flushScheduled = false;
        flush();
      }, wait);
    }
  }

  private void write(ShardConnection conn, String payload) {
    try {
      conn.send(payload);
    } catch (WebsocketNotConnectedException e) {
      ctx.log().debug("shard {} connection {} is not open; frame not sent", ctx.id(), conn.number);
    }
  }
}

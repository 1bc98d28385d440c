package dev.shardwire.gateway.session;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;

/**
 * Heartbeats: every connection beats at the interval HELLO gave, the first beat after a random
 * part of it (Discord asks for this jitter so that shards restarted together do not all beat at
 * once), each carrying the last sequence number. A beat that is still unacknowledged when the next
 * one is due means a zombie connection: it is given up and resumed. The time from a beat to its
 * ACK is the shard's latency.
 *
 * <p>The per-connection state lives on {@link ShardConnection} and is owned by the shard's
 * executor, where beats are sent and ACKs (timed on the read thread) are taken in; the latency is
 * published volatile and the sequence a beat carries is the session's volatile last one. Each beat is
 * scheduled an interval after the previous one ran, so a stalled scheduler delays beats but never
 * bunches them.
 */
public final class Heartbeater {

  /**
   * The longest interval the shard beats at, 2 minutes, whatever HELLO asks (Discord's is 41.25 s):
   * a zombie connection is found within two intervals, so a gateway that asked for hours and then
   * went silent would otherwise hold a shard for hours. Beating more often than asked is harmless.
   */
  static final long MAX_INTERVAL_MILLIS = 120_000;

  /**
   * The shortest interval the shard beats at, 1 s, whatever HELLO asks: a beat still unacknowledged
   * when the next is due makes a zombie, so the interval is also the slowest round trip the shard
   * tolerates. A HELLO asking for 1 ms would have the shard beat as fast as its executor runs, and
   * one asking for 100 ms would make every round trip slower than that (a loaded host, a distant
   * gateway) a reconnect, forever.
   */
  static final long MIN_INTERVAL_MILLIS = 1_000;

  private final ShardContext ctx;
  private final DoubleSupplier random;
  private final SessionState session;
  private final Outbound outbound;
  private final Consumer<ShardConnection> zombie;
  private final Consumer<ShardConnection> acknowledged;
  private volatile long latencyNanos = -1;

  /**
   * @param zombie gives up a connection whose beat went unacknowledged; called on the executor
   * @param acknowledged hears of each of a connection's own beats acknowledged; called on the executor
   */
  public Heartbeater(ShardContext ctx, DoubleSupplier random, SessionState session, Outbound outbound,
      Consumer<ShardConnection> zombie, Consumer<ShardConnection> acknowledged) {
    this.ctx = ctx;
    this.random = random;
    this.session = session;
    this.outbound = outbound;
    this.zombie = zombie;
    this.acknowledged = acknowledged;
  }

  /** The time between the last acknowledged beat and its ACK, if any beat was acknowledged. */
  public Optional<Duration> latency() {
    long nanos = latencyNanos;
    return nanos < 0 ? Optional.empty() : Optional.of(Duration.ofNanos(nanos));
  }

  /** HELLO gave {@code conn}'s interval: schedules its first, jittered beat. On the executor. */
  void start(ShardConnection conn, long intervalMillis) {
    ctx.executor().checkOwner();
    if (conn.abandoned) {
      return;
    }
    conn.heartbeatIntervalNanos = TimeUnit.MILLISECONDS.toNanos(intervalMillis);
    long first = (long) (conn.heartbeatIntervalNanos * random.getAsDouble());
    conn.heartbeatTask = ctx.executor().schedule(() -> tick(conn), first);
  }

  /** Op 11 arrived on {@code conn} at {@code receivedNanos} (read on the read thread). On the executor. */
  void acknowledged(ShardConnection conn, long receivedNanos) {
    ctx.executor().checkOwner();
    if (conn.awaitingAck) {
      conn.awaitingAck = false;
      latencyNanos = receivedNanos - conn.lastBeatNanos;
      acknowledged.accept(conn);
    }
  }

  /**
   * Op 1: the gateway asks for a beat now, outside the schedule; answered from the part of the
   * send limit that requests use, or else from the heartbeat reserve at most once per interval
   * ({@link Outbound#sendRequestedBeat}). On the executor.
   */
  void beatNow(ShardConnection conn) {
    ctx.executor().checkOwner();
    if (conn.abandoned) {
      return;
    }
    outbound.sendRequestedBeat(conn, GatewayPayloads.heartbeat(session.sequence()));
  }

  private void tick(ShardConnection conn) {
    if (conn.abandoned) {
      return;
    }
    if (conn.awaitingAck) {
      ctx.log().warn("shard {} heartbeat was not acknowledged: zombie connection {}, reconnecting", ctx.id(), conn.number);
      zombie.accept(conn);
      return;
    }
    conn.awaitingAck = true;
    conn.lastBeatNanos = ctx.nanoTime().getAsLong();
    conn.heartbeatTask = ctx.executor().schedule(() -> tick(conn), conn.heartbeatIntervalNanos);
    outbound.sendNow(conn, GatewayPayloads.heartbeat(session.sequence()));
  }
}

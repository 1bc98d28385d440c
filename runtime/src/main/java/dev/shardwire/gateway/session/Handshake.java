package dev.shardwire.gateway.session;

import dev.shardwire.gateway.IdentifyGate;
import dev.shardwire.gateway.Presence;
import dev.shardwire.models.Intents;
import java.util.function.Consumer;

/**
 * What a connection sends after HELLO: RESUME when the shard holds a session ({@link
 * SessionState#canResume()}), else IDENTIFY once the {@link IdentifyGate} lets it (Discord limits
 * how many sessions a bot may start at a time; resuming is not limited). READY or RESUMED then
 * completes the handshake, in {@link InboundFrames}; if neither comes within the handshake timeout
 * the connection is given up and the next one tries again.
 *
 * <p>Runs on the shard's executor, which owns it; reads the session under the inbound lock and
 * sends outside it.
 */
public final class Handshake {

  private final ShardContext ctx;
  private final SessionState session;
  private final Outbound outbound;
  private final GatewayPayloads payloads;
  private final Token token;
  private final IdentifyGate identifyGate;
  private final Intents intents;
  private final int shardCount;
  private final int largeThreshold;
  private Presence presence; // owned by the executor: updatePresence replaces it there
  private final long timeoutNanos;
  private final Consumer<ShardConnection> giveUp;

  /**
   * @param giveUp gives a connection up (called on the executor) when READY or RESUMED
   *     does not come in time
   */
  public Handshake(ShardContext ctx, SessionState session, Outbound outbound, GatewayPayloads payloads, Token token,
      ShardSettings settings, Consumer<ShardConnection> giveUp) {
    this.ctx = ctx;
    this.session = session;
    this.outbound = outbound;
    this.payloads = payloads;
    this.token = token;
    this.identifyGate = settings.identifyGate();
    this.intents = settings.intents();
    this.shardCount = settings.shardCount();
    this.largeThreshold = settings.largeThreshold();
    this.presence = settings.presence();
    this.timeoutNanos = settings.handshakeTimeout().toNanos();
    this.giveUp = giveUp;
  }

  /** The presence the next IDENTIFY carries, as the last presence update set it. On the executor. */
  public void presence(Presence presence) {
    ctx.executor().checkOwner();
    this.presence = presence;
  }

  /** HELLO arrived on {@code conn}: resume, or identify when the gate opens. On the executor. */
  void begin(ShardConnection conn) {
    ctx.executor().checkOwner();
    if (conn.abandoned) {
      return;
    }
    String sessionId;
    long seq;
    synchronized (ctx.inbound()) {
      sessionId = session.id().orElse(null);
      seq = session.sequence();
      conn.resumeSent = sessionId != null; // before the RESUME goes: its answer finds it set
    }
    if (sessionId != null) {
      ctx.log().debug("shard {} resuming session at sequence {}", ctx.id(), seq);
      outbound.sendNow(conn, payloads.resume(token, sessionId, seq));
      expectAnswer(conn);
    } else {
      // The gate completes on its own thread (a timer); identify from ours.
      identifyGate.acquire(ctx.id()).whenComplete((ignored, error) -> ctx.executor().execute(() -> identify(conn)));
    }
  }

  private void identify(ShardConnection conn) {
    if (conn.abandoned) {
      return;
    }
    synchronized (ctx.inbound()) {
      session.identifying();
      conn.identifySent = true; // before the IDENTIFY goes: its READY finds it set
    }
    ctx.log().debug("shard {} identifying", ctx.id());
    outbound.sendNow(conn, payloads.identify(token, intents.value(), ctx.id(), shardCount, largeThreshold, presence));
    expectAnswer(conn);
  }

  /** IDENTIFY or RESUME went out on {@code conn}: READY or RESUMED must follow in time. */
  private void expectAnswer(ShardConnection conn) {
    if (!conn.abandoned && !conn.handshakeComplete) {
      conn.handshakeTimeout = ctx.executor().schedule(() -> answerTimedOut(conn), timeoutNanos);
    }
  }

  private void answerTimedOut(ShardConnection conn) {
    if (conn.abandoned || conn.handshakeComplete) {
      return;
    }
    synchronized (ctx.inbound()) {
      if (conn.handshakeSeen) {
        // READY or RESUMED was read just in time and its completion is queued behind this task:
        // giving the connection up now would cut a session the sink already heard is connected.
        return;
      }
    }
    ctx.log().warn("shard {} got no READY or RESUMED on connection {} in {} ms; reconnecting",
        ctx.id(), conn.number, timeoutNanos / 1_000_000);
    giveUp.accept(conn);
  }
}

package dev.shardwire.gateway.session;

import dev.shardwire.gateway.CloseCodes;
import dev.shardwire.gateway.GatewayDispatch;
import dev.shardwire.gateway.MalformedFrameException;
import dev.shardwire.gateway.wire.BrokenStreamException;
import dev.shardwire.gateway.wire.Frame;
import dev.shardwire.gateway.wire.FrameHandler;
import dev.shardwire.gateway.wire.FrameReader;
import dev.shardwire.gateway.wire.FrameDispatch;
import dev.shardwire.gateway.wire.FrameTranslator;
import dev.shardwire.gateway.wire.Printable;
import java.net.URI;
import org.java_websocket.exceptions.InvalidDataException;
import org.java_websocket.framing.CloseFrame;
import tools.jackson.core.JsonParser;

/**
 * The inbound path: reads each frame of the current connection ({@link FrameReader}) and acts on
 * it by opcode. Dispatches go to the sink in sequence order, each once ({@link
 * SessionState#accept}); READY teaches the session and READY or RESUMED completes the handshake
 * once the sink has seen it; HELLO starts heartbeats and the {@link Handshake}; op 1, 7, 9 and 11
 * go to the heartbeater and the lifecycle.
 *
 * <p>Called on the connection's read thread. A frame's envelope is read with the inbound lock
 * held and its dispatch handed to the sink before the lock is let go, which is what keeps
 * dispatches in order across reconnects (the sink may read the payload later, in that order).
 * What the frame means for the connection (HELLO, ACKs, op 1, the handshake's completion, giving
 * the connection up) is handed to the shard's executor, which owns that state; a connection given
 * up here stops being read at once. Frames of a connection whose reading stopped are ignored.
 */
public final class InboundFrames implements FrameHandler {

  private static final int DISPATCH = 0;
  private static final int HEARTBEAT = 1;
  private static final int RECONNECT = 7;
  private static final int INVALID_SESSION = 9;
  private static final int HELLO = 10;
  private static final int HEARTBEAT_ACK = 11;

  private static final int NO_HANDSHAKE = 0;
  private static final int READY = 1;
  private static final int RESUMED = 2;

  private final ShardContext ctx;
  private final FrameReader reader;
  private final SessionState session;
  private final Heartbeater heartbeater;
  private final Handshake handshake;
  private final ShardLifecycle lifecycle;

  // The frame being read, and whether it is READY or RESUMED; set only with the inbound lock held.
  private ShardConnection conn;
  private Frame frame;
  private int handshakeDispatch;

  public InboundFrames(ShardContext ctx, FrameReader reader, SessionState session, Heartbeater heartbeater,
      Handshake handshake, ShardLifecycle lifecycle) {
    this.ctx = ctx;
    this.reader = reader;
    this.session = session;
    this.heartbeater = heartbeater;
    this.handshake = handshake;
    this.lifecycle = lifecycle;
  }

  /** A frame arrived on {@code conn}. */
  void onFrame(ShardConnection conn, Frame frame) {
    synchronized (ctx.inbound()) {
      if (conn.readingStopped) {
        return;
      }
      this.conn = conn;
      this.frame = frame;
      try {
        reader.read(frame, this);
      } catch (RuntimeException e) {
        malformed(e, frame);
      } finally {
        this.conn = null;
        this.frame = null;
      }
    }
  }

  /**
   * A message of {@code conn} was dropped unread (too large, or not inflatable); the connection
   * goes on, unless its zlib stream broke.
   */
  void onUnreadableFrame(ShardConnection conn, MalformedFrameException error) {
    synchronized (ctx.inbound()) {
      if (!conn.readingStopped) {
        malformed(error, null);
        if (error instanceof BrokenStreamException) {
          // Nothing later on this connection can be inflated: resume on a new one now rather
          // than wait for zombie detection.
          lifecycle.giveUpFromReadThread(conn, Disconnect.brokenStream());
        }
      }
    }
  }

  /**
   * The library refused a frame of {@code conn} ({@link FrameTranslator} says why) and fails the
   * connection with {@code refusal}'s close code; the shard then resumes on a new one. A frame the
   * protocol refuses (1002, 1007 for text that is not UTF-8, 1009) is reported as malformed; a
   * failure of the shard's own while reading (1011, see {@link ShardDraft}) is logged.
   */
  void onRefusedFrame(ShardConnection conn, InvalidDataException refusal) {
    int code = refusal.getCloseCode();
    synchronized (ctx.inbound()) {
      if (conn.readingStopped) {
        return;
      }
      conn.failedForARefusedFrame = true;
      if (code == CloseFrame.UNEXPECTED_CONDITION) {
        ctx.log().error("shard {} failed while reading connection {}; closing it with 1011 to resume on a new one",
            ctx.id(), conn.number, refusal.getCause() != null ? refusal.getCause() : refusal);
        return;
      }
      malformed(new MalformedFrameException("frame refused with " + code + " (" + CloseCodes.describe(code) + "): "
          + (refusal.getMessage() == null ? "no detail" : refusal.getMessage())
          + "; the connection is closed and the shard resumes"), null);
    }
  }

  private void malformed(RuntimeException error, Frame frame) {
    ctx.log().warn("shard {} received a malformed frame: {}{}", ctx.id(), Printable.of(error.getMessage()),
        frame == null ? "" : " (frame: " + frame.preview(200) + ")");
    ctx.notifySink("a malformed frame", sink -> sink.onMalformedFrame(ctx.shard(), error));
  }

  @Override
  public boolean beginDispatch(String name, long seq) {
    handshakeDispatch = name.equals("READY") ? READY : name.equals("RESUMED") ? RESUMED : NO_HANDSHAKE;
    if (handshakeDispatch == RESUMED && (!conn.resumeSent || conn.handshakeSeen)) {
      // RESUMED answers this connection's RESUME, once: any other would tell the sink of a resume
      // that never happened, or complete an IDENTIFY's handshake without a session.
      handshakeDispatch = NO_HANDSHAKE;
      malformed(new MalformedFrameException("RESUMED out of turn: " + (conn.handshakeSeen
          ? "the connection's handshake is complete already" : "the shard sent no RESUME on this connection")
          + "; not delivered"), null);
      return false;
    }
    if (handshakeDispatch == READY && !conn.identifySent && !conn.resumeSent) {
      // READY answers this connection's IDENTIFY (or RESUME): one before it would start a session
      // the shard never asked for, and have the IDENTIFY that follows start yet another.
      handshakeDispatch = NO_HANDSHAKE;
      malformed(new MalformedFrameException(
          "READY out of turn: the shard sent no IDENTIFY or RESUME on this connection; not delivered"), null);
      return false;
    }
    // READY starts a session, whatever the shard asked for (also in answer to a RESUME), and a
    // session numbers its dispatches from 1: learnt before its number is judged, or the new
    // session's dispatches would be taken for the old one's, already received.
    if (handshakeDispatch == READY && !learnSession(seq)) {
      return false;
    }
    long last = session.sequence();
    SessionState.Verdict verdict = session.accept(seq, handshakeDispatch != NO_HANDSHAKE);
    switch (verdict) {
      case ALREADY_RECEIVED:
        ctx.log().debug("shard {} skipped dispatch {} #{} already received", ctx.id(), name, seq);
        return false;
      case ABSURD:
        handshakeDispatch = NO_HANDSHAKE;
        malformed(new MalformedFrameException("dispatch " + name + " has sequence number " + seq + ", more than "
            + SessionState.MAX_SEQUENCE_JUMP + " past the last (" + last + "): not delivered, the sequence stays at "
            + last), null);
        return false;
      case GAP:
        ctx.log().warn("shard {} got dispatch {} #{} after #{}: {} missing", ctx.id(), Printable.of(name), seq, last,
            seq - last - 1);
        break;
      default:
        break;
    }
    if (!ctx.sink().wants(name)) {
      finishHandshake();
      return false;
    }
    return true;
  }

  @Override
  public void dispatch(String name, long seq, boolean hasPayload, JsonParser atPayload) {
    try {
      ctx.sink().onDispatch(ctx.shard(), new FrameDispatch(name, seq, frame, reader, hasPayload, atPayload));
    } finally {
      finishHandshake(); // the sink saw READY or RESUMED before it hears "connected"
    }
  }

  /**
   * After READY or RESUMED reached the sink: the sink hears "connected" at once (once per
   * connection), and the executor takes the rest ({@link ShardLifecycle#handshakeComplete}).
   */
  private void finishHandshake() {
    if (handshakeDispatch != NO_HANDSHAKE) {
      boolean isReady = handshakeDispatch == READY;
      handshakeDispatch = NO_HANDSHAKE;
      ShardConnection conn = this.conn;
      if (!conn.handshakeSeen) {
        conn.handshakeSeen = true;
        ctx.notifySink("connect", sink -> sink.onConnected(ctx.shard()));
      }
      ctx.executor().execute(() -> lifecycle.handshakeComplete(conn, isReady));
    }
  }

  /**
   * Learns READY's session from {@code d}. The first READY of a connection without one cannot be
   * resumed later and must not count as connected: it is reported, and the shard identifies anew
   * on a new connection. A malformed READY on a connection that is ready already costs nothing: it
   * is reported and not delivered, and the session it had goes on.
   *
   * @param seq READY's sequence number (-1 when it has none)
   * @return whether READY was usable
   */
  private boolean learnSession(long seq) {
    InboundPayloads.ReadySession ready;
    try (JsonParser p = reader.openD(frame)) {
      ready = InboundPayloads.readySession(p);
    } catch (RuntimeException e) {
      handshakeDispatch = NO_HANDSHAKE;
      malformed(e, frame);
      if (!conn.handshakeSeen) {
        lifecycle.giveUpFromReadThread(conn, Disconnect.unusableReady());
      }
      return false;
    }
    URI resumeUri = null;
    if (ready.resumeUrl() != null) {
      try {
        resumeUri = GatewayUrls.check(ready.resumeUrl());
      } catch (IllegalArgumentException e) {
        ctx.log().warn("shard {}: ignoring READY's resume_gateway_url: {}", ctx.id(), Printable.of(e.getMessage()));
      }
    }
    session.begin(ready.sessionId(), resumeUri, seq);
    return true;
  }

  @Override
  public void control(int op, JsonParser d) {
    ShardConnection conn = this.conn;
    switch (op) {
      case HELLO:
        InboundPayloads.HelloInterval interval;
        try {
          interval = InboundPayloads.heartbeatInterval(d);
        } catch (RuntimeException e) {
          conn.unusableHello = true; // reported as malformed by onFrame; the hello timeout then says no more
          throw e;
        }
        ctx.executor().execute(() -> hello(conn, interval));
        break;
      case HEARTBEAT_ACK:
        InboundPayloads.skip(d);
        long received = ctx.nanoTime().getAsLong();
        ctx.executor().execute(() -> heartbeater.acknowledged(conn, received));
        break;
      case HEARTBEAT:
        InboundPayloads.skip(d);
        ctx.executor().execute(() -> heartbeater.beatNow(conn));
        break;
      case RECONNECT:
        InboundPayloads.skip(d);
        ctx.log().info("shard {} was asked to reconnect (op 7)", ctx.id());
        lifecycle.giveUpFromReadThread(conn, Disconnect.reconnectRequested());
        break;
      case INVALID_SESSION:
        boolean resumable = InboundPayloads.resumable(d);
        ctx.log().info("shard {} session invalidated (op 9, {})", ctx.id(), resumable ? "resumable" : "not resumable");
        lifecycle.giveUpFromReadThread(conn, Disconnect.invalidSession(resumable));
        break;
      case DISPATCH:
      default:
        InboundPayloads.skip(d);
        ctx.log().debug("shard {} ignored a frame with op {}", ctx.id(), op);
    }
  }

  /** HELLO, on the executor: starts heartbeats and the handshake, once per connection. */
  private void hello(ShardConnection conn, InboundPayloads.HelloInterval interval) {
    if (conn.abandoned) {
      return;
    }
    if (conn.helloReceived) {
      // A second HELLO on one connection would start a second heartbeat loop and handshake.
      ctx.log().warn("shard {} ignored a second HELLO on connection {}", ctx.id(), conn.number);
      return;
    }
    conn.helloReceived = true;
    ShardExecutor.cancel(conn.helloTimeout);
    if (interval.clamped()) {
      boolean tooLong = interval.millis() == Heartbeater.MAX_INTERVAL_MILLIS;
      ctx.log().warn("shard {} got HELLO with a heartbeat_interval of {} ms on connection {}, {} the {} ms"
          + " it beats at {}; beating every {} ms", ctx.id(), interval.sent(), conn.number,
          tooLong ? "more than" : "less than", interval.millis(), tooLong ? "most" : "least", interval.millis());
    } else {
      ctx.log().debug("shard {} got HELLO, heartbeat interval {} ms", ctx.id(), interval.millis());
    }
    heartbeater.start(conn, interval.millis());
    handshake.begin(conn);
  }
}

package dev.shardwire.gateway.session;

import dev.shardwire.gateway.MalformedFrameException;
import dev.shardwire.gateway.UpgradeRefusedException;
import dev.shardwire.gateway.wire.Frame;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.nio.ByteBuffer;
import java.util.concurrent.Future;
import org.java_websocket.WebSocket;
import org.java_websocket.WebSocketImpl;
import org.java_websocket.client.WebSocketClient;
import org.java_websocket.exceptions.InvalidDataException;
import org.java_websocket.framing.CloseFrame;
import org.java_websocket.framing.Framedata;
import org.java_websocket.framing.PingFrame;
import org.java_websocket.framing.PongFrame;
import org.java_websocket.handshake.ServerHandshake;

/**
 * One WebSocket connection of a shard. Java-WebSocket clients cannot be reused, so the shard makes
 * a new one per connection; this class only forwards the library's callbacks (which run on the
 * connection's read thread) to {@link ShardLifecycle} and {@link InboundFrames}, taking messages
 * as bytes from its {@link ShardDraft} (which reads, bounds and inflates them), and holds
 * the per-connection state: what the inbound stream decides under its lock, and what the shard's
 * executor owns (see {@link ShardContext}).
 */
public final class ShardConnection extends WebSocketClient {

  /**
   * The array each connection's read thread reads the socket into. Java-WebSocket's default is
   * 64 KiB, held for the connection's whole life: most of what an idle shard would keep. A
   * gateway message is usually far smaller, and a larger one takes a few more reads.
   */
  static final int READ_BUFFER_BYTES = 16 * 1024;

  private final ShardLifecycle lifecycle;
  private final InboundFrames inbound;

  /** A number for log lines: the shard's n-th connection. */
  final int number;
  /** Sends of this connection, against Discord's per-connection limit. */
  final SendLimiter limiter;

  // Guarded by the shard's inbound lock (ShardContext#inbound):
  /** No frame of this connection is read any more: it was given up, or is being given up. */
  boolean readingStopped;
  /** READY or RESUMED was handed to the sink from this connection (the sink heard "connected"). */
  boolean handshakeSeen;
  /** The shard sent RESUME on this connection: only then may RESUMED come. */
  boolean resumeSent;
  /** The shard sent IDENTIFY on this connection: only then, or after a RESUME, may READY come. */
  boolean identifySent;
  /** The shard failed this connection for a frame it refused, and said so: its close is no news. */
  boolean failedForARefusedFrame;
  /** A HELLO without a usable interval came, and was reported: its hello timeout is no news. */
  boolean unusableHello;

  // Owned by the connection's read thread:
  /** The last pong queued for the write thread, which a newer one replaces while it waits there. */
  private ByteBuffer queuedPong;
  /** Whether a pong was replaced unsent on this connection (logged once). */
  private boolean pongReplaced;

  // Owned by the shard's executor (ShardContext): changed only by its tasks.
  /** Given up ({@link ShardLifecycle#abandon}): nothing of this connection is acted on any more. */
  boolean abandoned;
  boolean helloReceived;
  /** It went to the session's resume URL, not the gateway URL. */
  boolean toResumeUrl;
  /** The executor has taken READY or RESUMED in: timeouts off, requests may flow. */
  boolean handshakeComplete;
  Future<?> helloTimeout;
  /** Gives the connection up if IDENTIFY or RESUME gets no READY or RESUMED in time. */
  Future<?> handshakeTimeout;
  // ... for the Heartbeater:
  long heartbeatIntervalNanos;
  boolean awaitingAck;
  long lastBeatNanos;
  Future<?> heartbeatTask;
  // ... for Outbound:
  boolean flushScheduled;
  /** An op 1 went unanswered for the send limit (logged once per connection). */
  boolean beatRequestsRefused;
  /** An op 1 was answered from the heartbeat reserve, last at {@link #reservedBeatAnswerNanos}. */
  boolean reservedBeatAnswered;
  long reservedBeatAnswerNanos;

  ShardConnection(ShardLifecycle lifecycle, InboundFrames inbound, URI uri, int number, boolean compress,
      int maxMessageBytes, SendLimiter limiter, int connectTimeoutMillis) {
    super(uri, new ShardDraft(maxMessageBytes, compress), null, connectTimeoutMillis);
    this.lifecycle = lifecycle;
    this.inbound = inbound;
    this.number = number;
    this.limiter = limiter;
    // Discord's heartbeats already detect a dead connection; the library's pings would duplicate them.
    setConnectionLostTimeout(0);
    setDaemon(true);
    setTcpNoDelay(true);
  }

  /**
   * Java-WebSocket reads this twice: before connecting, to set the socket's receive buffer (when
   * positive), and once connected, as the size of its read array. The shard wants a small read
   * array ({@link #READ_BUFFER_BYTES}) but the kernel's own, self-tuning, receive buffer: a fixed
   * one would cap throughput over a long round trip. So it answers 0 (leave the socket alone)
   * until the socket is connected.
   */
  @Override
  public int getReceiveBufferSize() {
    return getSocket() != null && getSocket().isConnected() ? READ_BUFFER_BYTES : 0;
  }

  @Override
  public void onOpen(ServerHandshake handshake) {
    lifecycle.onOpen(this);
  }

  /**
   * A whole text message as UTF-8 bytes, already checked ({@link ShardDraft} fails the connection
   * with 1007 on text that is not UTF-8), or an inflated zlib-stream message; the bytes are this
   * message's own, read in place.
   */
  void onText(ByteBuffer utf8) {
    inbound.onFrame(this, ownedFrame(utf8));
  }

  private static Frame ownedFrame(ByteBuffer bytes) {
    if (bytes.hasArray()) {
      return Frame.ofOwnedBytes(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
    }
    byte[] copy = new byte[bytes.remaining()];
    bytes.duplicate().get(copy);
    return Frame.ofOwnedBytes(copy, 0, copy.length);
  }

  /** A message was dropped unread (above the size limit), or the zlib stream broke. */
  void onUnreadable(MalformedFrameException error) {
    inbound.onUnreadableFrame(this, error);
  }

  /** Text messages all arrive as bytes ({@link #onText}); this stays for the library's contract. */
  @Override
  public void onMessage(String message) {
    inbound.onFrame(this, Frame.ofText(message));
  }

  /**
   * A binary message of an uncompressed connection (Discord sends none): read as the JSON text it
   * would have to be; bytes that are not JSON are reported as a malformed frame.
   */
  @Override
  public void onMessage(ByteBuffer bytes) {
    inbound.onFrame(this, ownedFrame(bytes));
  }

  /**
   * Answers a ping, keeping at most one pong waiting to be written. The library answers every
   * ping into its write queue, which has no bound: a server that pings faster than it reads the
   * pongs would grow it until the heap ran out. RFC 6455 (section 5.5.3) lets an endpoint that has
   * not answered earlier pings yet answer only the latest, so a new ping's pong replaces one that
   * still waits in the queue; the latest ping is always answered. A ping read once the connection
   * is no longer open (after the server's close frame) is dropped: there is no pong to send, and the
   * library's own answer would throw on the read thread.
   */
  @Override
  public void onWebsocketPing(WebSocket conn, Framedata ping) {
    if (!conn.isOpen()) {
      return;
    }
    if (!(conn instanceof WebSocketImpl engine) || !(ping instanceof PingFrame pingFrame)) {
      super.onWebsocketPing(conn, ping);
      return;
    }
    ByteBuffer pong = engine.getDraft().createBinaryFrame(new PongFrame(pingFrame));
    // Removed only while the write thread has not taken it (a pong being written stays); by
    // identity, as ByteBuffer.equals would match any frame with the same bytes left.
    ByteBuffer previous = queuedPong;
    if (previous != null && engine.outQueue.removeIf(b -> b == previous) && !pongReplaced) {
      pongReplaced = true;
      lifecycle.onPongsReplaced(this);
    }
    queuedPong = pong;
    engine.outQueue.add(pong);
  }

  /**
   * Closes the socket itself; any thread. Java-WebSocket closes a client's socket only from its
   * write thread, once that thread has written out its queue: against a server that reads nothing,
   * it waits in a socket write for good, and the socket and the thread would stay for as long as
   * the server keeps the connection open. Closing the socket ends that write, and any read.
   */
  void cutSocket() {
    Socket socket = getSocket();
    if (socket != null && !socket.isClosed()) {
      try {
        // No linger: over TLS, close() otherwise waits for the lock a write blocked on a server that
        // does not read holds, so it would hang as long as that write (JDK 17's SSLSocket); a reset
        // returns at once, and the blocked write fails.
        socket.setSoLinger(true, 0);
      } catch (IOException e) {
        // Closed meanwhile, or the option refused: close() below still does what it can.
      }
      try {
        socket.close();
      } catch (IOException e) {
        // It is closed either way.
      }
    }
  }

  @Override
  public void onClose(int code, String reason, boolean remote) {
    UpgradeRefusedException refusal = null;
    if (getConnection().getDraft() instanceof ShardDraft draft) {
      draft.end(); // the inflater's native memory: do not leave it to the garbage collector
      refusal = draft.upgradeRefusal();
    }
    // The reason the echo of a 1007 close without one had to carry is not the server's.
    String said = remote && code == CloseFrame.NO_UTF8 && ShardDraft.NO_REASON.equals(reason) ? "" : reason;
    lifecycle.onClosed(this, code, said, refusal);
  }

  @Override
  public void onError(Exception error) {
    if (error instanceof InvalidDataException invalid) {
      // The library fails the connection for it next (the shard then resumes); the frame is reported.
      inbound.onRefusedFrame(this, invalid);
      return;
    }
    lifecycle.onError(this, error);
  }
}

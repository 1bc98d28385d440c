package dev.shardwire.gateway;

import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Future;
import org.java_websocket.client.WebSocketClient;
import org.java_websocket.handshake.ServerHandshake;

/**
 * One WebSocket connection of a shard. Java-WebSocket clients cannot be reused, so the shard makes
 * a new one per connection; this class only forwards the library's callbacks (which run on the
 * connection's read thread) to {@link ShardLifecycle} and {@link InboundFrames}, taking text
 * frames as bytes ({@link ShardDraft}) and inflating zlib-stream messages on the way, and holds
 * the per-connection state the shard's parts guard with the shard's lock.
 */
final class ShardConnection extends WebSocketClient {

  private final ShardLifecycle lifecycle;
  private final InboundFrames inbound;
  private final ZlibStreamInflater inflater;

  /** A number for log lines: the shard's n-th connection. */
  final int number;
  /** Sends of this connection, against Discord's per-connection limit. */
  final SendLimiter limiter;

  // Guarded by the shard's lock.
  /** Given up ({@link ShardLifecycle#abandon}): nothing of this connection is acted on any more. */
  boolean abandoned;
  boolean helloReceived;
  /** READY or RESUMED was received on this connection. */
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

  ShardConnection(ShardLifecycle lifecycle, InboundFrames inbound, URI uri, int number, boolean compress,
      int maxMessageBytes, SendLimiter limiter, int connectTimeoutMillis) {
    super(uri, new ShardDraft(maxMessageBytes), null, connectTimeoutMillis);
    this.lifecycle = lifecycle;
    this.inbound = inbound;
    this.number = number;
    this.limiter = limiter;
    this.inflater = compress ? new ZlibStreamInflater(maxMessageBytes) : null;
    // Discord's heartbeats already detect a dead connection; the library's pings would duplicate them.
    setConnectionLostTimeout(0);
    setDaemon(true);
    setTcpNoDelay(true);
  }

  @Override
  public void onOpen(ServerHandshake handshake) {
    lifecycle.onOpen(this);
  }

  /**
   * A whole text frame as UTF-8 bytes, already checked ({@link ShardDraft} fails the connection with
   * 1007 on a frame that is not UTF-8); the bytes are this frame's own, read in place.
   */
  void onText(ByteBuffer utf8) {
    if (utf8.hasArray()) {
      inbound.onFrame(this, Frame.ofOwnedBytes(utf8.array(), utf8.arrayOffset() + utf8.position(), utf8.remaining()));
    } else {
      byte[] copy = new byte[utf8.remaining()];
      utf8.duplicate().get(copy);
      inbound.onFrame(this, Frame.ofOwnedBytes(copy, 0, copy.length));
    }
  }

  /** A whole text frame above {@code limit} bytes was skipped unread; the connection goes on. */
  void onDroppedText(int length, int limit) {
    inbound.onUnreadableFrame(this, new MalformedFrameException(
        "dropped a text frame of " + length + " bytes, above maxMessageBytes (" + limit + ")"));
  }

  /** A text message the library decoded itself (one sent in fragments). */
  @Override
  public void onMessage(String message) {
    inbound.onFrame(this, Frame.ofText(message));
  }

  @Override
  public void onMessage(ByteBuffer bytes) {
    if (inflater == null) {
      byte[] copy = new byte[bytes.remaining()];
      bytes.get(copy);
      inbound.onFrame(this, Frame.ofText(new String(copy, StandardCharsets.UTF_8)));
      return;
    }
    int length;
    try {
      length = inflater.feed(bytes);
    } catch (MalformedFrameException e) {
      inbound.onUnreadableFrame(this, e);
      return;
    }
    if (length >= 0) {
      inbound.onFrame(this, Frame.ofBorrowedBytes(inflater.output(), length));
    }
  }

  @Override
  public void onClose(int code, String reason, boolean remote) {
    if (inflater != null) {
      inflater.end(); // native memory: do not leave it to the garbage collector
    }
    lifecycle.onClosed(this, code, reason);
  }

  @Override
  public void onError(Exception error) {
    lifecycle.onError(this, error);
  }
}

package dev.shardwire.gateway;

import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ScheduledFuture;
import org.java_websocket.client.WebSocketClient;
import org.java_websocket.drafts.Draft_6455;
import org.java_websocket.handshake.ServerHandshake;

/**
 * One WebSocket connection of a shard. Java-WebSocket clients cannot be reused, so the shard makes
 * a new one per connection; this class only forwards the library's callbacks (which run on the
 * connection's read thread) to the shard, and holds the per-connection state the shard guards with
 * its lock.
 */
final class ShardConnection extends WebSocketClient {

  private final WebSocketGatewayShard shard;
  private final ZlibStreamInflater inflater;

  /** A number for log lines: the shard's n-th connection. */
  final int number;
  /** Sends of this connection, against Discord's per-connection limit. */
  final SendLimiter limiter;

  // Guarded by the shard's lock.
  boolean abandoned;
  boolean helloReceived;
  boolean handshakeComplete;
  boolean awaitingAck;
  boolean flushScheduled;
  long heartbeatIntervalNanos;
  long lastBeatNanos;
  ScheduledFuture<?> heartbeatTask;
  ScheduledFuture<?> helloTimeout;

  ShardConnection(WebSocketGatewayShard shard, URI uri, int number, boolean compress,
      int maxMessageBytes, SendLimiter limiter, int connectTimeoutMillis) {
    super(uri, new Draft_6455(), null, connectTimeoutMillis);
    this.shard = shard;
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
    shard.onOpen(this);
  }

  @Override
  public void onMessage(String message) {
    shard.onFrame(this, Frame.ofText(message));
  }

  @Override
  public void onMessage(ByteBuffer bytes) {
    if (inflater == null) {
      byte[] copy = new byte[bytes.remaining()];
      bytes.get(copy);
      shard.onFrame(this, Frame.ofText(new String(copy, StandardCharsets.UTF_8)));
      return;
    }
    int length;
    try {
      length = inflater.feed(bytes);
    } catch (MalformedFrameException e) {
      shard.onUnreadableFrame(this, e);
      return;
    }
    if (length >= 0) {
      shard.onFrame(this, Frame.ofBytes(inflater.output(), length));
    }
  }

  @Override
  public void onClose(int code, String reason, boolean remote) {
    shard.onClosed(this, code, reason, remote);
  }

  @Override
  public void onError(Exception error) {
    shard.onError(this, error);
  }
}

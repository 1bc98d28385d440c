package dev.shardwire.gateway.session;

import java.net.URI;

/**
 * Makes a shard's connections, each with a fresh send limiter and zlib-stream inflater (both
 * belong to one socket: Discord's send limit and the compression context reset on reconnect).
 * Immutable: it holds only the shard's connection options.
 */
final class ConnectionFactory {

  private final boolean compress;
  private final int maxMessageBytes;
  private final int connectTimeoutMillis;
  private final int sendCapacity;
  private final int heartbeatReserve;
  private final long sendWindowNanos;

  ConnectionFactory(ShardSettings settings) {
    this.compress = settings.compress();
    this.maxMessageBytes = settings.maxMessageBytes();
    this.connectTimeoutMillis = (int) Math.min(Integer.MAX_VALUE, settings.connectTimeout().toMillis());
    this.sendCapacity = settings.sendCapacity();
    this.heartbeatReserve = settings.heartbeatReserve();
    this.sendWindowNanos = settings.sendWindow().toNanos();
  }

  /** A new, not yet connected connection to {@code base}, the shard's {@code number}-th. */
  ShardConnection open(URI base, int number, ShardLifecycle lifecycle, InboundFrames inbound) {
    URI uri = GatewayUrls.connectUri(base, compress);
    SendLimiter limiter = new SendLimiter(sendCapacity, heartbeatReserve, sendWindowNanos);
    return new ShardConnection(lifecycle, inbound, uri, number, compress, maxMessageBytes, limiter, connectTimeoutMillis);
  }
}

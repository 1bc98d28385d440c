package dev.shardwire.gateway;

/**
 * Where a {@link GatewayShard} delivers what it reads: dispatches, and the moments its connection
 * gains or loses its session handshake. The event layer implements it; the shard knows nothing of
 * events.
 *
 * <p>Calls come one at a time per shard and dispatches in the order the frames arrived.
 * Dispatches, {@link #onConnected} and {@link #onMalformedFrame} come on the connection's read
 * thread; {@link #onDisconnected} on the shard's executor, which gives connections up (a close,
 * op 7, op 9, a zombie connection, no HELLO, {@code close()}). An implementation must never
 * block.
 */
public interface DispatchSink {

  /** A sink that wants nothing and ignores everything. */
  DispatchSink NONE = new DispatchSink() {
    @Override
    public boolean wants(String name) {
      return false;
    }

    @Override
    public void onDispatch(GatewayShard shard, GatewayDispatch dispatch) {}
  };

  /**
   * Whether anyone wants the dispatch named {@code name}, in constant time. Called on the read
   * thread for every dispatch as soon as its envelope is read; when it answers {@code false} the
   * shard drops the frame without building anything.
   *
   * @param name the dispatch's gateway name, as {@code MESSAGE_CREATE}
   */
  boolean wants(String name);

  /**
   * One wanted dispatch, delivered in sequence order, its payload not read yet. The sink must not
   * block: it may read the payload here or keep the dispatch and read it later on another thread
   * ({@link GatewayDispatch#openPayload}). A runtime exception thrown here is reported back
   * through {@link #onMalformedFrame}.
   *
   * @param shard the shard that read it
   * @param dispatch its name, sequence number and payload
   */
  void onDispatch(GatewayShard shard, GatewayDispatch dispatch);

  /**
   * The shard's connection completed its handshake: READY or RESUMED was received (and already
   * passed to {@link #onDispatch}).
   *
   * @param shard the shard that connected
   */
  default void onConnected(GatewayShard shard) {}

  /**
   * A connection that had completed its handshake closed; the shard may reconnect.
   *
   * @param shard the shard that disconnected
   */
  default void onDisconnected(GatewayShard shard) {}

  /**
   * A frame could not be read, or the sink itself failed on it; the shard logged it. The message
   * names the problem: JSON or envelope, a sequence number out of range, a message above {@code
   * maxMessageBytes}, a frame the WebSocket protocol refuses (invalid UTF-8 among them). The shard
   * keeps its connection and session wherever the protocol allows: it stays connected after a
   * message it could skip, resumes on a new connection after a frame that fails the connection
   * (1002, 1007, 1009) or a broken zlib stream, and identifies anew only when the first READY of
   * a connection has no session.
   *
   * @param shard the shard that read the frame
   * @param error what was wrong
   */
  default void onMalformedFrame(GatewayShard shard, RuntimeException error) {}
}

package dev.shardwire.benchmarks.gateway;

import java.net.URI;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.java_websocket.client.WebSocketClient;
import org.java_websocket.handshake.ServerHandshake;

/**
 * The limit of the throughput benchmark: a Java-WebSocket client that identifies as minimally as
 * the embedded gateway accepts and then only counts the frames it receives, reading none of them.
 */
final class BareClient extends WebSocketClient {

  private static final String IDENTIFY =
      "{\"op\":2,\"d\":{\"token\":\"benchmark-token\",\"intents\":0,\"properties\":{},"
          + "\"shard\":[0,1]}}";

  /** Counts every text frame after READY. */
  final BatchCounter frames = new BatchCounter();

  private final CountDownLatch ready = new CountDownLatch(1);
  /** 0 before HELLO, 1 identified and waiting for READY, 2 counting; read thread only. */
  private int state;

  private BareClient(URI uri) {
    super(uri);
    // As the shard does: no library pings, no Nagle delay.
    setConnectionLostTimeout(0);
    setTcpNoDelay(true);
  }

  /** Connects, identifies and waits for READY. */
  static BareClient connect(String url, Duration timeout) throws Exception {
    BareClient client = new BareClient(URI.create(url + "/?v=10&encoding=json"));
    if (!client.connectBlocking(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new TimeoutException("bare client could not connect to " + url);
    }
    if (!client.ready.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      client.closeBlocking();
      throw new TimeoutException("bare client got no READY from " + url);
    }
    return client;
  }

  @Override
  public void onOpen(ServerHandshake handshake) {}

  @Override
  public void onMessage(String message) {
    if (state == 2) {
      frames.count();
    } else if (state == 0 && message.contains("\"op\":10")) {
      // HELLO: identify once. No heartbeats: the gateway does not require them and a run is far
      // shorter than any interval that matters here.
      state = 1;
      send(IDENTIFY);
    } else if (state == 1 && message.contains("\"t\":\"READY\"")) {
      state = 2;
      ready.countDown();
    }
  }

  @Override
  public void onMessage(ByteBuffer bytes) {
    frames.count();
  }

  @Override
  public void onClose(int code, String reason, boolean remote) {}

  @Override
  public void onError(Exception error) {}
}

package dev.shardwire.testing;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.net.URI;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.java_websocket.client.WebSocketClient;
import org.java_websocket.handshake.ServerHandshake;
import tools.jackson.databind.JsonNode;

/** A bare WebSocket client for the embedded gateway's tests: queues every text frame, and its close code as {@code close:<code>}. */
final class RawClient extends WebSocketClient {

  final BlockingQueue<String> frames = new LinkedBlockingQueue<>();

  RawClient(String url) {
    super(URI.create(url));
    setConnectionLostTimeout(0);
  }

  @Override
  public void onOpen(ServerHandshake handshake) {}

  @Override
  public void onMessage(String message) {
    frames.add(message);
  }

  @Override
  public void onClose(int code, String reason, boolean remote) {
    frames.add("close:" + code);
  }

  @Override
  public void onError(Exception ex) {}

  /** The next frame within 10 s; a close reads as {@code {"close":<code>}}. */
  JsonNode next() throws InterruptedException {
    String frame = frames.poll(10, TimeUnit.SECONDS);
    assertNotNull(frame, "no frame within 10 s");
    return EmbeddedGateway.MAPPER.readTree(frame.startsWith("close:") ? "{\"close\":" + frame.substring(6) + "}" : frame);
  }

  /** Sends IDENTIFY for shard {@code shard} of {@code count} with {@code intents}. */
  void identify(int shard, int count, long intents) {
    send("{\"op\":2,\"d\":{\"token\":\"t\",\"intents\":" + intents + ",\"shard\":[" + shard + "," + count
        + "],\"properties\":{}}}");
  }
}

package dev.shardwire.gateway;

import static org.awaitility.Awaitility.await;

import dev.shardwire.dispatch.LogCapture;
import dev.shardwire.gateway.client.ShardOptions;
import dev.shardwire.gateway.client.WebSocketGatewayShard;
import dev.shardwire.models.Intents;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;

/**
 * What the tests against a hand-written server ({@link RawGateway}) share: the shard under test,
 * what it reported ({@link RecordingSink}), and both closed after each test.
 */
abstract class RawGatewayHarness {

  /** Generous: these tests wait for protocol steps, and a loaded machine is slow to take them. */
  static final Duration WAIT = Duration.ofSeconds(60);

  final RecordingSink sink = new RecordingSink();
  RawGateway gateway;
  WebSocketGatewayShard shard;

  @AfterEach
  void closeAll() throws Exception {
    if (shard != null) {
      shard.close();
    }
    if (gateway != null) {
      gateway.close();
    }
  }

  /** A shard for {@link #gateway}: fast reconnects, and no heartbeat within a test (scripts do not answer them). */
  ShardOptions shardBuilder() {
    return WebSocketGatewayShard.builder()
        .token("Bot.test-token-secret")
        .intents(Intents.UNPRIVILEGED)
        .gatewayUrl(gateway.url())
        .compress(false)
        .sink(sink)
        .random(() -> 0.99)
        .reconnectBackoff(Duration.ofMillis(20), Duration.ofMillis(200))
        .helloTimeout(Duration.ofSeconds(10));
  }

  /**
   * A gateway whose first connection is identified and made ready (session {@code raw-session})
   * before {@code afterReady} runs on it, and whose later connections resume that session: the
   * shape of a test of one fault on a ready connection.
   */
  RawGateway resumingAfter(RawGateway.Script afterReady) throws IOException {
    return new RawGateway(conn -> {
      conn.acceptUpgrade();
      conn.hello(45_000);
      if (conn.number == 1) {
        conn.awaitOp(2);
        conn.ready("raw-session", gateway.url());
        afterReady.run(conn);
        return;
      }
      conn.awaitOp(6);
      conn.sendText("{\"t\":\"RESUMED\",\"s\":null,\"op\":0,\"d\":{}}");
      conn.readUntilClosed();
    });
  }

  /** Starts {@link #shardBuilder}'s shard, waits until it is connected again on a second connection, and answers what it logged meanwhile. */
  String startAndAwaitSecondConnection() throws Exception {
    try (LogCapture capture = new LogCapture()) {
      shard = shardBuilder().build();
      shard.start().get(WAIT.toSeconds(), TimeUnit.SECONDS);
      await().atMost(WAIT).until(() -> gateway.connections() == 2 && shard.isConnected());
      return capture.text();
    }
  }
}

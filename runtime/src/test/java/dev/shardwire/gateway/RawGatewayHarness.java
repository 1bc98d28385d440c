package dev.shardwire.gateway;

import dev.shardwire.gateway.client.ShardOptions;
import dev.shardwire.gateway.client.WebSocketGatewayShard;
import dev.shardwire.models.Intents;
import java.time.Duration;
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
}

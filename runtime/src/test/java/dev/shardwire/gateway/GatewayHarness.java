package dev.shardwire.gateway;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shardwire.gateway.client.ShardOptions;
import dev.shardwire.gateway.client.WebSocketGatewayShard;
import dev.shardwire.models.Intents;
import dev.shardwire.testing.EmbeddedGateway;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;

/** Shared set-up for the shard's integration tests: an embedded gateway, shards, a recording sink. */
abstract class GatewayHarness {

  static final String TOKEN = "Bot.test-token-secret";
  static final Duration WAIT = Duration.ofSeconds(10);
  /**
   * How long {@link #started} waits for READY: the longest chain a test waits on (TCP, the opening
   * handshake, HELLO, IDENTIFY, READY), which at a load of 11 on two cores can need a second
   * connection after a {@code helloTimeout} of 3 s. A bound on waiting, asserting nothing.
   */
  static final Duration START_WAIT = Duration.ofSeconds(30);

  final List<AutoCloseable> toClose = new ArrayList<>();
  EmbeddedGateway gateway;
  RecordingSink sink = new RecordingSink();

  EmbeddedGateway gateway(EmbeddedGateway.Builder builder) {
    gateway = builder.start();
    toClose.add(gateway);
    return gateway;
  }

  EmbeddedGateway gateway(Duration heartbeat) {
    return gateway(EmbeddedGateway.builder().heartbeatInterval(heartbeat));
  }

  ShardOptions shardBuilder() {
    return WebSocketGatewayShard.builder()
        .token(TOKEN)
        // Every intent: these tests are about the shard, and the gateway sends nothing an intent lacks.
        .intents(Intents.UNPRIVILEGED.union(Intents.PRIVILEGED))
        .gatewayUrl(gateway.url())
        // Plain text frames, as these tests were written for; compressed ones opt in.
        .compress(false)
        .sink(sink)
        .reconnectBackoff(Duration.ofMillis(20), Duration.ofMillis(200))
        // Well inside WAIT: on a loaded machine an opening handshake can stall (seen about once in
        // 80 runs of ShardRecoveryTest next to a benchmark), and giving it up is the shard's cure.
        .helloTimeout(Duration.ofSeconds(3));
  }

  WebSocketGatewayShard track(WebSocketGatewayShard shard) {
    toClose.add(0, shard::close);
    return shard;
  }

  WebSocketGatewayShard started(ShardOptions builder) throws Exception {
    WebSocketGatewayShard shard = track(builder.build());
    shard.start().get(START_WAIT.toSeconds(), TimeUnit.SECONDS);
    return shard;
  }

  /** Waits until the sink holds exactly 1..last, in order, where last is the gateway's last sequence. */
  void assertEverySequenceOnceInOrder() {
    await().atMost(WAIT).until(() -> sink.sequences().size() >= gateway.lastSequence());
    long last = gateway.lastSequence();
    List<Long> expected = LongStream.rangeClosed(1, last).boxed().collect(Collectors.toList());
    assertEquals(expected, sink.sequences());
  }

  @AfterEach
  void closeAll() throws Exception {
    for (AutoCloseable c : toClose) {
      c.close();
    }
  }
}

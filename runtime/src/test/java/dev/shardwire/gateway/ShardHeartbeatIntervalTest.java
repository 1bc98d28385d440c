package dev.shardwire.gateway;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shardwire.dispatch.LogCapture;
import dev.shardwire.gateway.client.WebSocketGatewayShard;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A HELLO that asks for an absurdly long heartbeat interval: the shard beats at its maximum (2
 * minutes) instead, with one WARN naming what was asked, so a gateway that then goes silent is
 * still found a zombie within two intervals. Values past a long, as doubles or as integers, are
 * read too, where they once failed the frame with the parser's own overflow error.
 */
class ShardHeartbeatIntervalTest extends GatewayHarness {

  @ParameterizedTest
  @ValueSource(strings = {"1000000000000", "9223372036854775807", "100000000000000000000", "9.3e18", "1e300",
      "120000.5"})
  void anAbsurdlyLongIntervalIsClampedToTheMaximumWithOneWarning(String interval) throws Exception {
    gateway(Duration.ofSeconds(30));
    gateway.withholdHello(1); // the test sends the HELLO itself
    // The first beat comes after 1% of the interval beaten at: 1.2 s of the 2-minute maximum,
    // where the interval asked for would put it days or ages away.
    WebSocketGatewayShard shard = track(shardBuilder().random(() -> 0.01).helloTimeout(START_WAIT).build());
    List<String> warnings;
    try (LogCapture capture = new LogCapture()) {
      CompletableFuture<Void> started = shard.start();
      await().atMost(WAIT).until(() -> gateway.openConnections() == 1);
      gateway.sendRaw("{\"op\":10,\"d\":{\"heartbeat_interval\":" + interval + "}}");
      started.get(START_WAIT.toSeconds(), TimeUnit.SECONDS);
      await().atMost(WAIT).until(() -> gateway.received(1).size() == 1);
      warnings = capture.text().lines().filter(line -> line.contains("heartbeat_interval")).toList();
    }
    assertEquals(List.of(), sink.malformed());
    assertEquals(1, gateway.connectionCount());
    assertEquals(1, gateway.identifyCount());
    assertTrue(shard.isConnected());
    assertEquals(1, warnings.size(), warnings.toString());
    assertTrue(warnings.get(0).contains("WARN") && warnings.get(0).contains(interval + " ms")
        && warnings.get(0).contains("beating every 120000 ms"), warnings.get(0));
  }
}

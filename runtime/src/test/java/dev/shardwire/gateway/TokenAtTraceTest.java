package dev.shardwire.gateway;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.shardwire.dispatch.LogCapture;
import dev.shardwire.gateway.client.ShardOptions;
import dev.shardwire.gateway.client.WebSocketGatewayShard;
import dev.shardwire.testing.EmbeddedGateway;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The token in no log line at any level, nor in an exception or {@code toString}, with every
 * logger at TRACE: the shard's own and Java-WebSocket's, which logs every frame it sends and
 * writes. Runs in a JVM of its own (the {@code everything-at-trace} execution in the runtime's
 * POM), since the SLF4J simple binding reads its levels once.
 *
 * <p>The embedded gateway runs in the same JVM and its Java-WebSocket logs the frames it receives
 * at TRACE, IDENTIFY included: its lines (from its {@code WebSocketWorker} and {@code
 * WebSocketSelector} threads) are set apart, and the test checks that they do show the token, so
 * that the capture is known to see what TRACE logs.
 */
class TokenAtTraceTest extends GatewayHarness {

  private static final String LEVEL_PROPERTY = "org.slf4j.simpleLogger.defaultLogLevel";

  @Test
  void theTokenIsInNoLineTheShardSideLogsAtAnyLevel() throws Exception {
    assumeTrue(System.getProperty(LEVEL_PROPERTY) != null, "runs in the everything-at-trace execution");
    assertTrue(LoggerFactory.getLogger("org.java_websocket.WebSocketImpl").isTraceEnabled());
    assertTrue(LoggerFactory.getLogger(WebSocketGatewayShard.class).isTraceEnabled());
    List<String> lines;
    try (LogCapture capture = new LogCapture()) {
      gateway(EmbeddedGateway.builder().heartbeatInterval(Duration.ofSeconds(1)).token(TOKEN));
      WebSocketGatewayShard shard = started(shardBuilder().compress(true));
      gateway.dropConnections(); // a RESUME, which carries the token too
      // At least one: on a loaded machine, TRACE logging can make a heartbeat late enough for another.
      await().atMost(WAIT).until(() -> gateway.resumeCount() >= 1 && shard.isConnected());
      int beats = gateway.received(1).size();
      await().atMost(WAIT).until(() -> gateway.received(1).size() > beats + 1);
      shard.close();
      lines = capture.text().lines().toList();
    }
    List<String> gatewaySide = new ArrayList<>();
    List<String> shardSide = new ArrayList<>();
    for (String line : lines) {
      boolean gatewayThread = line.startsWith("[WebSocketWorker-") || line.startsWith("[WebSocketSelector-");
      (gatewayThread ? gatewaySide : shardSide).add(line);
    }
    assertTrue(shardSide.stream().anyMatch(line -> line.contains("TRACE org.java_websocket")),
        "the client's own TRACE lines are captured");
    assertTrue(gatewaySide.stream().anyMatch(line -> line.contains(TOKEN)),
        "the gateway's library logs the IDENTIFY it received at TRACE, so the capture would see a token");
    for (String line : shardSide) {
      assertFalse(line.contains(TOKEN), line);
    }
  }

  @Test
  void theTokenIsInNoExceptionNorToString() throws Exception {
    gateway(EmbeddedGateway.builder().token("the-gateway-wants-another-token"));
    ShardOptions options = shardBuilder();
    assertFalse(options.toString().contains(TOKEN), options.toString());
    assertTrue(options.toString().startsWith("ShardOptions[shard 0 of 1, token set, intents="), options.toString());
    WebSocketGatewayShard shard = track(options.build());
    assertFalse(shard.toString().contains(TOKEN));
    ExecutionException failed = assertThrows(ExecutionException.class, () -> shard.start().get(WAIT.toSeconds(), TimeUnit.SECONDS));
    GatewayClosedException closed = assertInstanceOf(GatewayClosedException.class, failed.getCause());
    assertEquals(4004, closed.closeCode());
    for (Throwable t = failed; t != null; t = t.getCause()) {
      assertFalse(String.valueOf(t.getMessage()).contains(TOKEN), t.toString());
      assertFalse(t.toString().contains(TOKEN), t.toString());
    }
  }
}

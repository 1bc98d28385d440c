package dev.shardwire.gateway;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shardwire.gateway.client.WebSocketGatewayShard;
import dev.shardwire.models.Status;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A shard's connection state has one owner, its executor, which the read threads, the timers and
 * callers all feed. Racing them against each other leaves one consistent state.
 */
class ShardOwnershipTest extends GatewayHarness {

  @Test
  void closeRacingReconnectsHeartbeatsAndCommandsLeavesOneConsistentStop() throws Exception {
    // Frequent heartbeats and no backoff: beats, ACKs, op 7s, new connections and commands overlap.
    gateway(Duration.ofMillis(100));
    WebSocketGatewayShard shard = started(shardBuilder().reconnectBackoff(Duration.ZERO, Duration.ZERO));
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService callers = Executors.newFixedThreadPool(2);
    try {
      Future<?> storm = callers.submit(() -> {
        go.await();
        for (int i = 0; i < 10; i++) {
          gateway.sendReconnect();
          gateway.dispatchMany(5, "MESSAGE_CREATE", "{}");
        }
        return null;
      });
      Future<Integer> commands = callers.submit(() -> {
        go.await();
        int sent = 0;
        try {
          for (; sent < 200; sent++) {
            shard.updatePresence(Presence.of(sent % 2 == 0 ? Status.IDLE : Status.ONLINE));
          }
        } catch (IllegalStateException closed) {
          // close() won the race: what was accepted before it is all that counts
        }
        return sent;
      });
      go.countDown();
      await().atMost(WAIT).until(() -> gateway.resumeCount() >= 1);
      shard.close();
      storm.get(WAIT.toSeconds(), TimeUnit.SECONDS);
      assertTrue(commands.get(WAIT.toSeconds(), TimeUnit.SECONDS) > 0);
    } finally {
      callers.shutdownNow();
    }

    assertTrue(shard.closed().isDone());
    assertFalse(shard.closed().isCompletedExceptionally());
    assertThrows(IllegalStateException.class, () -> shard.updatePresence(Presence.of(Status.IDLE)));
    // The stop is whole: the last socket closes, nothing reconnects, the sink heard every
    // "connected" matched by a "disconnected", and each dispatch at most once, in order.
    await().atMost(WAIT).until(() -> gateway.openConnections() == 0);
    int connections = gateway.connectionCount();
    await().during(Duration.ofMillis(300)).atMost(WAIT).until(() -> gateway.connectionCount() == connections);
    assertFalse(shard.isConnected());
    await().atMost(WAIT).until(() -> sink.disconnected.get() == sink.connected.get());
    List<Long> sequences = sink.sequences();
    for (int i = 1; i < sequences.size(); i++) {
      assertTrue(sequences.get(i) > sequences.get(i - 1), "out of order or repeated at " + i + ": " + sequences);
    }
  }
}

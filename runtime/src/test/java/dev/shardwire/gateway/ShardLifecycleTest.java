package dev.shardwire.gateway;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shardwire.gateway.client.WebSocketGatewayShard;
import dev.shardwire.models.Intents;
import dev.shardwire.models.Status;
import dev.shardwire.testing.ReceivedFrame;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A shard's normal life against the embedded gateway: connect, identify, heartbeats, zombie, op 1. */
class ShardLifecycleTest extends GatewayHarness {

  @Test
  void connectsIdentifiesAndDeliversDispatchesInOrder() throws Exception {
    gateway(Duration.ofSeconds(30));
    WebSocketGatewayShard shard = started(shardBuilder());

    assertTrue(shard.isConnected());
    assertEquals(1, sink.connected.get());
    assertEquals("READY", sink.dispatches().get(0).name());
    assertEquals(1, sink.dispatches().get(0).sequence());
    assertEquals(gateway.sessionIds().get(0), shard.sessionId().orElseThrow());
    assertEquals("v=10&encoding=json", gateway.connectionQueries().get(0));

    for (int i = 0; i < 20; i++) {
      gateway.dispatch("MESSAGE_CREATE", "{\"i\":" + i + "}");
    }
    assertEverySequenceOnceInOrder();
    assertEquals(19, sink.named("MESSAGE_CREATE").get(19).data().path("i").asInt());
    assertEquals(21, shard.sequence());
  }

  @Test
  void identifyCarriesTokenIntentsShardPropertiesThresholdAndPresence() throws Exception {
    gateway(Duration.ofSeconds(30));
    WebSocketGatewayShard shard = started(shardBuilder()
        .intents(Intents.of(Intents.GUILDS, Intents.GUILD_MESSAGES))
        .largeThreshold(100)
        .presence(Presence.of(Status.IDLE).withActivity("tests", 0)));

    JsonNode d = gateway.lastIdentify().orElseThrow();
    assertEquals(TOKEN, d.path("token").asString());
    assertEquals(Intents.of(Intents.GUILDS, Intents.GUILD_MESSAGES).value(), d.path("intents").asLong());
    assertEquals(0, d.path("shard").path(0).asInt());
    assertEquals(1, d.path("shard").path(1).asInt());
    assertEquals("shardwire", d.path("properties").path("browser").asString());
    assertEquals("shardwire", d.path("properties").path("device").asString());
    assertFalse(d.path("properties").path("os").asString().isEmpty());
    assertEquals(100, d.path("large_threshold").asInt());
    assertEquals("idle", d.path("presence").path("status").asString());
    assertEquals("tests", d.path("presence").path("activities").path(0).path("name").asString());
    assertFalse(shard.toString().contains(TOKEN));
  }

  @Test
  void heartbeatsEveryIntervalWithTheLastSequenceAndMeasuresLatency() throws Exception {
    gateway(Duration.ofMillis(300));
    WebSocketGatewayShard shard = started(shardBuilder());
    gateway.dispatch("TYPING_START", "{}");
    gateway.dispatch("TYPING_START", "{}");

    await().atMost(WAIT).until(() -> gateway.received(1).size() >= 6);
    List<ReceivedFrame> beats = gateway.received(1);
    // Each beat is scheduled an interval after the previous one ran, so a loaded machine only ever
    // stretches the gaps: the lower bound is firm, the upper ones are generous (a stall of a second
    // or two must not fail the test; a beat per several intervals still would).
    long meanMillis = (beats.get(5).receivedNanos() - beats.get(1).receivedNanos()) / 4 / 1_000_000;
    assertTrue(meanMillis >= 200 && meanMillis <= 1200, "mean heartbeat gap " + meanMillis + " ms for a 300 ms interval");
    for (int i = 1; i < beats.size(); i++) {
      long gapMillis = (beats.get(i).receivedNanos() - beats.get(i - 1).receivedNanos()) / 1_000_000;
      assertTrue(gapMillis <= 3000, "heartbeat gap " + gapMillis + " ms for a 300 ms interval");
    }
    assertEquals(3, beats.get(beats.size() - 1).d().asLong());
    assertTrue(shard.heartbeatLatency().isPresent());
  }

  @Test
  void firstHeartbeatIsJittered() throws Exception {
    gateway(Duration.ofSeconds(60));
    started(shardBuilder().random(() -> 0.001));
    // jitter 0.001 of 60 s: the first beat comes after 60 ms, long before the interval
    await().atMost(Duration.ofSeconds(5)).until(() -> gateway.received(1).size() == 1);
  }

  @Test
  void zombieConnectionIsClosedResumableAndResumed() throws Exception {
    gateway(Duration.ofMillis(150));
    WebSocketGatewayShard shard = started(shardBuilder());
    gateway.dispatchMany(5, "MESSAGE_CREATE", "{}");
    gateway.stopAcking();
    gateway.dispatchMany(5, "MESSAGE_CREATE", "{}");

    await().atMost(WAIT).until(() -> gateway.resumeCount() >= 1 && shard.isConnected());
    gateway.dispatchMany(5, "MESSAGE_CREATE", "{}");
    assertEverySequenceOnceInOrder();
    assertEquals(1, gateway.identifyCount());
    assertTrue(sink.disconnected.get() >= 1);
    assertFalse(gateway.clientCloseCodes().contains(1000));
    assertFalse(gateway.clientCloseCodes().contains(1001));
  }

  @Test
  void aSecondHelloOnOneConnectionIsIgnored() throws Exception {
    gateway(Duration.ofSeconds(60));
    WebSocketGatewayShard shard = started(shardBuilder().random(() -> 0.99));
    gateway.sendRaw("{\"op\":10,\"d\":{\"heartbeat_interval\":1000}}");
    gateway.sendRaw("{\"op\":1,\"d\":null}"); // answered at once: proves the HELLO was read
    // A second heartbeat loop at 1 s would beat within the next 1.5 s; one handshake only.
    await().during(Duration.ofMillis(1_500)).atMost(Duration.ofSeconds(5))
        .until(() -> gateway.received(1).size() == 1);
    assertEquals(1, gateway.identifyCount());
    assertEquals(0, gateway.resumeCount());
    assertTrue(shard.isConnected());
  }

  @Test
  void answersOp1AtOnce() throws Exception {
    gateway(Duration.ofSeconds(60));
    started(shardBuilder().random(() -> 0.99));
    gateway.dispatch("MESSAGE_CREATE", "{}");
    gateway.sendRaw("{\"op\":1,\"d\":null}");
    await().atMost(Duration.ofSeconds(5)).until(() -> gateway.received(1).size() == 1);
    assertEquals(2, gateway.received(1).get(0).d().asLong());
  }

  @Test
  void unwantedDispatchesAdvanceTheSequenceWithoutReachingTheSink() throws Exception {
    sink = new RecordingSink(Set.of("PRESENCE_UPDATE"));
    gateway(Duration.ofSeconds(30));
    WebSocketGatewayShard shard = started(shardBuilder());
    gateway.dispatchMany(10, "PRESENCE_UPDATE", "{\"big\":[1,2,3]}");
    gateway.dispatch("MESSAGE_CREATE", "{}");
    await().atMost(WAIT).until(() -> sink.named("MESSAGE_CREATE").size() == 1);
    assertEquals(12, sink.named("MESSAGE_CREATE").get(0).sequence());
    assertTrue(sink.named("PRESENCE_UPDATE").isEmpty());
    assertEquals(12, shard.sequence());
  }

  @Test
  void readyTeachesTheSessionEvenWhenNobodyWantsIt() throws Exception {
    sink = new RecordingSink(Set.of("READY"));
    gateway(Duration.ofSeconds(30));
    WebSocketGatewayShard shard = started(shardBuilder());
    assertEquals(gateway.sessionIds().get(0), shard.sessionId().orElseThrow());
    assertEquals(1, sink.connected.get());
    gateway.dispatch("MESSAGE_CREATE", "{}");
    gateway.sendReconnect();
    await().atMost(WAIT).until(() -> gateway.resumeCount() == 1 && sink.connected.get() == 2);
  }

  @Test
  void closeEndsTheSessionWithCode1000() throws Exception {
    gateway(Duration.ofSeconds(30));
    // First heartbeat ~30 s away: no ACK in flight to hide the close frame (see clientCloseCodes()).
    WebSocketGatewayShard shard = started(shardBuilder().random(() -> 0.99));
    shard.close();
    assertTrue(shard.closed().isDone());
    assertFalse(shard.closed().isCompletedExceptionally());
    await().atMost(WAIT).until(() -> gateway.clientCloseCodes().contains(1000));
    assertEquals(1, sink.disconnected.get());
  }

  @Test
  void closeBeforeReadyFailsStartOnlyOnceTheShardIsClosed() throws Exception {
    gateway(Duration.ofSeconds(30));
    // A gate that never opens: the shard gets HELLO but can never identify, so READY cannot race close().
    CountDownLatch gateAsked = new CountDownLatch(1);
    WebSocketGatewayShard shard = track(shardBuilder().identifyGate(id -> {
      gateAsked.countDown();
      return new CompletableFuture<>();
    }).build());
    CompletableFuture<Boolean> closedWhenStartFailed = shard.start().handle((v, e) -> shard.closed().isDone());
    assertTrue(gateAsked.await(WAIT.toSeconds(), TimeUnit.SECONDS));
    shard.close();
    assertTrue(closedWhenStartFailed.get(WAIT.toSeconds(), TimeUnit.SECONDS),
        "start() failed while closed() was still pending");
  }
}

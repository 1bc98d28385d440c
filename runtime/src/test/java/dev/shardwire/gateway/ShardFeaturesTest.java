package dev.shardwire.gateway;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shardwire.gateway.client.WebSocketGatewayShard;
import dev.shardwire.models.Intents;
import dev.shardwire.models.Snowflake;
import dev.shardwire.testing.EmbeddedGateway;
import dev.shardwire.testing.EmbeddedMember;
import dev.shardwire.testing.ReceivedFrame;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** zlib-stream, member requests, the send limit and identify buckets. */
class ShardFeaturesTest extends GatewayHarness {

  private static final Snowflake GUILD = Snowflake.of(81_384_788_765_712_384L);

  @Test
  void zlibStreamCarriesEveryDispatchAcrossSplitFramesAndResumes() throws Exception {
    gateway(EmbeddedGateway.builder().heartbeatInterval(Duration.ofSeconds(30)).splitCompressedFrames(true));
    WebSocketGatewayShard shard = started(shardBuilder().compress(true));
    assertEquals("v=10&encoding=json&compress=zlib-stream", gateway.connectionQueries().get(0));
    String big = "{\"content\":\"" + "abcdefghij".repeat(5_000) + "\"}";
    gateway.dispatchMany(50, "MESSAGE_CREATE", "{\"content\":\"hi\"}");
    gateway.dispatch("MESSAGE_CREATE", big);
    gateway.dropConnections();
    gateway.dispatchMany(50, "MESSAGE_CREATE", "{\"content\":\"hi\"}");
    await().atMost(WAIT).until(() -> gateway.resumeCount() == 1 && shard.isConnected());
    assertEverySequenceOnceInOrder();
    assertEquals(50_000, sink.named("MESSAGE_CREATE").get(50).data().path("content").asString().length());
    assertTrue(sink.malformed().isEmpty());
  }

  @Test
  void oversizedCompressedMessageIsReportedAndTheStreamGoesOn() throws Exception {
    gateway(EmbeddedGateway.builder().heartbeatInterval(Duration.ofSeconds(30)));
    WebSocketGatewayShard shard = started(shardBuilder().compress(true).maxMessageBytes(4096));
    // Letters that do not compress, so that the compressed frame, too, is above the limit.
    Random random = new Random(6);
    StringBuilder content = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      content.append((char) ('a' + random.nextInt(26)));
    }
    gateway.dispatch("MESSAGE_CREATE", "{\"content\":\"" + content + "\"}");
    gateway.dispatch("MESSAGE_CREATE", "{\"content\":\"small\"}");
    await().atMost(WAIT).until(() -> sink.named("MESSAGE_CREATE").size() == 1);
    assertEquals(1, sink.malformed().size());
    assertEquals("small", sink.named("MESSAGE_CREATE").get(0).data().path("content").asString());
    assertTrue(shard.isConnected());
    assertEquals(1, gateway.connectionCount());
  }

  @Test
  void oversizedTextFrameIsSkippedReportedAndTheConnectionGoesOn() throws Exception {
    gateway(EmbeddedGateway.builder().heartbeatInterval(Duration.ofSeconds(30)));
    WebSocketGatewayShard shard = started(shardBuilder().maxMessageBytes(4096));
    gateway.dispatch("MESSAGE_CREATE", "{\"content\":\"" + "x".repeat(10_000) + "\"}");
    gateway.dispatch("MESSAGE_CREATE", "{\"content\":\"small\"}");
    await().atMost(WAIT).until(() -> sink.named("MESSAGE_CREATE").size() == 1);
    assertEquals(1, sink.malformed().size());
    assertTrue(sink.malformed().get(0).getMessage().contains("above maxMessageBytes (4096)"),
        sink.malformed().get(0).getMessage());
    assertEquals("small", sink.named("MESSAGE_CREATE").get(0).data().path("content").asString());
    assertTrue(shard.isConnected());
    assertEquals(1, gateway.connectionCount());
  }

  @Test
  void requestGuildMembersGetsThreeChunksFor2500Members() throws Exception {
    gateway(EmbeddedGateway.builder().heartbeatInterval(Duration.ofSeconds(30))
        .members(GUILD, EmbeddedMember.numbered(1_000, 2_500)));
    WebSocketGatewayShard shard = started(shardBuilder()
        .intents(Intents.of(Intents.GUILDS, Intents.GUILD_MEMBERS, Intents.GUILD_PRESENCES)));

    String nonce = shard.requestGuildMembers(MemberRequest.all(GUILD).withPresences(true));
    await().atMost(WAIT).until(() -> sink.named("GUILD_MEMBERS_CHUNK").size() == 3);
    List<RecordingSink.Dispatch> chunks = sink.named("GUILD_MEMBERS_CHUNK");
    int[] sizes = {1000, 1000, 500};
    for (int i = 0; i < 3; i++) {
      assertEquals(i, chunks.get(i).data().path("chunk_index").asInt());
      assertEquals(3, chunks.get(i).data().path("chunk_count").asInt());
      assertEquals(nonce, chunks.get(i).data().path("nonce").asString());
      assertEquals(sizes[i], chunks.get(i).data().path("members").size());
      assertEquals(sizes[i], chunks.get(i).data().path("presences").size());
    }
    ReceivedFrame request = gateway.received(8).get(0);
    assertEquals(GUILD.toString(), request.d().path("guild_id").asString());
    assertEquals("", request.d().path("query").asString());
    assertEquals(0, request.d().path("limit").asInt());
    assertTrue(request.d().path("presences").asBoolean());
  }

  @Test
  void requestByUserIdsReportsNotFound() throws Exception {
    gateway(EmbeddedGateway.builder().heartbeatInterval(Duration.ofSeconds(30))
        .members(GUILD, EmbeddedMember.numbered(1_000, 10)));
    WebSocketGatewayShard shard = started(shardBuilder());
    shard.requestGuildMembers(MemberRequest.users(GUILD, List.of(Snowflake.of(1_001), Snowflake.of(5))).withNonce("mine"));
    await().atMost(WAIT).until(() -> sink.named("GUILD_MEMBERS_CHUNK").size() == 1);
    RecordingSink.Dispatch chunk = sink.named("GUILD_MEMBERS_CHUNK").get(0);
    assertEquals(1, chunk.data().path("members").size());
    assertEquals("5", chunk.data().path("not_found").path(0).asString());
    assertEquals("mine", chunk.data().path("nonce").asString());
  }

  @Test
  void requestGuildMembersValidates() {
    gateway(Duration.ofSeconds(30));
    WebSocketGatewayShard noMembers = track(shardBuilder().intents(Intents.GUILDS).build());
    assertThrows(IllegalArgumentException.class, () -> noMembers.requestGuildMembers(MemberRequest.all(GUILD)));
    assertThrows(IllegalArgumentException.class,
        () -> noMembers.requestGuildMembers(MemberRequest.query(GUILD, "a", 5).withPresences(true)));
    assertThrows(IllegalArgumentException.class, () -> MemberRequest.all(GUILD).withNonce("x".repeat(33)));
    assertThrows(IllegalArgumentException.class, () -> MemberRequest.query(GUILD, "a", 101));
    assertThrows(IllegalArgumentException.class, () -> MemberRequest.query(GUILD, "a", 0));
    List<Snowflake> tooMany = new ArrayList<>(Collections.nCopies(101, GUILD));
    assertThrows(IllegalArgumentException.class, () -> MemberRequest.users(GUILD, tooMany));
    assertThrows(IllegalArgumentException.class, () -> MemberRequest.users(GUILD, List.of()));
    MemberRequest.all(GUILD).withNonce("x".repeat(32));
  }

  @Test
  void sendLimitHoldsRequestsUntilTheWindowRolls() throws Exception {
    gateway(EmbeddedGateway.builder().heartbeatInterval(Duration.ofSeconds(30))
        .members(GUILD, EmbeddedMember.numbered(1, 3)));
    long window = 400;
    WebSocketGatewayShard shard = started(shardBuilder().random(() -> 0.99)
        .sendLimit(5, Duration.ofMillis(window), 1));
    for (int i = 0; i < 10; i++) {
      shard.requestGuildMembers(MemberRequest.query(GUILD, "member", 1));
    }
    // IDENTIFY took 1 of 5 and one is kept for heartbeats: 3 requests now, then 4 per window.
    await().atMost(WAIT).until(() -> gateway.received(8).size() == 10);
    List<ReceivedFrame> requests = gateway.received(8);
    long spreadMillis = (requests.get(9).receivedNanos() - requests.get(0).receivedNanos()) / 1_000_000;
    assertTrue(spreadMillis >= window, "10 requests through a 4-per-" + window + "ms limit took only " + spreadMillis + " ms");
    await().atMost(WAIT).until(() -> sink.named("GUILD_MEMBERS_CHUNK").size() == 10);
  }

  @Test
  void twoShardsWithMaxConcurrencyOneIdentifyOneBucketIntervalApart() throws Exception {
    gateway(Duration.ofSeconds(30));
    IdentifyBuckets buckets = new IdentifyBuckets(1, Duration.ofMillis(400));
    // Timed where the gate opens, not where the frames arrive: a loaded machine can delay the first
    // IDENTIFY on its way by more than any margin, which would shrink the gap seen by the gateway.
    Map<Integer, Long> opened = new ConcurrentHashMap<>();
    IdentifyGate gate = id -> buckets.acquire(id).thenRun(() -> opened.put(id, System.nanoTime()));
    WebSocketGatewayShard a = track(shardBuilder().shard(0, 2).identifyGate(gate).build());
    WebSocketGatewayShard b = track(shardBuilder().shard(1, 2).identifyGate(gate).build());
    CompletableFuture.allOf(a.start(), b.start()).get(10, TimeUnit.SECONDS);
    List<ReceivedFrame> identifies = gateway.received(2);
    assertEquals(2, identifies.size());
    long first = Math.min(opened.get(0), opened.get(1));
    long second = Math.max(opened.get(0), opened.get(1));
    long gapMillis = (second - first) / 1_000_000;
    assertTrue(gapMillis >= 350, "the gate opened only " + gapMillis + " ms apart");
    // Each shard identified only after its gate opened.
    assertTrue(identifies.get(1).receivedNanos() >= second, "an IDENTIFY went out before its gate opened");
    assertEquals(2, gateway.sessionIds().size());
    gateway.dispatch("MESSAGE_CREATE", "{}");
    await().atMost(WAIT).until(() -> sink.named("MESSAGE_CREATE").size() == 2);
  }

  @Test
  void bucketsPerShardModuloMaxConcurrencyDoNotWaitOnEachOther() throws Exception {
    IdentifyBuckets buckets = new IdentifyBuckets(2, Duration.ofSeconds(30));
    assertTrue(buckets.acquire(0).isDone());
    assertTrue(buckets.acquire(1).isDone());
    CompletableFuture<Void> third = buckets.acquire(2);
    assertTrue(!third.isDone());
    third.cancel(false);
  }
}

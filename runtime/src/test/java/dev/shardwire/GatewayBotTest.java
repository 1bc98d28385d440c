package dev.shardwire;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shardwire.events.MalformedPayloadEvent;
import dev.shardwire.events.MemberChunkEvent;
import dev.shardwire.events.ShardEvent;
import dev.shardwire.events.ShardPayloadEvent;
import dev.shardwire.events.ShardReadyEvent;
import dev.shardwire.events.ShardwireEventTable;
import dev.shardwire.gateway.MemberRequest;
import dev.shardwire.models.Intents;
import dev.shardwire.models.Snowflake;
import dev.shardwire.spi.DecodeException;
import dev.shardwire.testing.EmbeddedGateway;
import dev.shardwire.testing.EmbeddedMember;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A whole bot against the embedded gateway, over real sockets on loopback. */
class GatewayBotTest {

  private static final Snowflake GUILD = Snowflake.of(81384788765712384L);

  private EmbeddedGateway gateway;
  private GatewayBot bot;

  @BeforeEach
  void start() {
    gateway =
        EmbeddedGateway.builder()
            .heartbeatInterval(Duration.ofSeconds(1))
            .guilds(List.of(GUILD))
            .members(GUILD, EmbeddedMember.numbered(1000, 2500))
            .start();
    bot =
        GatewayBot.builder()
            .token("test-token")
            .intents(Intents.of(Intents.GUILDS, Intents.GUILD_MEMBERS, Intents.DIRECT_MESSAGE_TYPING)) // TYPING_START without a guild
            .gatewayUrl(gateway.url())
            .build();
  }

  @AfterEach
  void stop() {
    bot.close();
    gateway.close();
  }

  @Test
  void readyArrivesAsATypedEventWithTheSessionAndConnectedFollows() throws Exception {
    CompletableFuture<ShardReadyEvent> ready = bot.events().waitFor(ShardwireEventTable.SHARD_READY_EVENT, Duration.ofSeconds(10));
    CompletableFuture<?> connected = bot.events().waitFor(ShardwireEventTable.SHARD_CONNECTED_EVENT, Duration.ofSeconds(10));
    bot.start().get(10, TimeUnit.SECONDS);
    ShardReadyEvent event = ready.get(10, TimeUnit.SECONDS);
    assertEquals(10, event.actualGatewayVersion());
    assertEquals(List.of(GUILD), List.copyOf(event.unavailableGuilds()));
    assertEquals(0, event.shard().id());
    assertEquals(bot, event.app());
    connected.get(10, TimeUnit.SECONDS);
  }

  @Test
  void requestingMembersCollectsEveryChunkOfTheNonce() throws Exception {
    List<Integer> progress = new CopyOnWriteArrayList<>();
    bot.events().subscribe(ShardwireEventTable.MEMBER_CHUNK_EVENT, chunk -> progress.add(chunk.chunkIndex()));
    bot.start().get(10, TimeUnit.SECONDS);

    CompletableFuture<List<MemberChunkEvent>> request = bot.requestGuildMembers(MemberRequest.all(GUILD));
    // The collector waits like waitFor does: it is not one of the user's listeners.
    assertEquals(1, bot.events().listeners(ShardwireEventTable.MEMBER_CHUNK_EVENT).size());
    List<MemberChunkEvent> chunks = request.get(10, TimeUnit.SECONDS);

    assertEquals(3, chunks.size());
    assertEquals(List.of(1000, 1000, 500), chunks.stream().map(MemberChunkEvent::size).toList());
    assertEquals(2500, chunks.stream().mapToInt(c -> c.members().size()).sum());
    assertEquals(Snowflake.of(1000), chunks.get(0).get(0).user().id());
    await().atMost(Duration.ofSeconds(5)).until(() -> progress.size() == 3);
  }

  @Test
  void aChunkThatDoesNotDecodeFailsItsRequestAtOnceWithTheDecodeError() throws Exception {
    bot.start().get(10, TimeUnit.SECONDS);
    gateway.corruptMemberChunks(1);
    long started = System.nanoTime();
    CompletableFuture<List<MemberChunkEvent>> request = bot.requestGuildMembers(MemberRequest.all(GUILD));
    ExecutionException failure = assertThrows(ExecutionException.class, () -> request.get(10, TimeUnit.SECONDS));
    assertTrue(failure.getCause() instanceof DecodeException, String.valueOf(failure.getCause()));
    assertTrue(failure.getCause().getMessage().contains("chunk_count"), failure.getCause().getMessage());
    // Well before the 30 s member timeout: the failure did not wait for it.
    assertTrue(System.nanoTime() - started < TimeUnit.SECONDS.toNanos(10));
  }

  @Test
  void payloadEventsCarryTheRawTreeOnlyWhenListenedTo() throws Exception {
    CompletableFuture<ShardPayloadEvent> raw =
        bot.events().waitFor(ShardwireEventTable.SHARD_PAYLOAD_EVENT, Duration.ofSeconds(10), e -> e.name().equals("TYPING_START"));
    bot.start().get(10, TimeUnit.SECONDS);
    gateway.dispatch("TYPING_START", "{\"channel_id\":\"7\",\"user_id\":\"8\"}");
    ShardPayloadEvent event = raw.get(10, TimeUnit.SECONDS);
    assertEquals("7", event.payload().get("channel_id").asString());
  }

  @Test
  void aMalformedPayloadIsReportedAndTheShardGoesOn() throws Exception {
    CompletableFuture<MalformedPayloadEvent> malformed =
        bot.events().waitFor(ShardwireEventTable.MALFORMED_PAYLOAD_EVENT, Duration.ofSeconds(10));
    List<Integer> chunkIndexes = new CopyOnWriteArrayList<>();
    bot.events().subscribe(ShardwireEventTable.MEMBER_CHUNK_EVENT, chunk -> chunkIndexes.add(chunk.chunkIndex()));
    bot.start().get(10, TimeUnit.SECONDS);

    gateway.dispatch("GUILD_MEMBERS_CHUNK", "{\"guild_id\":\"1\",\"members\":[{\"user\":{\"id\":[]}}],\"chunk_index\":0,\"chunk_count\":1}");
    gateway.dispatch("GUILD_MEMBERS_CHUNK", "{\"guild_id\":\"1\",\"members\":[],\"chunk_index\":7,\"chunk_count\":9}");

    MalformedPayloadEvent event = malformed.get(10, TimeUnit.SECONDS);
    assertEquals("GUILD_MEMBERS_CHUNK", event.name());
    DecodeException cause = (DecodeException) event.exception();
    assertTrue(cause.getMessage().contains("members[0].user.id"), cause.getMessage());
    await().atMost(Duration.ofSeconds(5)).until(() -> chunkIndexes.equals(List.of(7)));
    assertTrue(bot.shards().get(0).isConnected());
  }

  @Test
  void aMalformedFrameIsOneWarningAndOneEvent() throws Exception {
    List<MalformedPayloadEvent> malformed = new CopyOnWriteArrayList<>();
    bot.events().subscribe(ShardwireEventTable.MALFORMED_PAYLOAD_EVENT, malformed::add);
    bot.start().get(10, TimeUnit.SECONDS);
    String log;
    try (dev.shardwire.dispatch.LogCapture capture = new dev.shardwire.dispatch.LogCapture()) {
      gateway.sendRaw("[1,2,3]");
      await().atMost(Duration.ofSeconds(10)).until(() -> malformed.size() == 1);
      log = capture.text();
    }
    // The shard logs what it reports; the bot turns the report into the event and does not log it again.
    List<String> warnings = log.lines().filter(line -> line.contains("WARN")).toList();
    assertEquals(1, warnings.size(), log);
    assertTrue(warnings.get(0).contains("a gateway frame must be a JSON object"), log);
    assertEquals("a gateway frame must be a JSON object", malformed.get(0).exception().getMessage());
  }

  @Test
  void aPayloadThatIsNotJsonIsReportedWithItsDispatchAndOffset() throws Exception {
    // Payloads are parsed on the shard's lane, after the read thread has accepted the envelope:
    // a broken one must still be reported under its dispatch's name, for typed and raw listeners.
    List<MalformedPayloadEvent> malformed = new CopyOnWriteArrayList<>();
    bot.events().subscribe(ShardwireEventTable.MALFORMED_PAYLOAD_EVENT, malformed::add);
    List<Integer> chunkIndexes = new CopyOnWriteArrayList<>();
    bot.events().subscribe(ShardwireEventTable.MEMBER_CHUNK_EVENT, chunk -> chunkIndexes.add(chunk.chunkIndex()));
    bot.start().get(10, TimeUnit.SECONDS);

    String broken = "{\"op\":0,\"t\":\"GUILD_MEMBERS_CHUNK\",\"s\":null,\"d\":{\"guild_id\":\"1\",\"members\":[}}";
    gateway.sendRaw(broken);
    await().atMost(Duration.ofSeconds(10)).until(() -> malformed.size() == 1);
    bot.events().subscribe(ShardwireEventTable.SHARD_PAYLOAD_EVENT, e -> {});
    gateway.sendRaw(broken);
    gateway.dispatch("GUILD_MEMBERS_CHUNK", "{\"guild_id\":\"1\",\"members\":[],\"chunk_index\":7,\"chunk_count\":9}");

    await().atMost(Duration.ofSeconds(10)).until(() -> chunkIndexes.equals(List.of(7)));
    assertEquals(2, malformed.size());
    for (MalformedPayloadEvent event : malformed) {
      assertEquals("GUILD_MEMBERS_CHUNK", event.name());
      assertTrue(event.exception().getMessage().contains("offset " + broken.indexOf('}')), event.exception().getMessage());
    }
    assertTrue(bot.shards().get(0).isConnected());
  }

  @Test
  void shardOptionsReachEveryShardAndTheLastSettingGivenWins() throws Exception {
    bot.close();
    bot =
        GatewayBot.builder()
            .token("test-token")
            .intents(Intents.of(Intents.GUILDS, Intents.GUILD_MEMBERS, Intents.DIRECT_MESSAGE_TYPING)) // TYPING_START without a guild
            .shardOptions(shard -> shard.maxMessageBytes(4096).gatewayUrl("wss://elsewhere.example.com"))
            .gatewayUrl(gateway.url())
            .compress(false)
            .build();
    CompletableFuture<MalformedPayloadEvent> malformed =
        bot.events().waitFor(ShardwireEventTable.MALFORMED_PAYLOAD_EVENT, Duration.ofSeconds(10));
    bot.start().get(10, TimeUnit.SECONDS); // at the URL given last, not the one the settings gave first
    gateway.dispatch("TYPING_START", "{\"channel_id\":\"" + "7".repeat(5_000) + "\",\"user_id\":\"8\"}");
    assertTrue(malformed.get(10, TimeUnit.SECONDS).exception().getMessage().contains("above maxMessageBytes (4096)"));
    assertTrue(bot.shards().get(0).isConnected());
  }

  @Test
  void malformedFramesAtEveryLevelBecomeMalformedPayloadEventsNamingTheProblem() throws Exception {
    bot.close();
    bot =
        GatewayBot.builder()
            .token("test-token")
            .intents(Intents.of(Intents.GUILDS, Intents.GUILD_MEMBERS, Intents.DIRECT_MESSAGE_TYPING)) // TYPING_START without a guild
            .gatewayUrl(gateway.url())
            .shardOptions(shard -> shard.maxMessageBytes(4096))
            .build();
    List<String> reasons = new CopyOnWriteArrayList<>();
    bot.events().subscribe(ShardwireEventTable.MALFORMED_PAYLOAD_EVENT, e -> reasons.add(e.exception().getMessage()));
    bot.start().get(10, TimeUnit.SECONDS);
    gateway.sendRaw("{\"op\":0,\"t\":");
    gateway.sendRaw("{\"op\":\"zero\"}");
    gateway.wire().sendFragmentedText("{\"op\":11,\"d\":\"" + "x".repeat(5000) + "\"}", 3);
    gateway.wire().dispatchWithSequence("MESSAGE_CREATE", "{}", Long.MAX_VALUE);
    gateway.sendTextFrame(new byte[] {'{', (byte) 0xC3, '}'}); // fails the connection: last
    try {
      await().atMost(Duration.ofSeconds(10)).until(() -> reasons.size() == 5);
    } catch (org.awaitility.core.ConditionTimeoutException e) {
      throw new AssertionError("five reports expected: " + reasons, e);
    }
    assertTrue(reasons.get(0).startsWith("Unexpected end-of-input"), reasons.get(0));
    assertEquals("'op' must be an integer, got VALUE_STRING", reasons.get(1));
    assertTrue(reasons.get(2).contains("sent in fragments, above maxMessageBytes (4096)"), reasons.get(2));
    assertTrue(reasons.get(3).startsWith("dispatch MESSAGE_CREATE has sequence number 9223372036854775807"),
        reasons.get(3));
    assertTrue(reasons.get(4).contains("1007") && reasons.get(4).contains("not valid UTF-8"), reasons.get(4));
    await().atMost(Duration.ofSeconds(10)).until(() -> gateway.resumeCount() == 1 && bot.shards().get(0).isConnected());
  }

  @Test
  void aSlowListenerDoesNotDelayHeartbeats() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    bot.events().subscribe(ShardwireEventTable.SHARD_READY_EVENT, e -> release.await());
    bot.start().get(10, TimeUnit.SECONDS);
    int acked = gateway.received(1).size();
    await().atMost(Duration.ofSeconds(10)).until(() -> gateway.received(1).size() >= acked + 3);
    assertTrue(bot.shards().get(0).isConnected());
    release.countDown();
  }

  @Test
  void listenersOfABaseEventReceiveEveryShardEvent() throws Exception {
    List<String> seen = new CopyOnWriteArrayList<>();
    bot.events().subscribe(ShardwireEventTable.SHARD_EVENT, (ShardEvent e) -> seen.add(e.eventType().name()));
    bot.start().get(10, TimeUnit.SECONDS);
    await().atMost(Duration.ofSeconds(5)).until(() -> seen.contains("ShardConnectedEvent"));
    assertTrue(seen.contains("ShardReadyEvent"), seen.toString());
    assertTrue(seen.contains("ShardPayloadEvent"), seen.toString());
  }

  @Test
  void theTokenNeverShowsAndABotWithoutOneCannotStart() {
    assertFalse(bot.toString().contains("test-token"));
    assertTrue(bot.toString().startsWith("GatewayBot[shards=[0] of 1, intents="), bot.toString());
    GatewayBot offline = GatewayBot.builder().build();
    assertThrows(IllegalStateException.class, offline::start);
    assertTrue(offline.shards().isEmpty());
  }
}

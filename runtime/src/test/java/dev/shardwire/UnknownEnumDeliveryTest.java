package dev.shardwire;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shardwire.events.Event;
import dev.shardwire.events.MalformedPayloadEvent;
import dev.shardwire.events.MemberChunkEvent;
import dev.shardwire.events.ShardwireEventTable;
import dev.shardwire.gateway.MemberRequest;
import dev.shardwire.models.Intents;
import dev.shardwire.models.MemberPresence;
import dev.shardwire.models.Snowflake;
import dev.shardwire.models.Status;
import dev.shardwire.testing.EmbeddedGateway;
import dev.shardwire.testing.EmbeddedMember;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Regression of issue 11: a presence with a status Discord added after this version made a whole
 * GUILD_MEMBERS_CHUNK a MalformedPayloadEvent, and {@code requestGuildMembers} then waited out its
 * timeout. Now the chunk arrives typed, the status is {@link Status#UNKNOWN} and its raw value is
 * readable. A real bot against the embedded gateway, over loopback.
 */
class UnknownEnumDeliveryTest {

  private static final Snowflake GUILD = Snowflake.of(81384788765712384L);
  private static final Snowflake NEWCOMER = Snowflake.of(2000);

  private EmbeddedGateway gateway;
  private GatewayBot bot;
  private final List<Event> everything = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() throws Exception {
    gateway =
        EmbeddedGateway.builder()
            .heartbeatInterval(Duration.ofSeconds(1))
            .guilds(List.of(GUILD))
            .members(
                GUILD,
                List.of(
                    new EmbeddedMember(Snowflake.of(1000), "old-timer", Status.IDLE),
                    EmbeddedMember.withUnknownStatus(NEWCOMER, "newcomer", "brand_new_status")))
            .start();
    bot =
        GatewayBot.builder()
            .token("test-token")
            .intents(Intents.of(Intents.GUILDS, Intents.GUILD_MEMBERS, Intents.GUILD_PRESENCES))
            .gatewayUrl(gateway.url())
            .build();
    bot.events().subscribe(ShardwireEventTable.EVENT, everything::add);
    bot.start().get(10, TimeUnit.SECONDS);
  }

  @AfterEach
  void stop() {
    bot.close();
    gateway.close();
  }

  @Test
  void aChunkWithAnUnknownStatusIsDeliveredTypedAndCompletesTheRequest() throws Exception {
    CompletableFuture<List<MemberChunkEvent>> request =
        bot.requestGuildMembers(MemberRequest.all(GUILD).withPresences(true));
    List<MemberChunkEvent> chunks = request.get(10, TimeUnit.SECONDS);

    assertEquals(1, chunks.size());
    MemberChunkEvent chunk = chunks.get(0);
    assertEquals("GUILD_MEMBERS_CHUNK", chunk.eventType().gatewayName().orElseThrow());
    MemberPresence newcomer = chunk.presences().get(NEWCOMER);
    assertEquals(Status.UNKNOWN, newcomer.status());
    assertEquals("brand_new_status", newcomer.rawStatus());
    MemberPresence oldTimer = chunk.presences().get(Snowflake.of(1000));
    assertEquals(Status.IDLE, oldTimer.status());
    assertEquals("idle", oldTimer.rawStatus());
    assertTrue(everything.stream().noneMatch(MalformedPayloadEvent.class::isInstance), everything::toString);
  }

  @Test
  void aDispatchedChunkReachesAListenerOfEveryEventAsAMemberChunkEvent() throws Exception {
    CompletableFuture<MemberChunkEvent> typed =
        bot.events().waitFor(ShardwireEventTable.MEMBER_CHUNK_EVENT, Duration.ofSeconds(10));
    gateway.dispatch(
        "GUILD_MEMBERS_CHUNK",
        """
        {"presences":[{"status":"brand_new_status","user":{"id":"2000"},"client_status":{"web":"brand_new_status"}}],
         "chunk_count":1,"members":[],"guild_id":"81384788765712384","chunk_index":0}""");
    MemberChunkEvent chunk = typed.get(10, TimeUnit.SECONDS);
    assertEquals("brand_new_status", chunk.presences().get(NEWCOMER).rawStatus());
    // The waiter (a listener of the type) runs before the listener of Event: wait for the latter.
    await().atMost(Duration.ofSeconds(10)).until(() -> everything.contains(chunk));
    Optional<Event> malformed = everything.stream().filter(MalformedPayloadEvent.class::isInstance).findFirst();
    assertTrue(malformed.isEmpty(), () -> malformed.toString());
  }
}

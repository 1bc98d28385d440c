package dev.shardwire;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shardwire.gateway.Presence;
import dev.shardwire.gateway.VoiceStateUpdate;
import dev.shardwire.models.Intents;
import dev.shardwire.models.Snowflake;
import dev.shardwire.models.Status;
import dev.shardwire.testing.EmbeddedGateway;
import dev.shardwire.testing.ReceivedFrame;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Op 3 and op 4 as the embedded gateway receives them, validated and behind the send limiter. */
class GatewayCommandsTest {

  // (id >> 22) % 2: GUILD_0 is shard 0's, GUILD_1 shard 1's.
  private static final Snowflake GUILD_0 = Snowflake.of(2L << 22);
  private static final Snowflake GUILD_1 = Snowflake.of(3L << 22);
  private static final Snowflake CHANNEL = Snowflake.of(1100000000000000010L);

  private EmbeddedGateway gateway;
  private GatewayBot bot;

  private GatewayBot startBot(int shards, int sendCapacity) throws Exception {
    gateway = EmbeddedGateway.builder().heartbeatInterval(Duration.ofSeconds(60)).start();
    bot =
        GatewayBot.builder()
            .token("test-token")
            .intents(Intents.of(Intents.GUILDS, Intents.GUILD_VOICE_STATES))
            .gatewayUrl(gateway.url())
            .shardCount(shards)
            .identifyInterval(Duration.ofMillis(10))
            // The first heartbeat comes late (at 99% of the interval), so only IDENTIFY shares the window.
            .shardOptions(shard -> shard.random(() -> 0.99).sendLimit(sendCapacity, Duration.ofSeconds(60), 2))
            .build();
    bot.start().get(10, TimeUnit.SECONDS);
    return bot;
  }

  @AfterEach
  void stop() {
    if (bot != null) {
      bot.close();
    }
    if (gateway != null) {
      gateway.close();
    }
  }

  @Test
  void aPresenceUpdateIsSentAsOp3AndKeptForTheNextIdentify() throws Exception {
    startBot(1, 120);
    Instant idle = Instant.ofEpochMilli(1_700_000_000_000L);
    bot.updatePresence(Presence.of(Status.IDLE).withActivity("the gateway", 3).withAfk(true).withIdleSince(idle));

    await().atMost(Duration.ofSeconds(10)).until(() -> gateway.received(3).size() == 1);
    JsonNode d = gateway.received(3).get(0).d();
    assertEquals("idle", d.path("status").asString());
    assertTrue(d.path("afk").asBoolean());
    assertEquals(idle.toEpochMilli(), d.path("since").asLong());
    assertEquals("the gateway", d.path("activities").path(0).path("name").asString());
    assertEquals(3, d.path("activities").path(0).path("type").asInt());

    // A new session identifies with the updated presence, not the builder's (none).
    gateway.sendInvalidSession(false);
    await().atMost(Duration.ofSeconds(20)).until(() -> gateway.identifyCount() == 2);
    assertEquals("idle", gateway.lastIdentify().orElseThrow().path("presence").path("status").asString());
  }

  @Test
  void aVoiceStateUpdateGoesThroughTheGuildsShardAsOp4() throws Exception {
    startBot(2, 120);
    bot.updateVoiceState(VoiceStateUpdate.join(GUILD_1, CHANNEL).withSelfDeaf(true));
    bot.updateVoiceState(VoiceStateUpdate.leave(GUILD_0));

    await().atMost(Duration.ofSeconds(10)).until(() -> gateway.received(4).size() == 2);
    List<ReceivedFrame> frames = gateway.received(4);
    JsonNode join = frames.stream().filter(f -> f.d().path("guild_id").asString().equals(GUILD_1.toString())).findFirst().orElseThrow().d();
    assertEquals(CHANNEL.toString(), join.path("channel_id").asString());
    assertTrue(join.path("self_deaf").asBoolean());
    assertFalse(join.path("self_mute").asBoolean());
    JsonNode leave = frames.stream().filter(f -> f.d().path("guild_id").asString().equals(GUILD_0.toString())).findFirst().orElseThrow().d();
    assertTrue(leave.has("channel_id") && leave.get("channel_id").isNull());
    // Each went out on its guild's shard: the two frames came on two connections.
    assertTrue(frames.get(0).connection() != frames.get(1).connection());
  }

  @Test
  void aShardRefusesAGuildOfAnotherShard() throws Exception {
    startBot(2, 120);
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class,
            () -> bot.shards().get(0).updateVoiceState(VoiceStateUpdate.leave(GUILD_1)));
    assertTrue(error.getMessage().contains("belongs to shard 1 of 2"), error.getMessage());
  }

  @Test
  void commandsBeyondTheSendLimitWaitForTheWindow() throws Exception {
    startBot(1, 8); // 8 per window, 2 kept for heartbeats, 1 used by IDENTIFY: room for 5 commands
    for (int i = 0; i < 9; i++) {
      bot.updatePresence(Presence.of(Status.ONLINE).withActivity("update " + i, 0));
    }
    await().atMost(Duration.ofSeconds(10)).until(() -> gateway.received(3).size() == 5);
    await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).until(() -> gateway.received(3).size() == 5);
    assertEquals("update 4", gateway.received(3).get(4).d().path("activities").path(0).path("name").asString());
    assertTrue(bot.shards().get(0).isConnected());
  }

  @Test
  void commandsAreValidated() {
    GatewayBot unstarted = GatewayBot.builder().token("t").gatewayUrl("ws://127.0.0.1:1").build();
    assertThrows(IllegalStateException.class, () -> unstarted.updatePresence(Presence.of(Status.ONLINE)));
    assertThrows(IllegalArgumentException.class, () -> Presence.of(Status.ONLINE).withActivity(" ", 0));
    assertThrows(IllegalArgumentException.class, () -> Presence.of(Status.ONLINE).withActivity("x", 9));
    assertThrows(NullPointerException.class, () -> VoiceStateUpdate.join(GUILD_0, null));
    unstarted.close();
  }
}

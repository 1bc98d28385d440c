package dev.shardwire.catalogue;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shardwire.GatewayBot;
import dev.shardwire.events.message.MessageCreateEvent;
import dev.shardwire.events.presence.PresenceUpdateEvent;
import dev.shardwire.models.Intents;
import dev.shardwire.testing.EmbeddedGateway;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A bot without {@code .intents(…)} identifies with every unprivileged intent and the privileged
 * ones its subscriptions need; given intents are used as given, and the gateway sends nothing
 * they do not allow.
 */
class DerivedIntentsTest {

  private final EmbeddedGateway gateway = EmbeddedGateway.builder().heartbeatInterval(Duration.ofSeconds(30)).start();
  private GatewayBot bot;

  @AfterEach
  void stop() {
    if (bot != null) {
      bot.close();
    }
    gateway.close();
  }

  private long identifiedIntents() {
    return gateway.lastIdentify().orElseThrow().path("intents").asLong();
  }

  @Test
  void withoutSubscriptionsTheBotIdentifiesWithTheUnprivilegedIntents() throws Exception {
    bot = GatewayBot.builder().token("t").gatewayUrl(gateway.url()).build();
    bot.start().get(10, TimeUnit.SECONDS);
    assertEquals(Intents.UNPRIVILEGED.value(), identifiedIntents());
    assertEquals(Intents.UNPRIVILEGED, bot.intents());
    assertFalse(bot.intents().contains(Intents.MESSAGE_CONTENT));
  }

  @Test
  void aPrivilegedIntentComesWithTheSubscriptionThatNeedsIt() throws Exception {
    bot = GatewayBot.builder().token("t").gatewayUrl(gateway.url()).build();
    List<PresenceUpdateEvent> presences = new CopyOnWriteArrayList<>();
    bot.events().subscribe(dev.shardwire.events.presence.ShardwireEventTable.PRESENCE_UPDATE_EVENT, presences::add);
    assertTrue(bot.intents().contains(Intents.GUILD_PRESENCES), "derived before the start too");
    bot.start().get(10, TimeUnit.SECONDS);
    assertEquals(Intents.UNPRIVILEGED.union(Intents.GUILD_PRESENCES).value(), identifiedIntents());
    assertEquals(1, bot.shards().size());
    assertTrue(bot.shards().get(0).isConnected(), "the shard rebuilt with the derived intents is the one listed");
    gateway.dispatch("PRESENCE_UPDATE", CataloguePayloads.PRESENCE_UPDATE);
    await().atMost(Duration.ofSeconds(10)).until(() -> presences.size() == 1);
  }

  @Test
  void aWaitForOpenedAfterTheStartHearsItsUnprivilegedEvent() throws Exception {
    bot = GatewayBot.builder().token("t").gatewayUrl(gateway.url()).build();
    bot.start().get(10, TimeUnit.SECONDS);
    CompletableFuture<MessageCreateEvent> message =
        bot.events().waitFor(dev.shardwire.events.message.ShardwireEventTable.MESSAGE_CREATE_EVENT, Duration.ofSeconds(10));
    gateway.dispatch("MESSAGE_CREATE", CataloguePayloads.MESSAGE_CREATE);
    assertTrue(message.get(10, TimeUnit.SECONDS) != null);
  }

  @Test
  void givenIntentsAreUsedAsGivenAndTheGatewayWithholdsWhatTheyLack() throws Exception {
    bot = GatewayBot.builder().token("t").intents(Intents.GUILDS).gatewayUrl(gateway.url()).build();
    List<String> heard = new CopyOnWriteArrayList<>();
    bot.events().subscribe(dev.shardwire.events.message.ShardwireEventTable.MESSAGE_CREATE_EVENT, e -> heard.add("MESSAGE_CREATE"));
    bot.events().subscribe(dev.shardwire.events.ShardwireEventTable.SHARD_PAYLOAD_EVENT, e -> heard.add(e.name()));
    bot.start().get(10, TimeUnit.SECONDS);
    assertEquals(Intents.GUILDS.value(), identifiedIntents());
    assertEquals(Intents.GUILDS, bot.intents());
    gateway.dispatch("MESSAGE_CREATE", CataloguePayloads.MESSAGE_CREATE);
    gateway.dispatch("TEST_MARKER", "{}");
    await().atMost(Duration.ofSeconds(10)).until(() -> heard.contains("TEST_MARKER"));
    assertFalse(heard.contains("MESSAGE_CREATE"), () -> "MESSAGE_CREATE needs GUILD_MESSAGES, which the bot lacks: " + heard);
  }
}

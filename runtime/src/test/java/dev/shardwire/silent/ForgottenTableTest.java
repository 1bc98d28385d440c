package dev.shardwire.silent;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shardwire.GatewayBot;
import dev.shardwire.dispatch.EventStream;
import dev.shardwire.models.Snowflake;
import dev.shardwire.testing.EmbeddedGateway;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A bot that never calls {@code eventTable(…)} for this package: every way of subscribing to one
 * of its events routes the dispatch, and the one way that cannot (by class) fails at once.
 */
class ForgottenTableTest {

  private static final String PAYLOAD = "{\"channel_id\":\"2\",\"guild_id\":\"1\"}";

  private EmbeddedGateway gateway;
  private GatewayBot bot;

  @BeforeEach
  void start() throws Exception {
    gateway = EmbeddedGateway.builder().heartbeatInterval(Duration.ofSeconds(5)).start();
    bot = GatewayBot.builder().token("test-token").gatewayUrl(gateway.url()).build(); // no eventTable
  }

  @AfterEach
  void stop() {
    bot.close();
    gateway.close();
  }

  @Test
  void subscribingByDescriptorRoutesTheDispatch() throws Exception {
    List<WebhooksUpdateEvent> received = new CopyOnWriteArrayList<>();
    bot.events().subscribe(ShardwireEventTable.WEBHOOKS_UPDATE_EVENT, received::add);
    bot.start().get(10, TimeUnit.SECONDS);
    gateway.dispatch("WEBHOOKS_UPDATE", PAYLOAD);
    await().atMost(Duration.ofSeconds(10)).until(() -> received.size() == 1);
    assertEquals(Snowflake.of(2), received.get(0).channelId());
  }

  @Test
  void subscribingAfterStartRoutesTheDispatchToo() throws Exception {
    bot.start().get(10, TimeUnit.SECONDS);
    CompletableFuture<WebhooksUpdateEvent> next =
        bot.events().waitFor(ShardwireEventTable.WEBHOOKS_UPDATE_EVENT, Duration.ofSeconds(10));
    gateway.dispatch("WEBHOOKS_UPDATE", PAYLOAD);
    assertEquals(Snowflake.of(1), next.get(10, TimeUnit.SECONDS).guildId());
  }

  @Test
  void aStreamRoutesTheDispatch() throws Exception {
    bot.start().get(10, TimeUnit.SECONDS);
    try (EventStream<WebhooksUpdateEvent> stream =
        bot.events().stream(ShardwireEventTable.WEBHOOKS_UPDATE_EVENT, Duration.ofSeconds(10), 4)) {
      gateway.dispatch("WEBHOOKS_UPDATE", PAYLOAD);
      var events = stream.iterator();
      assertTrue(events.hasNext());
      assertEquals(Snowflake.of(2), events.next().channelId());
    }
  }

  @Test
  void aGeneratedBindingRoutesTheDispatch() throws Exception {
    WebhookHandlers handlers = new WebhookHandlers();
    WebhookHandlers_ShardwireBinding.register(bot.events(), handlers);
    bot.start().get(10, TimeUnit.SECONDS);
    gateway.dispatch("WEBHOOKS_UPDATE", PAYLOAD);
    await().atMost(Duration.ofSeconds(10)).until(() -> handlers.received.size() == 1);
  }

  @Test
  void subscribingByClassFailsAtOnceWithTheFix() {
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> bot.events().subscribe(WebhooksUpdateEvent.class, e -> {}));
    assertTrue(
        error.getMessage().contains("GatewayBot.builder().eventTable(dev.shardwire.silent.ShardwireEventTable.INSTANCE)"),
        error.getMessage());
  }

  @Test
  void subscribingByClassWorksOnceTheTableIsGiven() throws Exception {
    try (GatewayBot named =
        GatewayBot.builder().token("test-token").gatewayUrl(gateway.url()).eventTable(ShardwireEventTable.INSTANCE).build()) {
      assertEquals(ShardwireEventTable.WEBHOOKS_UPDATE_EVENT, named.events().typeOf(WebhooksUpdateEvent.class));
    }
  }
}

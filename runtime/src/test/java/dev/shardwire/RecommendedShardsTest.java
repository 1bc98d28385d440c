package dev.shardwire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shardwire.gateway.client.GatewayBotInfo;
import dev.shardwire.testing.EmbeddedGateway;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The shard count and max_concurrency from the embedded gateway's GET /gateway/bot, over real HTTP. */
class RecommendedShardsTest {

  private EmbeddedGateway gateway;

  @BeforeEach
  void start() {
    gateway =
        EmbeddedGateway.builder()
            .token("good-token")
            .recommendedShards(3)
            .maxConcurrency(2)
            .heartbeatInterval(Duration.ofSeconds(30))
            .start();
  }

  @AfterEach
  void stop() {
    gateway.close();
  }

  @Test
  void aBotWithoutAShardCountRunsTheRecommendedShardsOnTheAnnouncedGateway() throws Exception {
    try (GatewayBot bot =
        GatewayBot.builder().token("good-token").apiUrl(gateway.apiUrl()).identifyInterval(Duration.ofMillis(10)).build()) {
      assertEquals(1, gateway.gatewayBotRequests());
      GatewayBotInfo info = bot.gatewayInfo().orElseThrow();
      assertEquals(gateway.url(), info.url());
      assertEquals(3, info.shards());
      assertEquals(2, info.maxConcurrency());
      assertEquals(3, bot.shardCount());
      assertEquals(2, bot.maxConcurrency());
      assertEquals(3, bot.shards().size());
      bot.start().get(10, TimeUnit.SECONDS); // the gateway URL came from the answer, not the builder
      assertEquals(3, gateway.identifyCount());
      assertEquals(3, gateway.lastIdentify().orElseThrow().path("shard").path(1).asInt());
    }
  }

  @Test
  void givenValuesWinAndNothingIsAskedWhenBothAreGiven() {
    try (GatewayBot bot =
        GatewayBot.builder().token("good-token").apiUrl(gateway.apiUrl()).shardCount(5).maxConcurrency(1).build()) {
      assertEquals(0, gateway.gatewayBotRequests());
      assertFalse(bot.gatewayInfo().isPresent());
      assertEquals(5, bot.shardCount());
    }
    try (GatewayBot bot = GatewayBot.builder().token("good-token").apiUrl(gateway.apiUrl()).shardCount(5).build()) {
      assertEquals(1, gateway.gatewayBotRequests());
      assertEquals(5, bot.shardCount());
      assertEquals(2, bot.maxConcurrency());
    }
  }

  @Test
  void aGatewayOfOnesOwnWithoutAnApiUrlIsNotAsked() {
    try (GatewayBot bot = GatewayBot.builder().token("good-token").gatewayUrl(gateway.url()).build()) {
      assertEquals(0, gateway.gatewayBotRequests());
      assertEquals(1, bot.shardCount());
    }
  }

  @Test
  void aRefusedTokenFailsTheBuildWithoutShowingTheToken() {
    IllegalStateException error =
        assertThrows(IllegalStateException.class,
            () -> GatewayBot.builder().token("secret-wrong-token").apiUrl(gateway.apiUrl()).build());
    assertTrue(error.getMessage().contains("401"), error.getMessage());
    assertFalse(error.getMessage().contains("secret-wrong-token"), error.getMessage());
  }
}

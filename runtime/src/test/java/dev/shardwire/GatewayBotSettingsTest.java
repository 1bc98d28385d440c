package dev.shardwire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shardwire.gateway.InvalidSettingException;
import dev.shardwire.gateway.Presence;
import dev.shardwire.gateway.client.ShardOptions;
import dev.shardwire.gateway.client.WebSocketGatewayShard;
import dev.shardwire.models.Intents;
import dev.shardwire.models.Status;
import dev.shardwire.testing.EmbeddedGateway;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * The bot's settings have one source of truth, {@link ShardOptions}: one default each, one check
 * each, made at once whether or not the bot has a token, and what the builder sets is what the
 * shard sends.
 */
class GatewayBotSettingsTest {

  private static final String TOKEN = "settings-test-token";

  private EmbeddedGateway gateway;
  private GatewayBot bot;
  private WebSocketGatewayShard shard;

  @AfterEach
  void stop() {
    if (shard != null) {
      shard.close();
    }
    if (bot != null) {
      bot.close();
    }
    if (gateway != null) {
      gateway.close();
    }
  }

  static Stream<Arguments> badSettings() {
    return Stream.of(
        bad("token", "(hidden)", "must not be blank", b -> b.token("   ")),
        bad("gatewayUrl", "ws://10.0.0.1", "must be wss://HOST[:PORT][/PATH], or ws:// on a loopback host",
            b -> b.gatewayUrl("ws://10.0.0.1")),
        bad("gatewayUrl", "not a url", "must be wss://HOST[:PORT][/PATH], or ws:// on a loopback host",
            b -> b.gatewayUrl("not a url")),
        bad("apiUrl", "http://discord.com/api/v10", "must be https://HOST[:PORT][/PATH], or http:// on a loopback host",
            b -> b.apiUrl("http://discord.com/api/v10")),
        bad("largeThreshold", "251", "must be between 50 and 250", b -> b.largeThreshold(251)),
        bad("largeThreshold", "49", "must be between 50 and 250", b -> b.largeThreshold(49)),
        bad("shardCount", "0", "must be at least 1", b -> b.shardCount(0)),
        bad("shardIds", "[]", "must name at least one shard", b -> b.shardIds(new int[0])),
        bad("shardIds", "[0, -1]", "must not be negative", b -> b.shardIds(0, -1)),
        bad("shardIds", "[1, 2, 1]", "must not name shard 1 twice", b -> b.shardIds(1, 2, 1)),
        bad("maxConcurrency", "0", "must be at least 1", b -> b.maxConcurrency(0)),
        bad("identifyInterval", "PT-1S", "must not be negative", b -> b.identifyInterval(Duration.ofSeconds(-1))),
        bad("maxMessageBytes", "100", "must be at least 1024", b -> b.shardOptions(o -> o.maxMessageBytes(100))),
        bad("helloTimeout", "PT0S", "must be positive", b -> b.shardOptions(o -> o.helloTimeout(Duration.ZERO))),
        bad("connectTimeout", "PT-1S", "must be positive",
            b -> b.shardOptions(o -> o.connectTimeout(Duration.ofSeconds(-1)))));
  }

  private static Arguments bad(String setting, String value, String rule, Consumer<GatewayBot.Builder> set) {
    return Arguments.of(setting, value, rule, set);
  }

  @ParameterizedTest(name = "{0} = {1}")
  @MethodSource("badSettings")
  void everySettingIsCheckedAtItsSetterEvenWithoutAToken(
      String setting, String value, String rule, Consumer<GatewayBot.Builder> set) {
    GatewayBot.Builder builder = GatewayBot.builder();
    InvalidSettingException e = assertThrows(InvalidSettingException.class, () -> set.accept(builder));
    assertEquals(setting, e.setting());
    assertEquals(value, e.value());
    assertEquals(setting + " " + rule + ", got " + value, e.getMessage());
    // The builder is left as it was: a bot built from it has the defaults (intents derived: no subscriptions, the unprivileged ones).
    assertEquals("GatewayBot[shards=[0] of 1, intents=" + Intents.UNPRIVILEGED + "]", builder.build().toString());
  }

  @Test
  void settingsThatFailPartWayLeaveNothingBehind() {
    GatewayBot.Builder builder = GatewayBot.builder().shardCount(2);
    assertThrows(InvalidSettingException.class,
        () -> builder.shardOptions(o -> o.token(TOKEN).compress(false).largeThreshold(10)));
    String described = builder.toString();
    assertTrue(described.contains("token not set"), described);
    assertTrue(described.contains("compress=true"), described);
    // Without the token the failed settings held, the bot has no shards, as its builder says.
    bot = builder.build();
    assertEquals(List.of(), bot.shards());
  }

  @Test
  void aTokenIsNeverShownInTheErrorOfABadOne() {
    InvalidSettingException e = assertThrows(InvalidSettingException.class, () -> GatewayBot.builder().token(" \t "));
    assertFalse(e.getMessage().contains(" \t "), e.getMessage());
  }

  @Test
  void aShardIdNotBelowTheShardCountFailsAtBuildEvenWithoutAToken() {
    GatewayBot.Builder builder = GatewayBot.builder().shardCount(2).shardIds(0, 2);
    InvalidSettingException e = assertThrows(InvalidSettingException.class, builder::build);
    assertEquals("shardIds", e.setting());
    assertEquals("shardIds must each be below the shard count 2 (shard 2 is not), got [0, 2]", e.getMessage());
    // The same ids are fine once the count allows them.
    assertEquals("GatewayBot[shards=[0, 2] of 3, intents=" + Intents.UNPRIVILEGED + "]", builder.shardCount(3).build().toString());
  }

  @Test
  void aBotWithoutATokenTakesEveryValidSettingAndRunsNoShard() {
    bot = GatewayBot.builder()
        .intents(Intents.of(Intents.GUILDS))
        .gatewayUrl("ws://127.0.0.1:9/")
        .apiUrl("http://127.0.0.1:9/api/v10")
        .compress(false)
        .largeThreshold(50)
        .presence(Presence.of(Status.IDLE))
        .shardOptions(o -> o.maxMessageBytes(4096))
        .build();
    assertEquals(List.of(), bot.shards());
    assertEquals(Intents.of(Intents.GUILDS), bot.intents());
    assertThrows(IllegalStateException.class, bot::start);
  }

  @Test
  void aBotAsksForZlibStreamByDefault() throws Exception {
    gateway = EmbeddedGateway.builder().start();
    bot = GatewayBot.builder().token(TOKEN).gatewayUrl(gateway.url()).build();
    bot.start().get(10, TimeUnit.SECONDS);
    assertEquals(List.of("v=10&encoding=json&compress=zlib-stream"), gateway.connectionQueries());
  }

  @Test
  void aShardOfItsOwnAsksForZlibStreamByDefaultToo() throws Exception {
    gateway = EmbeddedGateway.builder().start();
    shard = WebSocketGatewayShard.builder().token(TOKEN).intents(Intents.NONE).gatewayUrl(gateway.url()).build();
    shard.start().get(10, TimeUnit.SECONDS);
    assertEquals(List.of("v=10&encoding=json&compress=zlib-stream"), gateway.connectionQueries());
  }

  @Test
  void compressionTurnedOffOnTheBuilderIsOffOnTheShard() throws Exception {
    gateway = EmbeddedGateway.builder().start();
    bot = GatewayBot.builder().token(TOKEN).gatewayUrl(gateway.url()).compress(false).build();
    bot.start().get(10, TimeUnit.SECONDS);
    assertEquals(List.of("v=10&encoding=json"), gateway.connectionQueries());
  }

  @Test
  void whatTheBuilderSetsIsWhatTheShardIdentifiesWith() throws Exception {
    gateway = EmbeddedGateway.builder().start();
    Intents intents = Intents.of(Intents.GUILDS, Intents.GUILD_MESSAGES);
    bot = GatewayBot.builder()
        .token(TOKEN)
        .intents(intents)
        .gatewayUrl(gateway.url())
        .shardCount(3)
        .shardIds(2)
        .largeThreshold(75)
        .presence(Presence.of(Status.DO_NOT_DISTURB).withActivity("settings", 0))
        .build();
    bot.start().get(10, TimeUnit.SECONDS);

    JsonNode identify = gateway.lastIdentify().orElseThrow();
    assertEquals(TOKEN, identify.path("token").asString());
    assertEquals(intents.value(), identify.path("intents").asLong());
    assertEquals(2, identify.path("shard").path(0).asInt());
    assertEquals(3, identify.path("shard").path(1).asInt());
    assertEquals(75, identify.path("large_threshold").asInt());
    assertEquals("dnd", identify.path("presence").path("status").asString());
    assertEquals("settings", identify.path("presence").path("activities").path(0).path("name").asString());
  }

  @Test
  void theSettingGivenLastWinsWhicheverSetterGaveIt() throws Exception {
    gateway = EmbeddedGateway.builder().start();
    bot = GatewayBot.builder()
        .token(TOKEN)
        .gatewayUrl(gateway.url())
        .largeThreshold(75)
        .shardOptions(o -> o.largeThreshold(60).compress(false))
        .build();
    bot.start().get(10, TimeUnit.SECONDS);
    assertEquals(60, gateway.lastIdentify().orElseThrow().path("large_threshold").asInt());
    assertEquals(List.of("v=10&encoding=json"), gateway.connectionQueries());
  }

  @Test
  void changingTheBuilderAfterBuildDoesNotChangeTheBot() throws Exception {
    gateway = EmbeddedGateway.builder().start();
    GatewayBot.Builder builder = GatewayBot.builder().token(TOKEN).gatewayUrl(gateway.url()).largeThreshold(75);
    bot = builder.build();
    builder.largeThreshold(100).compress(false);
    bot.start().get(10, TimeUnit.SECONDS);
    assertEquals(75, gateway.lastIdentify().orElseThrow().path("large_threshold").asInt());
    assertEquals(List.of("v=10&encoding=json&compress=zlib-stream"), gateway.connectionQueries());
  }

  @Test
  void neitherTheBuilderNorTheBotShowsTheToken() {
    GatewayBot.Builder builder =
        GatewayBot.builder().token(TOKEN).gatewayUrl("ws://127.0.0.1:9/").shardCount(2).maxConcurrency(1);
    String described = builder.toString();
    assertFalse(described.contains(TOKEN), described);
    assertTrue(described.contains("token set"), described);
    assertTrue(described.contains("compress=true"), described);
    bot = builder.build();
    assertFalse(bot.toString().contains(TOKEN), bot.toString());
    assertEquals("GatewayBot[shards=[0, 1] of 2, intents=" + Intents.UNPRIVILEGED + "]", bot.toString());
  }
}

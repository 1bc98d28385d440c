package dev.shardwire.samples.bot;

import static dev.shardwire.events.ShardwireEventTable.SHARD_RESUMED_EVENT;
import static dev.shardwire.events.typing.ShardwireEventTable.TYPING_START_EVENT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shardwire.GatewayBot;
import dev.shardwire.events.MemberChunkEvent;
import dev.shardwire.events.typing.TypingStartEvent;
import dev.shardwire.gateway.MemberRequest;
import dev.shardwire.models.Intents;
import dev.shardwire.models.Snowflake;
import dev.shardwire.testing.EmbeddedGateway;
import dev.shardwire.testing.EmbeddedMember;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The README's example of a bot author's own test against the embedded gateway, kept here so
 * that it compiles and passes. Keep the two in step.
 */
class EmbeddedGatewayExampleTest {

  @Test
  void theBotDecodesTypingAndSurvivesADroppedConnection() throws Exception {
    Snowflake guild = Snowflake.of(81384788765712384L);
    try (EmbeddedGateway gateway = EmbeddedGateway.builder()
            .guilds(List.of(guild))
            .members(guild, EmbeddedMember.numbered(1, 1_500))
            .start();
        GatewayBot bot = GatewayBot.builder()
            .token("any-token")
            .intents(Intents.of(Intents.GUILDS, Intents.GUILD_MEMBERS, Intents.DIRECT_MESSAGE_TYPING))
            .gatewayUrl(gateway.url())
            .build()) {
      bot.start().get(10, TimeUnit.SECONDS);

      List<MemberChunkEvent> chunks = bot.requestGuildMembers(MemberRequest.all(guild)).get(10, TimeUnit.SECONDS);
      assertEquals(2, chunks.size()); // 1,000 + 500

      CompletableFuture<?> resumed = bot.events().waitFor(SHARD_RESUMED_EVENT, Duration.ofSeconds(10));
      CompletableFuture<TypingStartEvent> typing = bot.events().waitFor(TYPING_START_EVENT, Duration.ofSeconds(10));
      gateway.dropConnections(); // the shard reconnects and resumes
      gateway.dispatch("TYPING_START", """
          {"channel_id": "41771983423143937", "user_id": "80351110224678912", "timestamp": 1700000000}""");

      resumed.get(10, TimeUnit.SECONDS);
      assertEquals(Snowflake.of(80351110224678912L), typing.get(10, TimeUnit.SECONDS).userId());
    }
  }
}

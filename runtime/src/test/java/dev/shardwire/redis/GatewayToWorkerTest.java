package dev.shardwire.redis;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shardwire.GatewayBot;
import dev.shardwire.events.typing.ShardwireEventTable;
import dev.shardwire.events.typing.TypingStartEvent;
import dev.shardwire.gateway.client.WebSocketGatewayShard;
import dev.shardwire.models.Intents;
import dev.shardwire.testing.EmbeddedGateway;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The two roles together: a gateway process's bot publishes what its two shards receive, and a
 * worker with no connection of its own hears each dispatch as the typed event, with the shard and
 * the sequence number the gateway gave it.
 */
class GatewayToWorkerTest {

  private static final long GUILD_ON_0 = 2L << 22;
  private static final long GUILD_ON_1 = 3L << 22;

  @RegisterExtension
  static final LocalRedis redis = LocalRedis.perClass();
  private static RedisClient client;

  @BeforeAll
  static void startRedis() {
    client = RedisClient.create(RedisURI.create("127.0.0.1", redis.port()));
  }

  @AfterAll
  static void stopRedis() throws Exception {
    client.shutdown();
  }

  /** What a worker heard: (shard, sequence, guild, user). */
  record Heard(int shard, long sequence, long guild, long user) {}

  @Test
  void aWorkerHearsWhatTheGatewayProcessesShardsReceived() throws Exception {
    List<Heard> heard = new CopyOnWriteArrayList<>();
    try (EmbeddedGateway gateway = EmbeddedGateway.builder().start();
        RedisDispatchPublisher publisher = RedisDispatchPublisher.builder(client, "roles").build();
        GatewayBot bot = GatewayBot.builder()
            .token("test-token")
            .intents(Intents.of(Intents.GUILDS, Intents.GUILD_MESSAGE_TYPING))
            .gatewayUrl(gateway.url())
            .shardCount(2)
            .maxConcurrency(2)
            .identifyInterval(Duration.ofMillis(10))
            .dispatchPublisher(publisher)
            .build();
        RedisDispatchWorker worker = RedisDispatchWorker.builder()
            .redis(client)
            .botKey("roles")
            .shardCount(2)
            .intents(Intents.of(Intents.GUILD_MESSAGE_TYPING))
            .blockTimeout(Duration.ofMillis(100))
            .build()) {
      worker.events().subscribe(ShardwireEventTable.TYPING_START_EVENT, (TypingStartEvent event) ->
          heard.add(new Heard(event.shard().id(), event.sequence().orElseThrow(), event.guildId().orElseThrow().asLong(),
              event.userId().asLong())));
      worker.start().get(30, TimeUnit.SECONDS);
      bot.start().get(30, TimeUnit.SECONDS);
      gateway.dispatch("TYPING_START", typing(GUILD_ON_0, 10));
      gateway.dispatch("TYPING_START", typing(GUILD_ON_1, 11));
      gateway.dispatch("TYPING_START", typing(GUILD_ON_0, 12));

      await().atMost(Duration.ofSeconds(30)).until(() -> heard.size() == 3 && worker.acknowledged() == 3);
      List<Heard> byUser = heard.stream().sorted(Comparator.comparingLong(Heard::user)).toList();
      assertEquals(List.of(0, 1, 0), byUser.stream().map(Heard::shard).toList());
      assertEquals(List.of(GUILD_ON_0, GUILD_ON_1, GUILD_ON_0), byUser.stream().map(Heard::guild).toList());
      // The sequences are the shards' own: each shard's last one is its session's last.
      for (var shard : bot.shards()) {
        long last = ((WebSocketGatewayShard) shard).sequence();
        assertEquals(last, heard.stream().filter(h -> h.shard() == shard.id()).mapToLong(Heard::sequence).max().orElseThrow(),
            "shard " + shard.id());
      }
      assertEquals(0, worker.malformed());
    }
  }

  private static String typing(long guild, long user) {
    return "{\"channel_id\":\"1001\",\"guild_id\":\"" + guild + "\",\"user_id\":\"" + user + "\",\"timestamp\":1700000000}";
  }
}

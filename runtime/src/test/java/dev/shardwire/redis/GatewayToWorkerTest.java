package dev.shardwire.redis;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shardwire.GatewayBot;
import dev.shardwire.events.typing.ShardwireEventTable;
import dev.shardwire.events.typing.TypingStartEvent;
import dev.shardwire.testing.EmbeddedGateway;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The two roles together: what a gateway process's publisher writes, a worker decodes into typed
 * events that name the shard and sequence the gateway process received them with.
 */
class GatewayToWorkerTest {

  private static LocalRedis redis;
  private static RedisClient client;

  @BeforeAll
  static void startRedis() {
    redis = LocalRedis.start();
    client = RedisClient.create(RedisURI.create("127.0.0.1", redis.port()));
  }

  @AfterAll
  static void stopRedis() throws Exception {
    client.shutdown();
    redis.close();
  }

  @Test
  void aWorkerReceivesWhatTheGatewayProcessPublished() throws Exception {
    List<TypingStartEvent> received = new CopyOnWriteArrayList<>();
    try (EmbeddedGateway gateway = EmbeddedGateway.builder().start();
        RedisDispatchPublisher publisher = RedisDispatchPublisher.builder(client, "e2e").build();
        GatewayBot bot = RedisDispatchPublisherTest.bot(gateway, publisher, true, 2);
        RedisDispatchWorker worker = RedisDispatchWorker.builder().redis(client).botKey("e2e").shardCount(2).build()) {
      worker.events().subscribe(ShardwireEventTable.TYPING_START_EVENT, received::add);
      worker.start().get(30, TimeUnit.SECONDS);
      bot.start().get(30, TimeUnit.SECONDS);
      for (int user = 0; user < 100; user++) {
        long guild = (long) (user % 2 + 2) << 22; // (id >> 22) % 2: even users' guilds on shard 0
        gateway.dispatch("TYPING_START", "{\"channel_id\":\"7\",\"guild_id\":\"" + guild + "\",\"user_id\":\"" + user
            + "\",\"timestamp\":1700000000}");
      }
      await().atMost(Duration.ofSeconds(30)).until(() -> received.size() == 100);

      assertEquals(IntStream.range(0, 100).boxed().toList(),
          received.stream().map(e -> (int) e.userId().asLong()).sorted().toList());
      for (TypingStartEvent event : received) {
        assertEquals(event.userId().asLong() % 2, event.shard().id(), "shard of " + event);
        assertEquals(2, event.shard().count());
      }
      // Each shard's sequence numbers follow the order the gateway sent in.
      Map<Integer, List<TypingStartEvent>> byShard =
          received.stream().collect(Collectors.groupingBy(e -> e.shard().id()));
      for (List<TypingStartEvent> events : byShard.values()) {
        List<Long> sequences = events.stream()
            .sorted(Comparator.comparingLong(e -> e.userId().asLong()))
            .map(e -> e.sequence().orElseThrow()).toList();
        for (int i = 1; i < sequences.size(); i++) {
          assertTrue(sequences.get(i - 1) < sequences.get(i), "sequences in sending order: " + sequences);
        }
      }
      assertEquals(0, publisher.dropped());
    }
  }
}

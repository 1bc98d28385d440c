package dev.shardwire.redis;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shardwire.GatewayBot;
import dev.shardwire.events.DispatchesDroppedEvent;
import dev.shardwire.events.ShardwireEventTable;
import dev.shardwire.gateway.client.WebSocketGatewayShard;
import dev.shardwire.redis.RedisDispatchPublisherTest.Published;
import dev.shardwire.testing.EmbeddedGateway;
import dev.shardwire.testing.ReceivedFrame;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Redis outage: with Redis stopped for 10 s during a run, the shards stay connected
 * and heartbeating, the drops of a full buffer are reported with counts, and what was buffered is
 * flushed in order when Redis is back.
 *
 * <p>Two gateway-role bots share the run: one with a buffer of 20 dispatches, which must drop and
 * report, and one with the default buffer, which must lose nothing.
 */
class RedisOutageTest {

  private static final Duration OUTAGE = Duration.ofSeconds(10);
  /** Short enough for several beats in the outage, long enough for a loaded machine to answer in time. */
  private static final Duration HEARTBEAT = Duration.ofSeconds(2);
  private static final int SMALL_BUFFER = 20;
  private static final int DURING_OUTAGE = 100;

  @RegisterExtension
  static final LocalRedis redis = LocalRedis.perClass();



  @Test
  void tenSecondsWithoutRedis() throws Exception {
    List<DispatchesDroppedEvent> reports = new CopyOnWriteArrayList<>();
    try (EmbeddedGateway gateway = EmbeddedGateway.builder().heartbeatInterval(HEARTBEAT).start();
        RedisDispatchPublisher small = RedisDispatchPublisher.builder(redis.client(), "small")
            .maxBufferedDispatches(SMALL_BUFFER)
            .dropReportInterval(Duration.ofSeconds(3))
            .build();
        RedisDispatchPublisher roomy = RedisDispatchPublisher.builder(redis.client(), "roomy").build();
        GatewayBot smallBot = RedisDispatchPublisherTest.bot(gateway, small, true, 1);
        GatewayBot roomyBot = RedisDispatchPublisherTest.bot(gateway, roomy, true, 1)) {
      smallBot.events().subscribe(ShardwireEventTable.DISPATCHES_DROPPED_EVENT, reports::add);
      smallBot.start().get(30, TimeUnit.SECONDS);
      roomyBot.start().get(30, TimeUnit.SECONDS);
      for (int i = 0; i < 3; i++) {
        send(gateway, "before " + i, i);
      }
      await().atMost(Duration.ofSeconds(10)).until(() -> small.published() == 3 && roomy.published() == 3);

      redis.stop();
      long stoppedAt = System.nanoTime();
      for (int i = 0; i < DURING_OUTAGE; i++) {
        send(gateway, "during " + i, i);
      }
      await().atMost(Duration.ofSeconds(10)).until(() -> small.buffered() == SMALL_BUFFER
          && small.dropped() == DURING_OUTAGE - SMALL_BUFFER && roomy.buffered() == DURING_OUTAGE);
      await().atMost(OUTAGE.plusSeconds(10)).pollInterval(Duration.ofMillis(200))
          .until(() -> System.nanoTime() - stoppedAt >= OUTAGE.toNanos());
      long restartedAt = System.nanoTime();
      redis.restart();

      // Redis is back (empty: persistence is off): the buffers flush, and what comes next follows.
      await().atMost(Duration.ofSeconds(30)).until(() -> small.buffered() == 0 && roomy.buffered() == 0);
      for (int i = 0; i < 2; i++) {
        send(gateway, "after " + i, i);
      }
      await().atMost(Duration.ofSeconds(10)).until(
          () -> small.published() == 3 + SMALL_BUFFER + 2 && roomy.published() == 3 + DURING_OUTAGE + 2);

      // The shards never noticed: one connection each, never resumed, heartbeats acknowledged
      // throughout (an unacknowledged one would have made the shard reconnect).
      assertEquals(2, gateway.connectionCount(), "connections");
      assertEquals(2, gateway.identifyCount(), "identifies");
      assertEquals(0, gateway.resumeCount(), "resumes");
      for (GatewayBot bot : List.of(smallBot, roomyBot)) {
        WebSocketGatewayShard shard = (WebSocketGatewayShard) bot.shards().get(0);
        assertTrue(shard.isConnected(), bot + " connected");
        assertTrue(shard.heartbeatLatency().isPresent(), bot + " heartbeat acknowledged");
      }
      Map<Integer, Long> beatsDuringOutage = gateway.received(1).stream()
          .filter(f -> f.receivedNanos() > stoppedAt && f.receivedNanos() < restartedAt)
          .collect(java.util.stream.Collectors.groupingBy(ReceivedFrame::connection, java.util.stream.Collectors.counting()));
      assertEquals(2, beatsDuringOutage.size(), "both connections heartbeat during the outage: " + beatsDuringOutage);
      assertTrue(beatsDuringOutage.values().stream().allMatch(n -> n >= 3), "heartbeats (every 2 s) in 10 s: " + beatsDuringOutage);

      // The roomy buffer lost nothing, and flushed in order.
      List<String> expected = new ArrayList<>();
      IntStream.range(0, DURING_OUTAGE).forEach(i -> expected.add("during " + i));
      expected.addAll(List.of("after 0", "after 1"));
      List<Published> roomyEntries = entries("roomy");
      assertEquals(expected, contents(roomyEntries));
      assertEquals(0, roomy.dropped());

      // The small one kept the first 20 of the outage, dropped the newest 80, and reported them.
      List<String> kept = new ArrayList<>(expected.subList(0, SMALL_BUFFER));
      kept.addAll(List.of("after 0", "after 1"));
      assertEquals(kept, contents(entries("small")));
      await().atMost(Duration.ofSeconds(10)).until(
          () -> reports.stream().mapToLong(DispatchesDroppedEvent::count).sum() == DURING_OUTAGE - SMALL_BUFFER);
      // Both bots' sessions number dispatches alike: the roomy stream says which sequences were dropped.
      long firstDropped = roomyEntries.get(SMALL_BUFFER).sequence();
      long lastDropped = roomyEntries.get(DURING_OUTAGE - 1).sequence();
      assertEquals(firstDropped, reports.stream().mapToLong(DispatchesDroppedEvent::firstSequence).min().orElseThrow());
      assertEquals(lastDropped, reports.stream().mapToLong(DispatchesDroppedEvent::lastSequence).max().orElseThrow());
      assertEquals(Map.of("MESSAGE_CREATE", 40L, "TYPING_START", 40L), sumByName(reports));
      assertTrue(reports.stream().allMatch(r -> r.reason().startsWith("buffer full") && r.shard().id() == 0), reports.toString());
    }
  }

  /** Dispatches alternate between two names, so that the order is checked across streams too. */
  private static void send(EmbeddedGateway gateway, String content, int i) {
    String name = i % 2 == 0 ? "MESSAGE_CREATE" : "TYPING_START";
    gateway.dispatch(name, "{\"channel_id\":\"7\",\"content\":\"" + content + "\"}");
  }

  /** Both streams of a bot, merged in sequence order (the shard's order). */
  private static List<Published> entries(String botKey) {
    try (StatefulRedisConnection<String, byte[]> connection = redis.client().connect(RedisDispatchPublisherTest.CODEC)) {
      return entries(connection.sync(), DispatchStreams.of(botKey));
    }
  }

  private static List<Published> entries(RedisCommands<String, byte[]> sync, DispatchStreams streams) {
    List<Published> all = new ArrayList<>();
    for (String name : List.of("MESSAGE_CREATE", "TYPING_START")) {
      List<Published> stream = RedisDispatchPublisherTest.read(sync, streams.keyOf(name));
      // Within a stream, entries are in the order they were added: sequence order, nothing repeated.
      for (int i = 1; i < stream.size(); i++) {
        assertTrue(stream.get(i - 1).sequence() < stream.get(i).sequence(), name + " out of order: " + stream);
      }
      all.addAll(stream);
    }
    all.sort(Comparator.comparingLong(Published::sequence));
    return all;
  }

  private static List<String> contents(List<Published> entries) {
    return entries.stream().map(p -> p.payload().replaceAll(".*\"content\":\"([^\"]*)\".*", "$1")).toList();
  }

  private static Map<String, Long> sumByName(List<DispatchesDroppedEvent> reports) {
    Map<String, Long> sums = new java.util.TreeMap<>();
    reports.forEach(r -> r.countsByName().forEach((name, n) -> sums.merge(name, n, Long::sum)));
    return sums;
  }
}

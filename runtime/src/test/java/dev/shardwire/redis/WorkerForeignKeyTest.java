package dev.shardwire.redis;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shardwire.dispatch.LogCapture;
import dev.shardwire.events.ShardwireEventTable;
import dev.shardwire.models.Intents;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A wanted stream's key that holds something else (another program wrote a string under the
 * same prefix): Redis refuses every command on it, and in the worker's one XREADGROUP over all its
 * streams it would refuse the read of every stream. The worker leaves that stream out with one
 * WARN line, reads the others, and reads it once it is a stream again.
 */
class WorkerForeignKeyTest {

  private static final Duration WAIT = Duration.ofSeconds(60);

  @RegisterExtension
  static final LocalRedis redis = LocalRedis.perClass();

  @Test
  void aStreamKeyHoldingAStringIsLeftOutAndTheOtherStreamsAreRead() throws Exception {
    RedisCommands<String, String> sync = redis.connect().sync();
    Dispatches dispatches = new Dispatches(redis.connect(), "foreign");
    String typingKey = dispatches.streams().keyOf("TYPING_START");
    sync.set(typingKey, "not a stream");

    List<Long> typing = new CopyOnWriteArrayList<>();
    List<Integer> chunks = new CopyOnWriteArrayList<>();
    try (LogCapture log = new LogCapture();
        RedisDispatchWorker worker = RedisDispatchWorker.builder()
            .redis("redis://127.0.0.1:" + redis.port()).botKey("foreign").shardCount(1)
            .intents(Intents.of(Intents.GUILD_MESSAGE_TYPING, Intents.GUILD_MEMBERS))
            .blockTimeout(Duration.ofMillis(100)).build()) {
      worker.events().subscribe(dev.shardwire.events.typing.ShardwireEventTable.TYPING_START_EVENT,
          event -> typing.add(event.sequence().orElseThrow()));
      worker.events().subscribe(ShardwireEventTable.MEMBER_CHUNK_EVENT, event -> chunks.add(event.chunkIndex()));
      worker.start().get(WAIT.toSeconds(), TimeUnit.SECONDS);

      for (int i = 0; i < 3; i++) {
        dispatches.add("GUILD_MEMBERS_CHUNK", 0, i + 1, "{\"guild_id\":\"1\",\"members\":[],\"chunk_index\":" + i + ",\"chunk_count\":3}");
      }
      await().atMost(WAIT).until(() -> chunks.size() == 3);
      assertEquals(List.of(0, 1, 2), chunks);
      assertEquals(1, log.text().lines().filter(line -> line.contains(typingKey + " is not a stream")).count(), log.text());

      // The key is given back to the bot: its stream is read from then on.
      sync.del(typingKey);
      dispatches.add("TYPING_START", 0, 4, Dispatches.typing(4));
      await().atMost(WAIT).until(() -> typing.contains(4L));
      assertTrue(log.text().contains(typingKey + " is a stream now"), log.text());

      // And the other way round: a stream replaced by a string while the worker reads it.
      sync.del(typingKey);
      sync.set(typingKey, "not a stream either");
      dispatches.add("GUILD_MEMBERS_CHUNK", 0, 5, "{\"guild_id\":\"1\",\"members\":[],\"chunk_index\":3,\"chunk_count\":4}");
      await().atMost(WAIT).until(() -> chunks.size() == 4);
      await().atMost(WAIT).until(() -> log.text().lines().filter(line -> line.contains(typingKey + " is not a stream")).count() == 2);
    }
  }

  @Test
  void aStreamReplacedWhileOneOfItsEntriesIsInFlightDoesNotStopTheOtherStreams() throws Exception {
    RedisCommands<String, String> sync = redis.connect().sync();
    Dispatches dispatches = new Dispatches(redis.connect(), "replaced");
    String typingKey = dispatches.streams().keyOf("TYPING_START");
    java.util.concurrent.CompletableFuture<Void> slow = new java.util.concurrent.CompletableFuture<>();
    List<Integer> chunks = new CopyOnWriteArrayList<>();
    try (RedisDispatchWorker worker = RedisDispatchWorker.builder()
        .redis("redis://127.0.0.1:" + redis.port()).botKey("replaced").shardCount(1)
        .intents(Intents.of(Intents.GUILD_MESSAGE_TYPING, Intents.GUILD_MEMBERS))
        .blockTimeout(Duration.ofMillis(100)).claimIdle(Duration.ofMillis(600)).build()) {
      // A listener that holds its TYPING_START entry in flight: the worker renews its lease.
      worker.events().subscribeAsync(dev.shardwire.events.typing.ShardwireEventTable.TYPING_START_EVENT, event -> slow);
      worker.events().subscribe(ShardwireEventTable.MEMBER_CHUNK_EVENT, event -> chunks.add(event.chunkIndex()));
      worker.start().get(WAIT.toSeconds(), TimeUnit.SECONDS);
      long renewals = xclaims(sync, "calls");
      dispatches.add("TYPING_START", 0, 1, Dispatches.typing(1));
      await().atMost(WAIT).until(() -> worker.inFlight() == 1 && xclaims(sync, "calls") > renewals);

      // Its stream is replaced by a string (its group goes with it): the renewal is refused from
      // now on, and used to fail each pass before the read, so no stream was read any more.
      long refused = xclaims(sync, "failed_calls");
      sync.del(typingKey);
      sync.set(typingKey, "not a stream");
      await().atMost(WAIT).until(() -> xclaims(sync, "failed_calls") > refused);
      dispatches.add("GUILD_MEMBERS_CHUNK", 0, 2, "{\"guild_id\":\"1\",\"members\":[],\"chunk_index\":0,\"chunk_count\":1}");
      await().atMost(WAIT).until(() -> chunks.equals(List.of(0)));
      slow.complete(null);
    }
  }

  /** A figure of the XCLAIMs (the workers' lease renewals) Redis has run, {@code calls} or {@code failed_calls} (INFO commandstats). */
  private static long xclaims(RedisCommands<String, String> sync, String field) {
    return sync.info("commandstats").lines().filter(line -> line.startsWith("cmdstat_xclaim:"))
        .mapToLong(line -> Long.parseLong(line.replaceAll(".*[:,]" + field + "=(\\d+).*", "$1"))).sum();
  }
}

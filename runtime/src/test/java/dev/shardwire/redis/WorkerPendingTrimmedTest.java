package dev.shardwire.redis;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shardwire.dispatch.LogCapture;
import dev.shardwire.events.typing.ShardwireEventTable;
import io.lettuce.core.XAddArgs;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A worker stopped with entries pending, whose stream's bound ({@code MAXLEN}) then trims them:
 * restarted under its name, it finds them without fields, acknowledges them and says how many were
 * lost in one WARN line (they are no malformed entries), and handles the rest as usual.
 */
class WorkerPendingTrimmedTest extends WorkerHarness {

  @RegisterExtension
  static final LocalRedis redis = LocalRedis.perClass();

  @Override
  LocalRedis redis() {
    return redis;
  }

  @Test
  void entriesTrimmedWhilePendingAreAcknowledgedByTheWorkerRestartedUnderTheirName() throws Exception {
    deadWorkerLeavesThreePendingThenTheStreamIsTrimmed();
    Map<Long, Integer> handled = new ConcurrentHashMap<>();
    RedisDispatchWorker again = worker(builder().consumer("first"));
    again.events().subscribe(ShardwireEventTable.TYPING_START_EVENT, event -> handled.merge(event.sequence().orElseThrow(), 1, Integer::sum));
    try (LogCapture log = new LogCapture()) {
      again.start().get();
      await().atMost(WAIT).until(() -> sync.xpending(stream, "workers").getCount() == 0);
      await().atMost(WAIT).until(() -> log.text().contains("3 entries of " + stream + " pending with it were trimmed"));
      assertTrue(!log.text().contains("malformed"), log.text());
    }
    assertEquals(0, again.malformed());
    await().atMost(WAIT).until(() -> handled.containsKey(4L));
    assertEquals(Map.of(4L, 1), handled);
  }

  /** Worker "first" takes entries 1-3 and never finishes them, then stops; the stream is trimmed to entry 4. */
  private void deadWorkerLeavesThreePendingThenTheStreamIsTrimmed() throws Exception {
    List<CompletableFuture<Void>> stuck = new java.util.concurrent.CopyOnWriteArrayList<>();
    RedisDispatchWorker first = worker(builder().consumer("first").closeTimeout(Duration.ZERO));
    first.events().subscribeAsync(ShardwireEventTable.TYPING_START_EVENT, event -> {
      CompletableFuture<Void> never = new CompletableFuture<>();
      stuck.add(never);
      return never;
    });
    first.start().get();
    dispatches.addTyping(3, 1);
    await().atMost(WAIT).until(() -> stuck.size() == 3);
    first.close();
    addBounded(4, 4, 1);
    assertEquals(1L, sync.xlen(stream));
    assertEquals(Map.of("first", 3L), sync.xpending(stream, "workers").getConsumerMessageCount());
  }

  /** Adds TYPING_START entries of sequences {@code from..to} (shard 0), trimming the stream to exactly {@code maxLength}. */
  private void addBounded(long from, long to, long maxLength) {
    for (long seq = from; seq <= to; seq++) {
      sync.xadd(stream, XAddArgs.Builder.maxlen(maxLength).exactTrimming(),
          Map.of(DispatchStreams.SHARD, "0", DispatchStreams.SEQUENCE, Long.toString(seq), DispatchStreams.PAYLOAD, Dispatches.typing(seq)));
    }
  }
}

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
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A stream's bound ({@code MAXLEN}) trims its oldest entries whether a group read them or not:
 * what was trimmed before the group read it, or while it was pending with a worker that died, is
 * lost to the group. A worker counts those entries ({@link RedisDispatchWorker#trimmed()}) and says
 * how many in a WARN line, once per loss for the whole group; the rest is handled as usual.
 */
class WorkerTrimmedEntriesTest extends WorkerHarness {

  @RegisterExtension
  static final LocalRedis redis = LocalRedis.perClass();

  @Override
  LocalRedis redis() {
    return redis;
  }

  @Test
  void entriesTrimmedWhileNoWorkerRanAreCountedAndWarnedAbout() throws Exception {
    Map<Long, Integer> handled = new ConcurrentHashMap<>();
    RedisDispatchWorker first = worker(builder().consumer("first"));
    first.events().subscribe(ShardwireEventTable.TYPING_START_EVENT, event -> handled.merge(event.sequence().orElseThrow(), 1, Integer::sum));
    first.start().get();
    addBounded(1, 5, 100);
    await().atMost(WAIT).until(() -> handled.size() == 5 && sync.xpending(stream, "workers").getCount() == 0);
    first.close();

    // No worker runs: 300 more entries in a stream of at most 100, so 200 go unread.
    addBounded(6, 305, 100);
    try (LogCapture log = new LogCapture()) {
      RedisDispatchWorker second = worker(builder().consumer("second"));
      second.events().subscribe(ShardwireEventTable.TYPING_START_EVENT, event -> handled.merge(event.sequence().orElseThrow(), 1, Integer::sum));
      second.start().get();

      await().atMost(WAIT).until(() -> handled.size() == 105 && second.trimmed() == 200);
      assertTrue(log.text().contains("200 entries of " + stream + " were trimmed"), log.text());
    }
    for (long seq = 206; seq <= 305; seq++) {
      assertEquals(1, handled.getOrDefault(seq, 0), "times dispatch " + seq + " was handled");
    }
    assertEquals(0, first.trimmed());
  }

  @Test
  void whatWasTrimmedBeforeTheGroupExistedIsNoLossNorIsAGroupMadeAgain() throws Exception {
    // The gateways ran before any worker: 300 entries in a stream of at most 100.
    addBounded(1, 300, 100);
    Map<Long, Integer> handled = new ConcurrentHashMap<>();
    RedisDispatchWorker worker = worker(builder());
    worker.events().subscribe(ShardwireEventTable.TYPING_START_EVENT, event -> handled.merge(event.sequence().orElseThrow(), 1, Integer::sum));
    worker.start().get();
    await().atMost(WAIT).until(() -> handled.size() == 100 && sync.xpending(stream, "workers").getCount() == 0);

    // Somebody deletes the group: the worker makes it again at the start of the stream and reads
    // the 100 entries again; what was trimmed is no loss of the new group either.
    sync.xgroupDestroy(stream, "workers");
    await().atMost(WAIT).until(() -> handled.values().stream().allMatch(times -> times == 2)
        && sync.xpending(stream, "workers").getCount() == 0);
    assertEquals(100, handled.size());
    // One more check round (each stream is checked every second) reports nothing either.
    dispatches.add("TYPING_START", 0, 401, Dispatches.typing(401));
    await().atMost(WAIT).until(() -> handled.containsKey(401L));
    await().during(Duration.ofMillis(1_500)).atMost(WAIT).until(() -> worker.trimmed() == 0);
    assertTrue(handled.keySet().stream().allMatch(seq -> seq > 200), "the entries left: " + handled.keySet());
  }

  @Test
  void aWorkerBehindTheBoundCountsWhatWasTrimmedAheadOfIt() throws Exception {
    Map<Long, Integer> handled = new ConcurrentHashMap<>();
    CountDownLatch release = new CountDownLatch(1);
    RedisDispatchWorker worker = worker(builder().maxInFlight(10).blockTimeout(Duration.ofMillis(50)).claimIdle(Duration.ofMillis(600)));
    worker.events().subscribe(ShardwireEventTable.TYPING_START_EVENT, event -> {
      release.await();
      handled.merge(event.sequence().orElseThrow(), 1, Integer::sum);
    });
    worker.start().get();

    // The listener holds the first entry: the worker reads ten and waits while 300 arrive in a stream of 100.
    addBounded(1, 300, 100);
    release.countDown();

    await().atMost(WAIT).until(() -> handled.size() + worker.trimmed() == 300 && sync.xpending(stream, "workers").getCount() == 0);
    assertTrue(worker.trimmed() >= 190, "trimmed: " + worker.trimmed());
    handled.forEach((seq, times) -> assertEquals(1, times, "times dispatch " + seq + " was handled"));
    for (long seq = 201; seq <= 300; seq++) {
      assertEquals(1, handled.getOrDefault(seq, 0), "times dispatch " + seq + " was handled");
    }
    // Counted once: nothing more is reported later.
    dispatches.add("TYPING_START", 0, 301, Dispatches.typing(301));
    await().atMost(WAIT).until(() -> handled.containsKey(301L));
    assertEquals(300 - (handled.size() - 1), worker.trimmed());
  }

  @Test
  void entriesTrimmedWhilePendingWithADeadWorkerAreCountedByTheClaimer() throws Exception {
    deadWorkerLeavesThreePendingThenTheStreamIsTrimmed();
    Map<Long, Integer> handled = new ConcurrentHashMap<>();
    RedisDispatchWorker second = worker(builder().consumer("second").blockTimeout(Duration.ofMillis(50)).claimIdle(Duration.ofMillis(300)));
    second.events().subscribe(ShardwireEventTable.TYPING_START_EVENT, event -> handled.merge(event.sequence().orElseThrow(), 1, Integer::sum));
    try (LogCapture log = new LogCapture()) {
      second.start().get();
      await().atMost(WAIT).until(() -> second.trimmed() == 3 && sync.xpending(stream, "workers").getCount() == 0);
      assertTrue(log.text().contains("3 entries of " + stream + " pending with the group were trimmed"), log.text());
    }
    assertEquals(0, second.claimed(), "nothing left to claim");
    dispatches.add("TYPING_START", 0, 5, Dispatches.typing(5));
    await().atMost(WAIT).until(() -> handled.containsKey(5L));
    assertEquals(Map.of(4L, 1, 5L, 1), handled);
  }

  @Test
  void entriesTrimmedWhilePendingAreCountedByTheWorkerRestartedUnderTheirName() throws Exception {
    deadWorkerLeavesThreePendingThenTheStreamIsTrimmed();
    Map<Long, Integer> handled = new ConcurrentHashMap<>();
    RedisDispatchWorker again = worker(builder().consumer("first"));
    again.events().subscribe(ShardwireEventTable.TYPING_START_EVENT, event -> handled.merge(event.sequence().orElseThrow(), 1, Integer::sum));
    try (LogCapture log = new LogCapture()) {
      again.start().get();
      await().atMost(WAIT).until(() -> again.trimmed() == 3 && sync.xpending(stream, "workers").getCount() == 0);
      assertTrue(log.text().contains("3 entries of " + stream + " pending with the group were trimmed"), log.text());
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

package dev.shardwire.redis;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shardwire.events.MalformedPayloadEvent;
import dev.shardwire.events.typing.ShardwireEventTable;
import dev.shardwire.events.typing.TypingStartEvent;
import dev.shardwire.spi.DecodeException;
import io.lettuce.core.XGroupCreateArgs;
import io.lettuce.core.XReadArgs;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Workers in this JVM against a real Redis: entries shared in a group and handled once each,
 * acknowledged only after the dispatch future completes, claimed back from a stopped consumer,
 * and streams that no listener wants never read.
 */
class RedisDispatchWorkerTest extends WorkerHarness {

  @RegisterExtension
  static final LocalRedis redis = LocalRedis.perClass();

  @Override
  LocalRedis redis() {
    return redis;
  }

  @Test
  void twoWorkersOfAGroupHandleEachEntryOnce() throws Exception {
    Map<String, AtomicInteger> handled = new ConcurrentHashMap<>();
    for (int i = 0; i < 2; i++) {
      RedisDispatchWorker worker = worker(builder().batchSize(10));
      worker.events().subscribe(ShardwireEventTable.TYPING_START_EVENT, event -> {
        String key = event.shard().id() + ":" + event.sequence().orElseThrow();
        handled.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
      });
      worker.start().get();
    }
    dispatches.addTyping(2_000, 4);

    String stream = dispatches.streams().keyOf("TYPING_START");
    await().atMost(WAIT).until(() -> handled.size() == 2_000 && sync.xpending(stream, "workers").getCount() == 0);
    for (int seq = 1; seq <= 2_000; seq++) {
      AtomicInteger count = handled.get(seq % 4 + ":" + seq);
      assertEquals(1, count == null ? 0 : count.get(), "times dispatch " + seq + " was handled");
    }
    assertEquals(2_000, workers.get(0).acknowledged() + workers.get(1).acknowledged());
  }

  @Test
  void eventsNameTheirShardAndSequenceAndRefuseGatewayCommands() throws Exception {
    CompletableFuture<TypingStartEvent> received = new CompletableFuture<>();
    RedisDispatchWorker worker = worker(builder());
    worker.events().subscribe(ShardwireEventTable.TYPING_START_EVENT, received::complete);
    worker.start().get();
    dispatches.add("TYPING_START", 5, 4242, Dispatches.typing(77));

    TypingStartEvent event = received.get(WAIT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
    assertEquals(77, event.userId().asLong());
    assertEquals(5, event.shard().id());
    assertEquals(8, event.shard().count());
    assertEquals(4242, event.sequence().orElseThrow());
    assertTrue(event.app() == worker, "app() is the worker");
    WorkerShard shard = assertInstanceOf(WorkerShard.class, event.shard());
    UnsupportedOperationException refused =
        org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class,
            () -> shard.updatePresence(dev.shardwire.gateway.Presence.of(dev.shardwire.models.Status.ONLINE)));
    assertTrue(refused.getMessage().contains("Redis dispatch worker, which has no gateway connection"), refused.getMessage());
  }

  @Test
  void anEntryStaysPendingUntilItsDispatchFutureCompletes() throws Exception {
    CompletableFuture<Void> listenerDone = new CompletableFuture<>();
    AtomicInteger calls = new AtomicInteger();
    RedisDispatchWorker worker = worker(builder());
    worker.events().subscribeAsync(ShardwireEventTable.TYPING_START_EVENT, event -> {
      calls.incrementAndGet();
      return listenerDone;
    });
    worker.start().get();
    String stream = dispatches.streams().keyOf("TYPING_START");
    dispatches.add("TYPING_START", 0, 1, Dispatches.typing(1));

    await().atMost(WAIT).until(() -> calls.get() == 1);
    // The listener runs; its stage has not completed: the entry must still be pending, with this worker.
    assertEquals(1, sync.xpending(stream, "workers").getCount());
    assertEquals(Map.of(worker.consumerName(), 1L), sync.xpending(stream, "workers").getConsumerMessageCount());
    assertEquals(0, worker.acknowledged());

    listenerDone.complete(null);
    await().atMost(WAIT).until(() -> sync.xpending(stream, "workers").getCount() == 0);
    assertEquals(1, worker.acknowledged());
    assertEquals(1, calls.get());
  }

  @Test
  void aStoppedConsumersPendingEntriesAreClaimedByAnother() throws Exception {
    String stream = dispatches.streams().keyOf("TYPING_START");
    // The first worker takes three entries and never finishes them, then stops: they stay pending with it.
    List<CompletableFuture<Void>> stuck = new CopyOnWriteArrayList<>();
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
    assertEquals(Map.of("first", 3L), sync.xpending(stream, "workers").getConsumerMessageCount());

    Map<Long, Integer> handled = new ConcurrentHashMap<>();
    RedisDispatchWorker second = worker(builder().consumer("second").blockTimeout(Duration.ofMillis(50)).claimIdle(Duration.ofMillis(300)));
    second.events().subscribe(ShardwireEventTable.TYPING_START_EVENT, event -> handled.merge(event.sequence().orElseThrow(), 1, Integer::sum));
    second.start().get();

    await().atMost(WAIT).until(() -> handled.size() == 3 && sync.xpending(stream, "workers").getCount() == 0);
    assertEquals(Map.of(1L, 1, 2L, 1, 3L, 1), handled);
    assertEquals(3, second.claimed());
    // And it goes on with new entries as usual.
    dispatches.add("TYPING_START", 0, 4, Dispatches.typing(4));
    await().atMost(WAIT).until(() -> handled.containsKey(4L));
  }

  @Test
  void aLiveWorkersSlowEntryIsNeverClaimed() throws Exception {
    Duration claimIdle = Duration.ofMillis(400);
    String stream = dispatches.streams().keyOf("TYPING_START");
    CompletableFuture<Void> slow = new CompletableFuture<>();
    AtomicInteger firstCalls = new AtomicInteger();
    RedisDispatchWorker first = worker(builder().consumer("first").blockTimeout(Duration.ofMillis(50)).claimIdle(claimIdle));
    first.events().subscribeAsync(ShardwireEventTable.TYPING_START_EVENT, event -> {
      firstCalls.incrementAndGet();
      return slow;
    });
    first.start().get();
    dispatches.add("TYPING_START", 0, 1, Dispatches.typing(1));
    await().atMost(WAIT).until(() -> firstCalls.get() == 1);

    AtomicInteger secondCalls = new AtomicInteger();
    RedisDispatchWorker second = worker(builder().consumer("second").blockTimeout(Duration.ofMillis(50)).claimIdle(claimIdle));
    second.events().subscribe(ShardwireEventTable.TYPING_START_EVENT, event -> secondCalls.incrementAndGet());
    second.start().get();
    // Five claim idle times: the other worker looks for claimable entries every third of one.
    await().during(claimIdle.multipliedBy(5)).atMost(WAIT)
        .until(() -> secondCalls.get() == 0 && sync.xpending(stream, "workers").getConsumerMessageCount().equals(Map.of("first", 1L)));
    assertEquals(0, second.claimed());

    slow.complete(null);
    await().atMost(WAIT).until(() -> sync.xpending(stream, "workers").getCount() == 0);
    assertEquals(1, firstCalls.get());
    assertEquals(0, secondCalls.get());
  }

  @Test
  void aWorkerReadsOnlyTheStreamsItsListenersWant() throws Exception {
    String unwanted = dispatches.streams().keyOf("MESSAGE_CREATE");
    // Another kind of worker reads MESSAGE_CREATE in this group; its group exists there with two entries
    // (one that would not even decode).
    dispatches.add("MESSAGE_CREATE", 0, 1, "{\"id\":\"not a message\"}");
    dispatches.add("MESSAGE_CREATE", 0, 2, "{}");
    sync.xgroupCreate(XReadArgs.StreamOffset.from(unwanted, "0"), "workers", XGroupCreateArgs.Builder.mkstream());

    List<Long> typing = new CopyOnWriteArrayList<>();
    RedisDispatchWorker worker = worker(builder().blockTimeout(Duration.ofMillis(50)));
    worker.events().subscribe(ShardwireEventTable.TYPING_START_EVENT, event -> typing.add(event.sequence().orElseThrow()));
    worker.start().get();
    assertEquals(List.of("TYPING_START"), worker.readNames());
    dispatches.addTyping(20, 2);
    await().atMost(WAIT).until(() -> typing.size() == 20);
    // Many reads later (each read of TYPING_START would have read MESSAGE_CREATE too, had it been wanted):
    dispatches.add("TYPING_START", 0, 21, Dispatches.typing(21));
    await().atMost(WAIT).until(() -> typing.size() == 21);

    Map<String, Object> group = groupInfo(unwanted, "workers");
    assertEquals("0-0", group.get("last-delivered-id"), "entries delivered from the unwanted stream: " + group);
    assertEquals(0L, group.get("pending"));
    assertEquals(0L, sync.xpending(unwanted, "workers").getCount());
    assertEquals(0, worker.malformed(), "nothing of the unwanted stream was decoded");
    // No other name's stream was even made (a group's MKSTREAM would have).
    assertEquals(0L, sync.exists(dispatches.streams().keyOf("GUILD_CREATE")));
  }

  @Test
  void aPayloadThatDoesNotDecodeIsReportedAcknowledgedAndTheNextOneHandled() throws Exception {
    CompletableFuture<MalformedPayloadEvent> reported = new CompletableFuture<>();
    List<Long> handled = new CopyOnWriteArrayList<>();
    RedisDispatchWorker worker = worker(builder());
    worker.events().subscribe(dev.shardwire.events.ShardwireEventTable.MALFORMED_PAYLOAD_EVENT, reported::complete);
    worker.events().subscribe(ShardwireEventTable.TYPING_START_EVENT, event -> handled.add(event.sequence().orElseThrow()));
    worker.start().get();
    String stream = dispatches.streams().keyOf("TYPING_START");
    dispatches.add("TYPING_START", 3, 1, "{\"channel_id\":\"1001\",\"user_id\":true,\"timestamp\":1}");
    dispatches.addRaw("TYPING_START", Map.of("shard", "0", "seq", "two", "d", Dispatches.typing(2)));
    dispatches.addRaw("TYPING_START", Map.of("shard", "9", "seq", "3", "d", Dispatches.typing(3)));
    dispatches.add("TYPING_START", 0, 4, Dispatches.typing(4));

    await().atMost(WAIT).until(() -> handled.contains(4L) && sync.xpending(stream, "workers").getCount() == 0);
    assertEquals(List.of(4L), handled);
    assertEquals(3, worker.malformed());
    assertEquals(4, worker.acknowledged());
    MalformedPayloadEvent bad = reported.getNow(null);
    assertEquals("TYPING_START", bad.name());
    assertEquals(3, bad.shard().id());
    DecodeException error = assertInstanceOf(DecodeException.class, bad.exception());
    assertEquals("TypingStartEvent", error.typeName());
    assertEquals("user_id", error.path());
    assertTrue(error.getMessage().contains("column"), error.getMessage());
  }

  @Test
  void anEntryFinishedAfterCloseStaysPendingQuietly() throws Exception {
    String stream = dispatches.streams().keyOf("TYPING_START");
    java.util.concurrent.ThreadPoolExecutor pool = new java.util.concurrent.ThreadPoolExecutor(
        2, 2, 1, java.util.concurrent.TimeUnit.MINUTES, new java.util.concurrent.LinkedBlockingQueue<>());
    java.util.concurrent.CountDownLatch entered = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
    try {
      RedisDispatchWorker worker = worker(builder().consumer("leaving").closeTimeout(Duration.ZERO)
          .events(dev.shardwire.dispatch.EventManager.builder().executor(pool).build()));
      worker.events().subscribe(ShardwireEventTable.TYPING_START_EVENT, event -> {
        entered.countDown();
        release.await();
      });
      worker.start().get();
      dispatches.add("TYPING_START", 0, 1, Dispatches.typing(1));
      assertTrue(entered.await(WAIT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS));
      worker.close();

      // The listener returns after the worker closed: its entry is not acknowledged (another
      // worker will claim it), and nothing fails on the way.
      try (dev.shardwire.dispatch.LogCapture log = new dev.shardwire.dispatch.LogCapture()) {
        release.countDown();
        await().atMost(WAIT).until(() -> pool.getActiveCount() == 0 && pool.getQueue().isEmpty());
        assertEquals("", log.text().lines().filter(line -> line.contains("ERROR") || line.contains("Exception")).collect(
            java.util.stream.Collectors.joining("\n")));
      }
      assertEquals(Map.of("leaving", 1L), sync.xpending(stream, "workers").getConsumerMessageCount());
    } finally {
      pool.shutdown();
    }
  }

  /** XINFO GROUPS of {@code stream}: the fields of {@code group}. */
  private Map<String, Object> groupInfo(String stream, String group) {
    for (Object entry : sync.xinfoGroups(stream)) {
      List<?> fields = (List<?>) entry;
      Map<String, Object> info = new HashMap<>();
      for (int i = 0; i + 1 < fields.size(); i += 2) {
        info.put(String.valueOf(fields.get(i)), fields.get(i + 1));
      }
      if (group.equals(info.get("name"))) {
        return info;
      }
    }
    throw new AssertionError("no group " + group + " on " + stream);
  }
}

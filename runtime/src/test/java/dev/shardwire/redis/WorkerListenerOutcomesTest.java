package dev.shardwire.redis;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shardwire.events.ExceptionEvent;
import dev.shardwire.events.typing.ShardwireEventTable;
import dev.shardwire.events.typing.TypingStartEvent;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What becomes of an entry whose listener fails, and of one in flight when its worker closes: a
 * failed listener is reported and its entry acknowledged, once, never delivered again (it would
 * fail the same way: no poison-pill loop); an entry whose listener finishes within the close
 * timeout is acknowledged before close() returns.
 */
class WorkerListenerOutcomesTest extends WorkerHarness {

  @RegisterExtension
  static final LocalRedis redis = LocalRedis.perClass();

  @Override
  LocalRedis redis() {
    return redis;
  }

  @Test
  void aFailedListenersEntryIsReportedAndAcknowledgedOnceNeverHandledAgain() throws Exception {
    Duration claimIdle = Duration.ofMillis(400);
    Map<Long, Integer> calls = new ConcurrentHashMap<>();
    List<ExceptionEvent> reported = new CopyOnWriteArrayList<>();
    List<RedisDispatchWorker> two = List.of(worker(claimIdle), worker(claimIdle));
    for (RedisDispatchWorker worker : two) {
      worker.events().subscribe(dev.shardwire.events.ShardwireEventTable.EXCEPTION_EVENT, reported::add);
      worker.events().subscribe(ShardwireEventTable.TYPING_START_EVENT, event -> {
        long seq = event.sequence().orElseThrow();
        calls.merge(seq, 1, Integer::sum);
        if (seq % 3 == 1) {
          throw new IllegalStateException("listener fails on " + seq);
        }
      });
      worker.events().subscribeAsync(ShardwireEventTable.TYPING_START_EVENT, event -> event.sequence().orElseThrow() % 3 == 2
          ? CompletableFuture.failedFuture(new IllegalStateException("stage fails on " + event.sequence().orElseThrow()))
          : CompletableFuture.completedFuture(null));
      worker.start().get();
    }
    dispatches.addTyping(30, 2);

    await().atMost(WAIT).until(() -> calls.size() == 30 && sync.xpending(stream, "workers").getCount() == 0);
    // Five claim idle times: a failed entry left pending would be claimed and handled again by now.
    await().during(claimIdle.multipliedBy(5)).atMost(WAIT).until(() -> calls.values().stream().allMatch(times -> times == 1));
    assertEquals(30, two.get(0).acknowledged() + two.get(1).acknowledged());
    assertEquals(0, two.get(0).claimed() + two.get(1).claimed());
    await().atMost(WAIT).until(() -> reported.size() == 20);
    assertTrue(reported.stream().allMatch(failure -> failure.failedEvent() instanceof TypingStartEvent), reported.toString());
  }

  @Test
  void anEntryWhoseListenerFinishesWithinTheCloseTimeoutIsAcknowledgedBeforeCloseReturns() throws Exception {
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    RedisDispatchWorker worker = worker(Duration.ofSeconds(30));
    worker.events().subscribe(ShardwireEventTable.TYPING_START_EVENT, event -> {
      entered.countDown();
      release.await();
    });
    worker.start().get();
    dispatches.add("TYPING_START", 0, 1, Dispatches.typing(1));
    assertTrue(entered.await(WAIT.toSeconds(), TimeUnit.SECONDS));

    CompletableFuture<Void> closed = CompletableFuture.runAsync(worker::close);
    // close() waits for the entry in flight (up to its 30 s); the listener returns meanwhile.
    assertTrue(!closed.isDone(), "close() returned with an entry in flight");
    release.countDown();
    closed.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    assertEquals(1, worker.acknowledged());
    assertEquals(0L, sync.xpending(stream, "workers").getCount());
  }

  private RedisDispatchWorker worker(Duration claimIdle) {
    return worker(builder().shardCount(2).blockTimeout(Duration.ofMillis(50)).claimIdle(claimIdle)
        .closeTimeout(Duration.ofSeconds(30)));
  }
}

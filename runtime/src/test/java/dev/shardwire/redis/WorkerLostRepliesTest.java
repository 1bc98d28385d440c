package dev.shardwire.redis;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shardwire.events.typing.ShardwireEventTable;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Commands and replies lost with a connection reset (a network failure, not Redis closing it
 * cleanly). An acknowledgement that never reached Redis: the entry was handled, so the worker
 * sends its XACK again once it has reconnected, rather than leaving the entry pending for a worker
 * to claim after the idle time and handle a second time. A read whose reply was lost: Redis
 * counts its entries as delivered, pending with the worker, which reads its own pending entries
 * again after a failed read rather than leaving them for a claim after the idle time.
 */
class WorkerLostRepliesTest extends WorkerHarness {

  @RegisterExtension
  static final LocalRedis redis = LocalRedis.perClass();

  @Override
  LocalRedis redis() {
    return redis;
  }

  @Test
  void anAcknowledgementLostWithItsConnectionIsSentAgainAndTheEntryHandledOnce() throws Exception {
    List<Long> handled = new CopyOnWriteArrayList<>();
    CountDownLatch release = new CountDownLatch(1);
    // A short idle time: an entry left pending is claimed (by this very worker) within a second or two.
    // The worker closes before the proxy.
    try (CuttingProxy proxy = new CuttingProxy(redis.port());
        RedisDispatchWorker worker = builder().redis("redis://127.0.0.1:" + proxy.port())
            .blockTimeout(Duration.ofMillis(100)).claimIdle(Duration.ofMillis(600)).build()) {
      worker.events().subscribe(ShardwireEventTable.TYPING_START_EVENT, event -> {
        handled.add(event.sequence().orElseThrow());
        if (event.sequence().orElseThrow() == 2) {
          release.await();
        }
      });
      worker.start().get(WAIT.toSeconds(), TimeUnit.SECONDS);
      dispatches.add("TYPING_START", 0, 1, Dispatches.typing(1));
      dispatches.add("TYPING_START", 0, 2, Dispatches.typing(2));
      await().atMost(WAIT).until(() -> handled.equals(List.of(1L, 2L)) && worker.acknowledged() == 1);

      // The listener of entry 2 returns while nothing reaches Redis; its XACK goes out, and is
      // lost when the connections are reset.
      proxy.hold();
      release.countDown();
      await().atMost(WAIT).until(() -> proxy.held().contains("XACK"));
      proxy.cut();

      await().atMost(WAIT).until(() -> sync.xpending(stream, "workers").getCount() == 0);
      assertEquals(List.of(1L, 2L), handled, "entry 2 handled once");
      await().atMost(WAIT).until(() -> worker.acknowledged() == 2 && worker.inFlight() == 0);
    }
  }

  @Test
  void entriesOfAReadWhoseReplyWasLostAreHandledWithoutWaitingForTheIdleTime() throws Exception {
    List<Long> handled = new CopyOnWriteArrayList<>();
    // An idle time far longer than the test: only the worker's own pending entries read again bring entry 2.
    try (CuttingProxy proxy = new CuttingProxy(redis.port());
        RedisDispatchWorker worker = builder().redis("redis://127.0.0.1:" + proxy.port())
            .blockTimeout(Duration.ofMillis(100)).claimIdle(Duration.ofMinutes(10)).build()) {
      worker.events().subscribe(ShardwireEventTable.TYPING_START_EVENT, event -> handled.add(event.sequence().orElseThrow()));
      worker.start().get(WAIT.toSeconds(), TimeUnit.SECONDS);
      dispatches.add("TYPING_START", 0, 1, Dispatches.typing(1));
      await().atMost(WAIT).until(() -> handled.equals(List.of(1L)) && worker.acknowledged() == 1);

      // Redis hands entry 2 to the worker's blocked read; the reply is lost with the connection.
      proxy.swallowReplies();
      dispatches.add("TYPING_START", 0, 2, Dispatches.typing(424242));
      await().atMost(WAIT).until(() -> proxy.swallowed().contains("424242"));
      // Checked before the cut: after it the worker recovers on its own, and may be done already.
      assertEquals(java.util.Map.of(worker.consumerName(), 1L), sync.xpending(stream, "workers").getConsumerMessageCount(),
          "delivered to the worker as far as Redis knows");
      proxy.cut();

      await().atMost(WAIT).until(() -> handled.equals(List.of(1L, 2L)) && sync.xpending(stream, "workers").getCount() == 0);
      assertEquals(0, worker.claimed());
    }
  }
}

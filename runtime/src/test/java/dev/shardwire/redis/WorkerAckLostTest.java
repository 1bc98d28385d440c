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
 * An acknowledgement lost with its connection (reset before Redis read it): the entry was handled,
 * so the worker sends its XACK again once it has reconnected, rather than leaving the entry
 * pending for a worker to claim after the idle time and handle a second time.
 */
class WorkerAckLostTest extends WorkerHarness {

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
}

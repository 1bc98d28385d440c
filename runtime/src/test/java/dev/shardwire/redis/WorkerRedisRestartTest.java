package dev.shardwire.redis;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shardwire.events.typing.ShardwireEventTable;
import dev.shardwire.models.Intents;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A worker across a Redis restart: the server comes back empty (persistence off), so the streams
 * and the consumer group are gone, and the worker must make the group again and go on with what
 * the gateways publish from then on. And a worker started while Redis is down: it keeps trying,
 * as its {@code start()} says, and reads once Redis is up.
 */
class WorkerRedisRestartTest {

  private static final Duration WAIT = Duration.ofSeconds(30);

  @RegisterExtension
  static final LocalRedis redis = LocalRedis.perClass();

  @Test
  void aWorkerGoesOnAfterRedisRestartedEmpty() throws Exception {
    Dispatches dispatches = new Dispatches(redis.connect(), "restart");
    List<Long> handled = new CopyOnWriteArrayList<>();
    try (RedisDispatchWorker worker = RedisDispatchWorker.builder()
        .redis(redis.client())
        .botKey("restart")
        .shardCount(1)
        .intents(Intents.of(Intents.GUILD_MESSAGE_TYPING))
        .blockTimeout(Duration.ofMillis(100))
        .build()) {
      worker.events().subscribe(ShardwireEventTable.TYPING_START_EVENT, event -> handled.add(event.sequence().orElseThrow()));
      worker.start().get(WAIT.toSeconds(), TimeUnit.SECONDS);
      dispatches.add("TYPING_START", 0, 1, Dispatches.typing(1));
      await().atMost(WAIT).until(() -> handled.equals(List.of(1L)));

      redis.stop();
      redis.restart();
      // The gateway publishes again once Redis is back; the stream is new, the group gone.
      dispatches.add("TYPING_START", 0, 2, Dispatches.typing(2));
      dispatches.add("TYPING_START", 0, 3, Dispatches.typing(3));

      await().atMost(WAIT).until(() -> handled.size() == 3);
      assertEquals(List.of(1L, 2L, 3L), handled);
      await().atMost(WAIT).until(() -> worker.acknowledged() == 3);
    }
  }

  @Test
  void aWorkerStartedWhileRedisIsDownReadsOnceItIsUp() throws Exception {
    List<Long> handled = new CopyOnWriteArrayList<>();
    redis.stop();
    try (RedisDispatchWorker worker = worker("down-at-start")) {
      worker.events().subscribe(ShardwireEventTable.TYPING_START_EVENT, event -> handled.add(event.sequence().orElseThrow()));
      CompletableFuture<Void> started;
      try {
        started = worker.start();
      } finally {
        redis.restart();
      }
      started.get(WAIT.toSeconds(), TimeUnit.SECONDS);
      new Dispatches(redis.connect(), "down-at-start").add("TYPING_START", 0, 1, Dispatches.typing(1));
      await().atMost(WAIT).until(() -> handled.equals(List.of(1L)) && worker.acknowledged() == 1);
    }
  }

  @Test
  void aWorkerClosedBeforeRedisCameUpLeavesNoThread() throws Exception {
    redis.stop();
    try {
      RedisDispatchWorker worker = worker("never-up");
      CompletableFuture<Void> started = worker.start();
      worker.close();
      assertTrue(started.isCompletedExceptionally(), "start() fails once the worker is closed");
      assertFalse(Thread.getAllStackTraces().keySet().stream()
          .anyMatch(thread -> thread.getName().equals("shardwire-redis-worker-" + worker.consumerName())), "the reader thread ended");
    } finally {
      redis.restart();
    }
  }

  @Test
  void closeDoesNotWaitOutAReadStuckOnALostConnection() throws Exception {
    RedisDispatchWorker worker = worker("down-at-close");
    worker.events().subscribe(ShardwireEventTable.TYPING_START_EVENT, event -> { });
    worker.start().get(WAIT.toSeconds(), TimeUnit.SECONDS);
    redis.stop();
    try {
      // The reader tries again and waits in a read that Redis, gone, will never answer: the
      // client holds it until its command timeout (60 s), much longer than a block.
      Thread reader = readerOf(worker);
      await().atMost(WAIT).until(() -> reader.getState() != Thread.State.RUNNABLE
          && Arrays.stream(reader.getStackTrace()).anyMatch(frame -> frame.getClassName().startsWith("io.lettuce.")));
      assertTimeoutPreemptively(Duration.ofSeconds(3), worker::close, "close() with Redis gone (blocks of 100 ms)");
      assertFalse(reader.isAlive(), "the reader thread ended");
    } finally {
      redis.restart();
    }
  }

  private static Thread readerOf(RedisDispatchWorker worker) {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(thread -> thread.getName().equals("shardwire-redis-worker-" + worker.consumerName()))
        .findFirst().orElseThrow();
  }

  private static RedisDispatchWorker worker(String botKey) {
    return RedisDispatchWorker.builder()
        .redis(redis.client())
        .botKey(botKey)
        .shardCount(1)
        .intents(Intents.of(Intents.GUILD_MESSAGE_TYPING))
        .blockTimeout(Duration.ofMillis(100))
        .build();
  }
}

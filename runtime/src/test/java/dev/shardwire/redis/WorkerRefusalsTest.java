package dev.shardwire.redis;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shardwire.dispatch.LogCapture;
import dev.shardwire.events.typing.ShardwireEventTable;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Redis refusing the worker's commands for a while, and its stream deleted under a blocked read:
 * the worker says so once, in words that name what happened, goes on trying without a line per
 * try, and reads again once Redis takes its commands.
 */
class WorkerRefusalsTest extends WorkerHarness {

  @RegisterExtension
  static final LocalRedis redis = LocalRedis.perClass();

  @Override
  LocalRedis redis() {
    return redis;
  }

  @Test
  void redisOutOfMemoryIsWarnedOnceAndTheWorkerReadsWhenItHasRoomAgain() throws Exception {
    List<Long> handled = new CopyOnWriteArrayList<>();
    try (LogCapture log = new LogCapture()) {
      // No room for the group's stream (XGROUP CREATE … MKSTREAM is refused under maxmemory).
      sync.configSet("maxmemory-policy", "noeviction");
      sync.configSet("maxmemory", "1");
      CompletableFuture<Void> started;
      try {
        RedisDispatchWorker worker = worker(builder());
        worker.events().subscribe(ShardwireEventTable.TYPING_START_EVENT, event -> handled.add(event.sequence().orElseThrow()));
        started = worker.start();
        // Many tries (one a block, 200 ms), refused each time.
        await().atMost(WAIT).until(() -> rejectedGroupCreates() >= 10);
      } finally {
        sync.configSet("maxmemory", "0");
      }
      started.get(WAIT.toSeconds(), TimeUnit.SECONDS);
      dispatches.add("TYPING_START", 0, 1, Dispatches.typing(1));
      await().atMost(WAIT).until(() -> handled.equals(List.of(1L)) && workers.get(0).acknowledged() == 1);

      List<String> warnings = lines(log, "WARN");
      assertEquals(1, warnings.size(), "one WARN line for ten refusals: " + warnings);
      assertTrue(warnings.get(0).contains("OOM command not allowed"), warnings.get(0));
      assertTrue(log.text().contains("reads again"), log.text());
    }
  }

  @Test
  void aStreamDeletedUnderABlockedReadIsMadeAgainWithOneWarning() throws Exception {
    List<Long> handled = new CopyOnWriteArrayList<>();
    try (LogCapture log = new LogCapture()) {
      RedisDispatchWorker worker = worker(builder().blockTimeout(Duration.ofSeconds(5)).claimIdle(Duration.ofSeconds(30)));
      worker.events().subscribe(ShardwireEventTable.TYPING_START_EVENT, event -> handled.add(event.sequence().orElseThrow()));
      worker.start().get(WAIT.toSeconds(), TimeUnit.SECONDS);
      dispatches.add("TYPING_START", 0, 1, Dispatches.typing(1));
      await().atMost(WAIT).until(() -> handled.equals(List.of(1L)) && worker.acknowledged() == 1);
      // The reader blocks (5 s) on the stream when it is deleted: Redis ends that read with an error.
      await().atMost(WAIT).until(() -> sync.clientList().lines().anyMatch(line -> line.contains("cmd=xreadgroup") && line.contains("flags=b")));
      sync.del(stream);
      dispatches.add("TYPING_START", 0, 2, Dispatches.typing(2));
      await().atMost(WAIT).until(() -> handled.equals(List.of(1L, 2L)) && worker.acknowledged() == 2);

      List<String> warnings = lines(log, "WARN");
      assertEquals(1, warnings.size(), "one WARN line: " + warnings);
      assertTrue(warnings.get(0).contains("the consumer group workers is gone"), warnings.get(0));
    }
  }

  private static List<String> lines(LogCapture log, String level) {
    return log.text().lines().filter(line -> line.contains(" " + level + " ")).toList();
  }

  /** How many XGROUP CREATEs Redis has refused (INFO commandstats). */
  private long rejectedGroupCreates() {
    return sync.info("commandstats").lines().filter(line -> line.startsWith("cmdstat_xgroup|create:"))
        .mapToLong(line -> Long.parseLong(line.replaceAll(".*rejected_calls=(\\d+).*", "$1"))).sum();
  }
}

package dev.shardwire.redis;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lettuce.core.Consumer;
import io.lettuce.core.Limit;
import io.lettuce.core.Range;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.models.stream.PendingMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 15's worker crash: three worker JVMs consume 20,000 dispatches while one is killed with
 * {@code kill -9} halfway through. Every dispatch is handled at least once, and a dispatch is
 * handled twice only if it was in flight at the kill (pending with the killed worker): those
 * duplicates are counted and reported.
 */
class WorkerCrashTest {

  private static final int DISPATCHES = 20_000;
  private static final int SHARDS = 4;
  private static final String BOT = "crash";
  private static final String GROUP = RedisDispatchWorker.DEFAULT_GROUP;
  /**
   * Live workers renew their entries' leases every third of this, so it only needs to outlast a
   * reading thread's stall on a loaded machine; it is also how long the killed worker's entries wait.
   */
  private static final long CLAIM_IDLE_MILLIS = 2_000;

  @RegisterExtension
  static final LocalRedis redis = LocalRedis.perClass();

  @Test
  void everyDispatchIsHandledAndOnlyTheKilledWorkersInFlightEntriesTwice() throws Exception {
    RedisCommands<String, String> sync = redis.connect().sync();
    Dispatches dispatches = new Dispatches(redis.connect(), BOT);
    String stream = dispatches.streams().keyOf("TYPING_START");
    String handled = RecordingWorkerMain.handledKey(BOT);
    long start = System.nanoTime();
    List<String> ids = dispatches.addTyping(DISPATCHES, SHARDS);
    long added = System.nanoTime();

    List<ChildJvm> workers = new ArrayList<>();
    try {
      for (int i = 0; i < 3; i++) {
        workers.add(ChildJvm.start("worker-" + i, RecordingWorkerMain.class,
            Integer.toString(redis.port()), BOT, "worker-" + i, Long.toString(CLAIM_IDLE_MILLIS)));
      }
      for (ChildJvm worker : workers) {
        await().atMost(Duration.ofSeconds(60)).until(() -> worker.printed("ready") || !worker.isAlive());
        assertTrue(worker.isAlive(), worker.output());
      }

      await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20)).until(() -> sync.hlen(handled) >= DISPATCHES / 2);
      ChildJvm victim = workers.get(0);
      victim.kill();
      // What the killed worker had been given and had not acknowledged: in flight at the kill.
      Set<String> inFlightAtKill = new HashSet<>();
      for (PendingMessage pending : sync.xpending(stream, Consumer.from(GROUP, "worker-0"), Range.create("-", "+"), Limit.from(DISPATCHES))) {
        inFlightAtKill.add(pending.getId());
      }
      long handledAtKill = sync.hlen(handled);
      long killed = System.nanoTime();

      await().atMost(Duration.ofSeconds(60))
          .until(() -> sync.hlen(handled) == DISPATCHES && sync.xpending(stream, GROUP).getCount() == 0);

      Map<String, String> counts = sync.hgetall(handled);
      Map<Long, Integer> duplicates = new TreeMap<>();
      List<String> duplicatesNotInFlight = new ArrayList<>();
      for (int seq = 1; seq <= DISPATCHES; seq++) {
        String count = counts.get(seq % SHARDS + ":" + seq);
        assertTrue(count != null, "dispatch " + seq + " was never handled");
        if (Integer.parseInt(count) > 1) {
          duplicates.put((long) seq, Integer.parseInt(count));
          if (!inFlightAtKill.contains(ids.get(seq - 1))) {
            duplicatesNotInFlight.add(seq + " (entry " + ids.get(seq - 1) + ", handled " + count + " times)");
          }
        }
      }
      long done = System.nanoTime();
      String report = String.format(
          "worker crash: %d dispatches, worker-0 killed after %d were handled, %d entries in flight with it at the kill;"
              + " %d dispatches handled twice (all of them in flight at the kill: %s), none lost"
              + " (added in %d ms, killed %d ms later, all handled %d ms after the kill)",
          DISPATCHES, handledAtKill, inFlightAtKill.size(), duplicates.size(), duplicatesNotInFlight.isEmpty(),
          (added - start) / 1_000_000, (killed - added) / 1_000_000, (done - killed) / 1_000_000);
      System.out.println(report);
      assertEquals(List.of(), duplicatesNotInFlight, report);
      assertTrue(duplicates.size() <= inFlightAtKill.size(), report);
      assertTrue(duplicates.values().stream().allMatch(count -> count == 2), "handled more than twice: " + duplicates);
      assertTrue(workers.get(1).isAlive() && workers.get(2).isAlive(), workers.get(1).output() + workers.get(2).output());
      assertEquals(0, sync.xpending(stream, Consumer.from(GROUP, "worker-0"), Range.create("-", "+"), Limit.from(10)).size(),
          "the killed worker's entries were all claimed");
    } finally {
      for (ChildJvm worker : workers) {
        worker.close();
      }
    }
  }
}

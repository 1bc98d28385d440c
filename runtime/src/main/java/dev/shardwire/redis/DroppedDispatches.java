package dev.shardwire.redis;

import dev.shardwire.gateway.GatewayShard;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The dispatches a publisher dropped and has not reported yet, per shard and reason. Shards' read
 * threads add to it (only when they drop, which is rare, hence a plain lock); the publisher's
 * sender thread takes it whole when it reports.
 */
final class DroppedDispatches {

  /** One shard's drops for one reason, since the last report. */
  record Report(GatewayShard shard, String reason, long count, long firstSequence, long lastSequence,
      Map<String, Long> countsByName) {}

  private record Key(int shardId, String reason) {}

  private static final class Tally {
    final GatewayShard shard;
    long count;
    long first = Long.MAX_VALUE;
    long last = Long.MIN_VALUE;
    final Map<String, Long> byName = new TreeMap<>();

    Tally(GatewayShard shard) {
      this.shard = shard;
    }
  }

  private final Map<Key, Tally> tallies = new HashMap<>();
  private long total;
  /** Whether some drops are not reported yet. */
  private volatile boolean pending;
  /** When the oldest unreported drop happened (System.nanoTime), if {@link #pending}. */
  private volatile long pendingSince;

  /** Counts one dropped dispatch. */
  synchronized void add(GatewayShard shard, String name, long sequence, String reason) {
    Tally tally = tallies.computeIfAbsent(new Key(shard.id(), reason), key -> new Tally(shard));
    tally.count++;
    tally.first = Math.min(tally.first, sequence);
    tally.last = Math.max(tally.last, sequence);
    tally.byName.merge(name, 1L, Long::sum);
    total++;
    if (!pending) {
      pendingSince = System.nanoTime();
      pending = true;
    }
  }

  /** Whether some drops are not reported yet. */
  boolean pending() {
    return pending;
  }

  /** When the oldest unreported drop happened, if {@link #pending()}. */
  long pendingSince() {
    return pendingSince;
  }

  /** Every drop ever counted. */
  synchronized long total() {
    return total;
  }

  /** The unreported drops, by shard id then reason, which now count as reported. */
  synchronized List<Report> take() {
    List<Report> reports = new ArrayList<>();
    tallies.entrySet().stream()
        .sorted(Map.Entry.comparingByKey(
            java.util.Comparator.comparingInt(Key::shardId).thenComparing(Key::reason)))
        .forEach(entry -> {
          Tally t = entry.getValue();
          reports.add(new Report(t.shard, entry.getKey().reason(), t.count, t.first, t.last, java.util.Collections.unmodifiableMap(new TreeMap<>(t.byName))));
        });
    tallies.clear();
    pending = false;
    return reports;
  }
}

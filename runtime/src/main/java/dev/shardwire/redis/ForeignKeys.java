package dev.shardwire.redis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The wanted streams whose key holds something else (a string, a hash … written by another
 * program under the same prefix): Redis refuses every command on them ({@code WRONGTYPE}), and
 * one of them in the worker's one {@code XREADGROUP} would refuse the read of every stream. They
 * are left out of reading, with one WARN line each, and looked at again every {@link #RETRY_NANOS}
 * (someone may delete the key). Used by the reader's thread only.
 */
final class ForeignKeys {

  private static final Logger LOG = LoggerFactory.getLogger(ForeignKeys.class);
  /** How long a foreign key is left alone before the worker tries its stream again. */
  static final long RETRY_NANOS = TimeUnit.SECONDS.toNanos(5);

  private final String consumerName;
  /** By dispatch name: when to try its stream again (System.nanoTime). */
  private final Map<String, Long> foreign = new HashMap<>();
  /** The names warned about, until their stream works. */
  private final Map<String, String> warned = new HashMap<>();

  ForeignKeys(String consumerName) {
    this.consumerName = consumerName;
  }

  /** {@code names} without those whose key held something else less than {@link #RETRY_NANOS} ago. */
  List<String> usable(List<String> names) {
    if (foreign.isEmpty()) {
      return names;
    }
    long now = System.nanoTime();
    foreign.values().removeIf(retryAt -> now - retryAt >= 0);
    return names.stream().filter(name -> !foreign.containsKey(name)).toList();
  }

  /** The key of {@code name}'s stream holds something else: leave it out for a while. */
  void found(String name, String key, RuntimeException refusal) {
    foreign.put(name, System.nanoTime() + RETRY_NANOS);
    if (warned.put(name, key) == null) {
      LOG.warn("dispatch worker {}: {} is not a stream ({}); {} dispatches are not read until it is, the other names are; "
          + "looking again every {} s", consumerName, key, refusal.getMessage(), name, TimeUnit.NANOSECONDS.toSeconds(RETRY_NANOS));
    }
  }

  /** The stream of {@code name} works (again). */
  void works(String name) {
    String key = warned.remove(name);
    if (key != null) {
      LOG.info("dispatch worker {}: {} is a stream now; reading it", consumerName, key);
    }
  }
}

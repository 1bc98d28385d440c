package dev.shardwire.redis;

import java.util.ArrayDeque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How far each shard's dispatches are settled (published, or dropped and reported), counted as
 * the longest run from the shard's first dispatch given to the publisher: what {@link
 * RedisDispatchPublisher#settled} answers, and how far the shard's session may be saved. A count of
 * the settled dispatches would not do: one dropped because the buffer is full is settled at once,
 * while older ones still wait in the buffer, and a session saved that far would resume after them.
 *
 * <p>A shard's read thread numbers its dispatches as they arrive; the publisher's sender thread
 * settles the buffered ones. Each shard's ledger has a lock of its own, held for a few steps.
 */
final class SettledDispatches {

  /** One shard's dispatches: how many it gave, and the numbers of those still buffered, oldest first. */
  static final class Ledger {
    private long given;
    private final ArrayDeque<Long> buffered = new ArrayDeque<>();

    /** Counts a dispatch that waits in the buffer; answers its number, to {@link #settle} it by. */
    synchronized long buffer() {
      buffered.addLast(++given);
      return given;
    }

    /** Counts a dispatch done with as it arrived (dropped, and reported). */
    synchronized void settledAtOnce() {
      given++;
    }

    /** Settles the buffered dispatch numbered {@code number}: usually the oldest. */
    synchronized void settle(long number) {
      Long oldest = buffered.peekFirst();
      if (oldest != null && oldest == number) {
        buffered.removeFirst();
      } else {
        buffered.removeFirstOccurrence(number);
      }
    }

    /** How many of the shard's first dispatches are all settled. */
    synchronized long settled() {
      Long oldest = buffered.peekFirst();
      return oldest == null ? given : oldest - 1;
    }
  }

  private final Map<Integer, Ledger> ledgers = new ConcurrentHashMap<>();

  /** The ledger of shard {@code shardId}. */
  Ledger of(int shardId) {
    return ledgers.computeIfAbsent(shardId, id -> new Ledger());
  }

  /** How many of shard {@code shardId}'s first dispatches are all settled; 0 before its first. */
  long settled(int shardId) {
    Ledger ledger = ledgers.get(shardId);
    return ledger == null ? 0 : ledger.settled();
  }
}

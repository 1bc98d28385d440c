package dev.shardwire.redis;

import dev.shardwire.wiring.DispatchRoutes;
import io.lettuce.core.Consumer;
import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.XAutoClaimArgs;
import io.lettuce.core.XClaimArgs;
import io.lettuce.core.XGroupCreateArgs;
import io.lettuce.core.XReadArgs;
import io.lettuce.core.XReadArgs.StreamOffset;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.models.stream.ClaimedMessages;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The worker's one reading thread, which alone uses the reading connection: it makes sure the
 * consumer group exists on each wanted stream, reads new entries with XREADGROUP (blocking up to
 * the block timeout), and keeps the leases: every third of the claim idle time it resets the idle
 * time of its own entries still in flight (XCLAIM to itself, JUSTID), so that no live worker's
 * entry is claimed however long its listener takes, and it claims with XAUTOCLAIM the entries that
 * other consumers of the group left idle longer than the claim idle time (they died, or their
 * reading thread is stuck).
 *
 * <p>Which streams are wanted is asked again before every read: the streams of the dispatch names
 * whose events something listens to now. No other stream is ever read.
 */
final class ReadLoop implements Runnable {

  private static final Logger LOG = LoggerFactory.getLogger(ReadLoop.class);
  private static final String START = "0-0";

  private final RedisCommands<String, byte[]> redis;
  private final DispatchStreams streams;
  private final DispatchRoutes routes;
  private final Consumer<String> consumer;
  private final int batchSize;
  private final Duration block;
  private final Duration claimIdle;
  private final long leaseTickNanos;
  private final int shardCount;
  private final InFlight inFlight;
  private final Delivery delivery;
  /** The dispatch names whose group this loop has made sure of; used on the loop's thread only. */
  private final Set<String> prepared = new HashSet<>();
  private final CompletableFuture<Void> started = new CompletableFuture<>();
  private final AtomicLong claimed = new AtomicLong();
  private final ForeignKeys foreignKeys;
  /** Whether a read failed since this consumer's own pending entries were last read (loop thread only). */
  private boolean rereadOwn;
  private volatile boolean stopping;
  private volatile Thread thread;

  ReadLoop(RedisCommands<String, byte[]> redis, DispatchStreams streams, DispatchRoutes routes, Consumer<String> consumer,
      RedisDispatchWorker.Builder config, InFlight inFlight, Delivery delivery) {
    this.redis = redis;
    this.streams = streams;
    this.routes = routes;
    this.consumer = consumer;
    this.batchSize = config.batchSize;
    this.block = config.blockTimeout;
    this.claimIdle = config.claimIdle;
    // A third: an entry in flight here is refreshed before it has been idle for two thirds of the
    // idle time plus one read (the builder keeps the block timeout under a quarter of it), and a
    // dead worker's entry is claimed at most a third after it became claimable.
    this.leaseTickNanos = config.claimIdle.toNanos() / 3;
    this.shardCount = config.shardCount;
    this.inFlight = inFlight;
    this.delivery = delivery;
    this.foreignKeys = new ForeignKeys(consumer.getName());
  }

  /** Completes once the groups of the streams wanted at start exist; fails if the loop ends first. */
  CompletableFuture<Void> started() {
    return started;
  }

  /** How many entries were claimed from other consumers. */
  long claimed() {
    return claimed.get();
  }

  /** Ends the loop after its current read (at most the block timeout). */
  void stop() {
    stopping = true;
    Thread current = thread;
    if (current != null) {
      LockSupport.unpark(current);
    }
  }

  @Override
  public void run() {
    thread = Thread.currentThread();
    long nextTick = System.nanoTime();
    boolean lastPassLostGroup = false;
    RepeatedFailure failing = new RepeatedFailure(); // a pass that fails, said once per reason
    try {
      while (!stopping) {
        try {
          List<String> names = foreignKeys.usable(DispatchStreams.carried(routes.listenedNames()));
          prepare(names);
          names = foreignKeys.usable(names); // less those prepare found holding something else
          if (rereadOwn) {
            for (String name : names) {
              readOwnPending(streams.keyOf(name));
            }
            rereadOwn = false;
          }
          started.complete(null);
          if (names.isEmpty()) {
            LockSupport.parkNanos(block.toNanos()); // nothing to read until somebody subscribes
            continue;
          }
          if (System.nanoTime() - nextTick >= 0) {
            refresh();
            claim(names);
            nextTick = System.nanoTime() + leaseTickNanos;
          }
          int room = inFlight.awaitRoom(block.toNanos());
          if (room > 0 && !stopping) {
            read(names, room);
          }
          lastPassLostGroup = false;
          if (failing.ended()) {
            LOG.info("dispatch worker {}: Redis takes its commands again; it reads again", consumer.getName());
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        } catch (RuntimeException e) {
          if (stopping) {
            return;
          }
          if (RedisErrors.code(e).equals("WRONGTYPE")) {
            // A wanted stream's key was replaced by something else after its group was made:
            // prepare them all again, which finds which one; after a pause, so that a command
            // refused again never spins the loop.
            prepared.clear();
            LockSupport.parkNanos(block.toNanos());
            continue;
          }
          if (noGroup(e)) {
            // Redis restarted empty, or a stream was deleted: the group went with it. Make the
            // groups again before the next read (BUSYGROUP where they still exist), from the
            // start of each stream, so what was published since is read too.
            LOG.warn("dispatch worker {}: the consumer group {} is gone ({}); creating it again at the start of the stream, "
                + "whose entries are delivered again", consumer.getName(), consumer.getGroup(), e.getMessage());
            prepared.clear();
            if (lastPassLostGroup) {
              // Making the groups again did not help: no busy loop meanwhile.
              LockSupport.parkNanos(block.toNanos());
            }
            lastPassLostGroup = true;
            continue;
          }
          // Redis unreachable, restarting, or refusing for now (OOM, READONLY, LOADING …): the
          // entries wait in their streams. Try again later; said once per reason, not every try.
          String reason = RedisErrors.reason(e);
          if (failing.isNew(reason)) {
            LOG.warn("dispatch worker {}: reading failed ({}); retrying every {} ms until it works", consumer.getName(), reason,
                block.toMillis());
          } else {
            LOG.debug("dispatch worker {}: reading failed again ({})", consumer.getName(), reason);
          }
          // A read whose reply was lost with the connection may have run: Redis counts its
          // entries as delivered here, pending with this consumer, and no later read returns
          // them. The next pass reads this consumer's own pending entries again (those not in
          // flight), rather than leave them for a claim after the idle time.
          rereadOwn = true;
          LockSupport.parkNanos(block.toNanos());
        }
      }
    } finally {
      started.completeExceptionally(new IllegalStateException("the dispatch worker stopped before it started"));
    }
  }

  /**
   * Whether {@code e} is Redis's answer to a command on a stream or group that does not exist, or
   * its end of a blocked read whose stream was deleted meanwhile ({@code UNBLOCKED}).
   */
  private static boolean noGroup(RuntimeException e) {
    String code = RedisErrors.code(e);
    return code.equals("NOGROUP") || code.equals("UNBLOCKED");
  }

  /** Creates the group on each stream newly wanted, and takes back this consumer's own pending entries there. */
  private void prepare(List<String> names) {
    for (String name : names) {
      if (prepared.contains(name)) {
        continue;
      }
      String key = streams.keyOf(name);
      try {
        // From 0: a group made now still delivers what the gateways published before any worker ran.
        redis.xgroupCreate(StreamOffset.from(key, START), consumer.getGroup(), XGroupCreateArgs.Builder.mkstream());
      } catch (RedisCommandExecutionException e) {
        if (RedisErrors.code(e).equals("WRONGTYPE")) {
          foreignKeys.found(name, key, e);
          continue;
        }
        if (!RedisErrors.code(e).equals("BUSYGROUP")) {
          throw e;
        }
      }
      foreignKeys.works(name);
      readOwnPending(key);
      prepared.add(name);
    }
  }

  /**
   * A consumer that restarts with its name finds the entries it was given and never acknowledged:
   * reading from id 0 returns them again. Those the stream's bound trimmed meanwhile come without
   * fields: nothing is left to handle, so they are acknowledged, and a WARN line says how many
   * were lost.
   */
  private void readOwnPending(String key) {
    String after = START;
    long gone = 0;
    while (true) {
      StreamOffset<String>[] offset = offsets(1);
      offset[0] = StreamOffset.from(key, after);
      List<StreamMessage<String, byte[]>> mine = redis.xreadgroup(consumer, XReadArgs.Builder.count(batchSize), offset);
      if (mine.isEmpty()) {
        if (gone > 0) {
          LOG.warn("dispatch worker {}: {} entries of {} pending with it were trimmed by the stream's bound (MAXLEN) "
              + "before it finished them; they are lost", consumer.getName(), gone, key);
        }
        return;
      }
      for (StreamMessage<String, byte[]> message : mine) {
        if (message.getBody() == null || message.getBody().isEmpty()) {
          // Trimmed while pending here: nothing to handle; acknowledged so that it leaves the pending list.
          if (inFlight.begin(key, message.getId())) {
            gone++;
            inFlight.finish(key, message.getId());
          }
        } else {
          accept(message);
        }
        after = message.getId();
      }
    }
  }

  private void read(List<String> names, int room) {
    StreamOffset<String>[] offsets = offsets(names.size());
    for (int i = 0; i < offsets.length; i++) {
      offsets[i] = StreamOffset.lastConsumed(streams.keyOf(names.get(i)));
    }
    // COUNT applies to each stream: share the room out, at least one each.
    int count = Math.max(1, Math.min(batchSize, room / names.size()));
    for (StreamMessage<String, byte[]> message : redis.xreadgroup(consumer, XReadArgs.Builder.count(count).block(block), offsets)) {
      accept(message);
    }
  }

  /** An array for XREADGROUP's varargs; Java has no generic array creation. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static StreamOffset<String>[] offsets(int size) {
    return new StreamOffset[size];
  }

  /**
   * Resets the idle time of this worker's entries that have been in flight for a third of the
   * claim idle time: they are still being handled here, so nobody may claim them. An entry
   * another worker claimed meanwhile (this one looked dead) is idle for less than that, and stays
   * with it.
   */
  private void refresh() {
    inFlight.olderThan(leaseTickNanos).forEach((stream, ids) -> {
      try {
        for (int from = 0; from < ids.size(); from += batchSize) {
          String[] some = ids.subList(from, Math.min(ids.size(), from + batchSize)).toArray(String[]::new);
          redis.xclaim(stream, consumer, XClaimArgs.Builder.minIdleTime(leaseTickNanos / 1_000_000).justid(), some);
        }
      } catch (RedisCommandExecutionException e) {
        String code = RedisErrors.code(e);
        if (!code.equals("NOGROUP") && !code.equals("WRONGTYPE")) {
          throw e;
        }
        // The group is gone from that key (deleted, or the key holds something else now): nobody
        // can claim these entries, so they need no lease. Failing the pass instead would refuse
        // it again on every pass, before the read, for as long as they are in flight: the
        // worker would read none of its streams meanwhile. Reads find out about the key.
        LOG.debug("dispatch worker {}: no lease to renew on {} ({})", consumer.getName(), stream, e.getMessage());
      }
    });
  }

  /** Takes over the entries of the group left pending for longer than the claim idle time. */
  private void claim(List<String> names) {
    for (String name : names) {
      String key = streams.keyOf(name);
      String cursor = START;
      int taken = 0;
      do {
        int room = Math.min(batchSize, inFlight.freeNow());
        if (room == 0) {
          break; // the rest waits for the next round
        }
        ClaimedMessages<String, byte[]> batch =
            redis.xautoclaim(key, XAutoClaimArgs.Builder.xautoclaim(consumer, claimIdle, cursor).count(room));
        for (StreamMessage<String, byte[]> message : batch.getMessages()) {
          // Our own entries come back too when a listener holds them that long: still being handled here.
          if (!inFlight.contains(key, message.getId())) {
            taken++;
            accept(message);
          }
        }
        cursor = batch.getId();
      } while (!START.equals(cursor) && !stopping);
      if (taken > 0) {
        claimed.addAndGet(taken);
        LOG.info("dispatch worker {}: claimed {} entries of {} pending for more than {} ms", consumer.getName(), taken, key,
            claimIdle.toMillis());
      }
    }
  }

  private void accept(StreamMessage<String, byte[]> message) {
    if (!inFlight.begin(message.getStream(), message.getId())) {
      return;
    }
    StreamEntry entry;
    try {
      entry = StreamEntry.read(message, streams.nameOf(message.getStream()), shardCount);
    } catch (MalformedEntryException e) {
      delivery.unreadable(e);
      return;
    }
    delivery.submit(entry);
  }

  @Override
  public String toString() {
    return "ReadLoop[" + consumer + ", leases kept every " + TimeUnit.NANOSECONDS.toMillis(leaseTickNanos) + " ms]";
  }
}

package dev.shardwire.redis;

import dev.shardwire.DispatchPublisher;
import dev.shardwire.GatewayBot;
import dev.shardwire.events.ImmutableDispatchesDroppedEvent;
import dev.shardwire.events.ShardwireEventTable;
import dev.shardwire.gateway.GatewayDispatch;
import dev.shardwire.gateway.GatewayShard;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gateway role on Redis: publishes every dispatch the bot's shards receive to the stream of
 * its name ({@link DispatchStreams}), for worker processes to consume.
 *
 * <pre>{@code
 * RedisClient redis = RedisClient.create("redis://localhost:6379");
 * GatewayBot bot = GatewayBot.builder()
 *     .token(token)
 *     .dispatchPublisher(RedisDispatchPublisher.builder(redis, "mybot").build())
 *     .build();
 * }</pre>
 *
 * <p><b>What is published.</b> Every dispatch but READY and RESUMED, which belong to the gateway
 * process's own session (its session id and resume URL), not to listeners elsewhere. An entry
 * holds the shard id, the sequence number and {@code d} byte for byte as the gateway sent it
 * ({@link GatewayDispatch#payloadBytes}, cut out of the frame, not re-serialized). Streams are
 * trimmed with {@code XADD … MAXLEN ~ maxLength}, {@value DispatchStreams#DEFAULT_MAX_LENGTH}
 * entries per dispatch name by default: a worker that falls further behind than that loses the
 * oldest entries.
 *
 * <p><b>Never in the shards' way.</b> A shard's read thread only cuts out {@code d} and queues the
 * entry; one sender thread writes the entries in batches of up to {@value #MAX_BATCH} entries and
 * {@value #MAX_BATCH_BYTES} bytes of payload over the publisher's own connection (one command, one
 * flush and one wait for the reply per batch), so the shards stay connected and heartbeating
 * whatever Redis does.
 *
 * <p><b>A batch is one script</b> ({@code EVAL}) that runs an {@code XADD} per entry, in order.
 * Redis runs a script whole, and nothing changes its state meanwhile: when it refuses writes for
 * now (it is loading, out of memory, a replica …), it refuses every entry of the batch, and when it
 * takes them, it takes all of them. Pipelined {@code XADD}s could be refused up to the moment such
 * a refusal ended, in the middle of a batch, and the entries after it taken: sending the refused
 * ones again would put them behind later entries of their stream. So no entry ever lands behind a
 * later one of its shard, in its stream or another. The price: the publisher's Redis user needs
 * {@code EVAL}. After a batch, exactly the entries Redis took leave the buffer, as do the entries
 * it refused for good (a key of another type), which are dropped and reported; the others stay
 * first in line, in order, and go again after a pause.
 *
 * <p><b>When Redis is unreachable</b> (or slower than the gateway), entries wait in a buffer
 * bounded by {@linkplain Builder#maxBufferedDispatches a count} and {@linkplain
 * Builder#maxBufferedBytes a size}: 100,000 dispatches and 64 MiB of payload by default. An entry
 * leaves the buffer only when Redis has acknowledged its {@code XADD}; unacknowledged ones are sent
 * again, in order, when Redis answers again, so delivery is at least once (a reply lost with the
 * connection can bring an entry twice; (shard, sequence) tells). Beyond the bound, the newest
 * dispatches are dropped, not the oldest: what reaches Redis is the start of the outage and
 * everything after it, each shard's entries in sequence order. Drops are reported per shard with
 * counts, as a {@link dev.shardwire.events.DispatchesDroppedEvent} to the bot's listeners and a
 * WARN log line: every {@linkplain Builder#dropReportInterval interval} (5 s by default) while they
 * go on, and as soon as the buffer has drained to half. How soon the flush begins after Redis is
 * back is the Redis client's reconnect delay (its {@code ClientResources}).
 *
 * <p><b>Closing</b> (with the bot) waits up to {@linkplain Builder#closeTimeout a timeout} for
 * Redis to acknowledge what is buffered, then reports the rest as dropped and closes its
 * connection. The {@link RedisClient} stays the caller's.
 */
public final class RedisDispatchPublisher implements DispatchPublisher {

  /** The default bound of the buffer in dispatches: 100,000. */
  public static final int DEFAULT_MAX_BUFFERED_DISPATCHES = 100_000;
  /** The default bound of the buffer in payload bytes: 64 MiB. */
  public static final long DEFAULT_MAX_BUFFERED_BYTES = 64L << 20;
  /** How often drops are reported while they go on, by default: every 5 s. */
  public static final Duration DEFAULT_DROP_REPORT_INTERVAL = Duration.ofSeconds(5);
  /** How long closing waits for Redis to acknowledge the buffer, by default: 5 s. */
  public static final Duration DEFAULT_CLOSE_TIMEOUT = Duration.ofSeconds(5);
  /** The most entries one batch (one script) writes. */
  public static final int MAX_BATCH = 1_000;
  /**
   * The most payload bytes one batch carries, but for its first entry, which always goes: 4 MiB.
   * Redis copies a script's arguments before it runs it, and serves nobody else while it runs.
   */
  public static final long MAX_BATCH_BYTES = 4L << 20;

  private static final Logger LOG = LoggerFactory.getLogger(RedisDispatchPublisher.class);
  private static final RedisCodec<String, byte[]> CODEC = RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE);
  /** What an entry costs beyond its payload, counted against the byte bound. */
  private static final int ENTRY_OVERHEAD = 64;
  /** A batch unanswered this long means Redis is unreachable (or stalled): logged once per outage. */
  private static final long UNANSWERED_NANOS = TimeUnit.SECONDS.toNanos(1);
  private static final long RETRY_NANOS = TimeUnit.MILLISECONDS.toNanos(500);
  /** The sender's longest sleep, so that drop reports and closing are looked at in time. */
  private static final long TICK_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

  /** One dispatch on its way to Redis: {@code number} counts it in its shard's {@code ledger}. */
  private record Entry(GatewayShard shard, String name, long sequence, byte[] payload, SettledDispatches.Ledger ledger,
      long number) {
    long size() {
      return size(payload);
    }

    static long size(byte[] payload) {
      return payload.length + ENTRY_OVERHEAD;
    }
  }

  /** How the batch script marks an entry Redis refused, in front of the error. */
  private static final String REFUSED = "-";
  /**
   * The script that writes one batch: {@code KEYS[i]} is the stream of entry {@code i}, {@code
   * ARGV[1]} the streams' bound, and {@code ARGV[3i - 1]} to {@code ARGV[3i + 1]} the entry's shard,
   * sequence and payload. It answers, per entry in order, the new entry's id or, when Redis refused
   * it, its error prefixed with {@link #REFUSED} (an id starts with a digit). The errors are
   * answered as strings because an error inside a reply fails the whole command in Lettuce.
   */
  private static final String SCRIPT = String.join("\n",
      "local answers = {}",
      "for i = 1, #KEYS do",
      "  local at = 3 * i - 1",
      "  local id = redis.pcall('XADD', KEYS[i], 'MAXLEN', '~', ARGV[1], '*',",
      "    '" + DispatchStreams.SHARD + "', ARGV[at], '" + DispatchStreams.SEQUENCE + "', ARGV[at + 1], '"
          + DispatchStreams.PAYLOAD + "', ARGV[at + 2])",
      "  if type(id) == 'table' then id = '" + REFUSED + "' .. (id.err or 'refused') end",
      "  answers[i] = id",
      "end",
      "return answers");

  /** One batch on its way: how many of the oldest entries it carries, and its script's answer. */
  private record Batch(int size, RedisFuture<List<Object>> reply, long sentNanos) {}

  private final DispatchStreams streams;
  private final StatefulRedisConnection<String, byte[]> connection;
  private final RedisAsyncCommands<String, byte[]> redis;
  private final byte[] maxLength;
  private final int maxDispatches;
  private final long maxBytes;
  private final long reportIntervalNanos;
  private final long closeTimeoutNanos;
  private final String fullReason;

  // Shared between the shards' read threads and the sender.
  private final ConcurrentLinkedQueue<Entry> incoming = new ConcurrentLinkedQueue<>();
  private final AtomicInteger bufferedDispatches = new AtomicInteger();
  private final AtomicLong bufferedBytes = new AtomicLong();
  private final AtomicLong published = new AtomicLong();
  private final DroppedDispatches drops = new DroppedDispatches();
  /** By shard: how far its dispatches were published or dropped (see {@link #settled}). */
  private final SettledDispatches settled = new SettledDispatches();
  private final Thread sender;
  private volatile boolean idle;
  /** Whether the last batch's script was refused for good as a whole (told once, until one is taken). */
  private boolean scriptRefused;
  private volatile boolean closing;
  private volatile GatewayBot bot;

  // The sender's own.
  private final ArrayDeque<Entry> unacknowledged = new ArrayDeque<>();
  private final Map<String, String> keys = new HashMap<>();
  private boolean unreachable;

  private RedisDispatchPublisher(Builder builder) {
    this.streams = DispatchStreams.of(builder.botKey);
    this.maxLength = ascii(builder.maxLength);
    this.maxDispatches = builder.maxDispatches;
    this.maxBytes = builder.maxBytes;
    this.reportIntervalNanos = builder.reportInterval.toNanos();
    this.closeTimeoutNanos = builder.closeTimeout.toNanos();
    this.fullReason = "buffer full (" + maxDispatches + " dispatches or " + maxBytes + " bytes)";
    this.connection = builder.client.connect(CODEC);
    // Commands wait in the connection until the sender flushes a whole batch at once.
    connection.setAutoFlushCommands(false);
    this.redis = connection.async();
    this.sender = new Thread(this::run, "shardwire-redis-publisher-" + builder.botKey);
    sender.setDaemon(true);
    sender.start();
  }

  /**
   * A publisher of the bot named {@code botKey} (the same in every process of the bot, as {@link
   * DispatchStreams#of}) through {@code client}, which stays the caller's.
   */
  public static Builder builder(RedisClient client, String botKey) {
    return new Builder(client, botKey);
  }

  /** The streams this publisher writes. */
  public DispatchStreams streams() {
    return streams;
  }

  /** How many dispatches Redis has acknowledged so far. */
  public long published() {
    return published.get();
  }

  /** How many dispatches wait in the buffer now (not yet acknowledged by Redis). */
  public int buffered() {
    return bufferedDispatches.get();
  }

  /** How many dispatches were dropped so far, reported or about to be. */
  public long dropped() {
    return drops.total();
  }

  @Override
  public void attach(GatewayBot bot) {
    Objects.requireNonNull(bot, "bot");
    synchronized (this) {
      if (this.bot != null) {
        throw new IllegalStateException("this publisher already serves " + this.bot);
      }
      this.bot = bot;
    }
  }

  @Override
  public boolean publishes(String name) {
    return DispatchStreams.carries(name);
  }

  @Override
  public void publish(GatewayShard shard, GatewayDispatch dispatch) {
    String name = dispatch.name();
    long sequence = dispatch.sequence();
    if (closing) {
      // The sender may be gone and report nothing more: the line is logged here.
      LOG.warn("shard {}: dispatch {} #{} arrived after the publisher closed; not published", shard.id(), name, sequence);
      drop(shard, name, sequence, "publisher closed");
      return;
    }
    byte[] payload;
    try {
      payload = dispatch.payloadBytes();
    } catch (RuntimeException e) {
      LOG.warn("shard {}: dispatch {} #{} not published, its payload could not be cut out: {}", shard.id(), name, sequence, e.getMessage());
      drop(shard, name, sequence, "payload unreadable");
      return;
    }
    if (!reserve(Entry.size(payload))) {
      drop(shard, name, sequence, fullReason);
      return;
    }
    SettledDispatches.Ledger ledger = settled.of(shard.id());
    Entry entry = new Entry(shard, name, sequence, payload, ledger, ledger.buffer());
    incoming.add(entry);
    if (closing && incoming.remove(entry)) {
      // close() began after the check above, and the sender may have looked at the queue for the
      // last time before the entry came: left there, it would be neither published nor reported,
      // and the shard's settled count would stop before it for good.
      LOG.warn("shard {}: dispatch {} #{} arrived while the publisher closed; not published", shard.id(), name, sequence);
      bufferedBytes.addAndGet(-entry.size());
      bufferedDispatches.decrementAndGet();
      drop(entry, "publisher closed");
    } else if (idle) {
      LockSupport.unpark(sender);
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>Here: those Redis acknowledged, and those dropped and reported (the buffer was full, Redis
   * refused them, or the publisher closed first); counted as the longest run of the shard's
   * dispatches, from its first, that are all settled. A dispatch dropped because the buffer was
   * full is settled at once, but counts only once the older ones still in the buffer are settled
   * too: a session saved that far must not resume after dispatches that never reached Redis.
   */
  @Override
  public long settled(int shardId) {
    return settled.settled(shardId);
  }

  /** A dispatch given up as it arrived: reported as dropped, and settled. */
  private void drop(GatewayShard shard, String name, long sequence, String reason) {
    drops.add(shard, name, sequence, reason);
    settled.of(shard.id()).settledAtOnce();
  }

  /** A buffered dispatch given up: reported as dropped, and settled. */
  private void drop(Entry entry, String reason) {
    drops.add(entry.shard(), entry.name(), entry.sequence(), reason);
    entry.ledger().settle(entry.number());
  }

  /** Takes room in the buffer for one entry, or answers false when it is full. */
  private boolean reserve(long size) {
    if (bufferedDispatches.incrementAndGet() > maxDispatches) {
      bufferedDispatches.decrementAndGet();
      return false;
    }
    if (bufferedBytes.addAndGet(size) > maxBytes) {
      bufferedBytes.addAndGet(-size);
      bufferedDispatches.decrementAndGet();
      return false;
    }
    return true;
  }

  /**
   * Stops taking dispatches, waits up to the close timeout for Redis to acknowledge the buffer,
   * reports what it did not acknowledge as dropped, and closes the connection. Idempotent.
   */
  @Override
  public void close() {
    if (closing) {
      return;
    }
    closing = true;
    LockSupport.unpark(sender);
    try {
      sender.join(TimeUnit.NANOSECONDS.toMillis(closeTimeoutNanos) + 1_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    connection.close();
  }

  // ---------------------------------------------------------------- the sender thread

  private void run() {
    Batch inFlight = null;
    long retryAt = System.nanoTime(); // nanoTime may be negative: never compare it with 0
    long closeBy = Long.MAX_VALUE;
    while (true) {
      drainIncoming();
      long now = System.nanoTime();
      if (inFlight != null && inFlight.reply().isDone()) {
        if (!acknowledge(inFlight)) {
          retryAt = now + RETRY_NANOS;
        }
        inFlight = null;
      }
      if (inFlight == null && !unacknowledged.isEmpty() && now - retryAt >= 0) {
        inFlight = send(now);
      }
      if (inFlight != null && !unreachable && now - inFlight.sentNanos() > UNANSWERED_NANOS) {
        unreachable = true;
        LOG.warn("Redis has not answered for {} ms ({}); buffering dispatches, up to {} or {} bytes",
            TimeUnit.NANOSECONDS.toMillis(now - inFlight.sentNanos()), connection.isOpen() ? "connected" : "disconnected",
            maxDispatches, maxBytes);
      }
      if (closing) {
        closeBy = Math.min(closeBy, now + closeTimeoutNanos);
        if (unacknowledged.isEmpty() && incoming.isEmpty()) {
          break;
        }
        if (now - closeBy >= 0) {
          dropUnacknowledged();
          break;
        }
      }
      reportDrops(now, false);
      sleep(inFlight);
    }
    reportDrops(System.nanoTime(), true);
  }

  /**
   * Sends the oldest unacknowledged entries as one batch (one script, one flush): up to {@value
   * #MAX_BATCH} of them and {@value #MAX_BATCH_BYTES} bytes of payload, and always the oldest.
   */
  private Batch send(long now) {
    int size = 0;
    long bytes = 0;
    for (Entry e : unacknowledged) {
      bytes += e.payload().length;
      if (size == MAX_BATCH || (size > 0 && bytes > MAX_BATCH_BYTES)) {
        break;
      }
      size++;
    }
    String[] streamKeys = new String[size];
    byte[][] values = new byte[1 + 3 * size][];
    values[0] = maxLength;
    Iterator<Entry> entries = unacknowledged.iterator();
    for (int i = 0; i < size; i++) {
      Entry e = entries.next();
      streamKeys[i] = keys.computeIfAbsent(e.name(), streams::keyOf);
      values[1 + 3 * i] = ascii(e.shard().id());
      values[2 + 3 * i] = ascii(e.sequence());
      values[3 + 3 * i] = e.payload();
    }
    RedisFuture<List<Object>> reply = redis.eval(SCRIPT, ScriptOutputType.MULTI, streamKeys, values);
    connection.flushCommands();
    reply.whenComplete((ignored, error) -> LockSupport.unpark(sender));
    return new Batch(size, reply, now);
  }

  /**
   * Takes out of the buffer the entries of a completed batch that are done with: those Redis
   * took, and those it refused for good (a key of another type, say: they would be refused again),
   * which are dropped and reported. The others (the whole batch when its reply was lost with the
   * connection; those Redis refused only for now, see {@link RedisErrors#refusedForNow}) stay first in line,
   * in their order, and go again after a pause. Answers whether the whole batch was done with.
   */
  private boolean acknowledge(Batch batch) {
    Throwable failure = failureOf(batch.reply());
    List<Object> answers = failure == null ? batch.reply().toCompletableFuture().join() : List.of();
    List<Entry> kept = new ArrayList<>();
    Throwable keptFor = null;
    long bytes = 0;
    int done = 0;
    for (int i = 0; i < batch.size(); i++) {
      Entry entry = unacknowledged.removeFirst();
      Throwable error = failure != null ? failure : outcome(answers, i);
      if (error != null && (!(error instanceof RedisCommandExecutionException) || RedisErrors.refusedForNow(error))) {
        kept.add(entry);
        keptFor = error;
        continue;
      }
      done++;
      bytes += entry.size();
      if (error == null) {
        published.incrementAndGet();
        entry.ledger().settle(entry.number());
      } else {
        if (failure == null) {
          // The entry's own refusal (a key of another type): one line each. A refusal of the whole
          // script is told once, below, and every entry in the drop reports.
          LOG.warn("shard {}: Redis refused dispatch {} #{}: {}", entry.shard().id(), entry.name(), entry.sequence(), error.getMessage());
        }
        drop(entry, "refused by Redis: " + error.getMessage());
      }
    }
    if (failure == null || keptFor != null) {
      scriptRefused = false;
    } else if (!scriptRefused) {
      scriptRefused = true;
      LOG.warn("Redis refused the batch script itself ({}); its {} dispatches and every later one it refuses are dropped "
          + "and reported (the publisher's Redis user needs EVAL)", failure.getMessage(), batch.size());
    }
    for (int i = kept.size() - 1; i >= 0; i--) {
      unacknowledged.addFirst(kept.get(i));
    }
    bufferedBytes.addAndGet(-bytes);
    bufferedDispatches.addAndGet(-done);
    if (keptFor != null) {
      if (!unreachable) {
        unreachable = true;
        LOG.warn("Redis lost or refused for now {} of {} dispatches ({}); buffering and sending them again",
            kept.size(), batch.size(), keptFor.toString());
      }
      return false;
    }
    if (unreachable) {
      unreachable = false;
      LOG.info("Redis answers again; {} dispatches still buffered are on their way", unacknowledged.size() + incoming.size());
    }
    return true;
  }

  /**
   * What the batch script answered for its entry {@code index}: null when Redis took it, else the
   * error it refused it with (a reply missing the entry counts as lost with the connection).
   */
  private static Throwable outcome(List<Object> answers, int index) {
    if (index >= answers.size() || !(answers.get(index) instanceof byte[] answer)) {
      return new io.lettuce.core.RedisException("the batch script's reply has no answer for entry " + index + " of " + answers.size());
    }
    String text = new String(answer, StandardCharsets.UTF_8);
    return text.startsWith(REFUSED) ? new RedisCommandExecutionException(text.substring(REFUSED.length())) : null;
  }

  /** Moves what the read threads handed over behind what waits for Redis, in order. */
  private void drainIncoming() {
    for (Entry entry; (entry = incoming.poll()) != null; ) {
      unacknowledged.add(entry);
    }
  }

  /** At closing time, whatever Redis did not acknowledge counts as dropped. */
  private void dropUnacknowledged() {
    drainIncoming();
    for (Entry e : unacknowledged) {
      drop(e, "closed before Redis acknowledged it");
    }
    unacknowledged.clear();
  }

  /**
   * Reports drops when they have waited an interval, or once the buffer has drained to half, or
   * always when {@code always} (the sender is stopping).
   */
  private void reportDrops(long now, boolean always) {
    if (!drops.pending()) {
      return;
    }
    boolean drained = bufferedDispatches.get() <= maxDispatches / 2 && bufferedBytes.get() <= maxBytes / 2;
    if (!always && !drained && now - drops.pendingSince() < reportIntervalNanos) {
      return;
    }
    GatewayBot target = bot;
    for (DroppedDispatches.Report report : drops.take()) {
      LOG.warn("shard {}: dropped {} dispatches, sequences {} to {}, not published to Redis: {}; by name {}",
          report.shard().id(), report.count(), report.firstSequence(), report.lastSequence(), report.reason(),
          report.countsByName());
      if (target != null && target.events().isListenedTo(ShardwireEventTable.DISPATCHES_DROPPED_EVENT)) {
        target.events().dispatch(ImmutableDispatchesDroppedEvent.builder()
            .app(target)
            .shard(report.shard())
            .count(report.count())
            .firstSequence(report.firstSequence())
            .lastSequence(report.lastSequence())
            .countsByName(report.countsByName())
            .reason(report.reason())
            .build());
      }
    }
  }

  /** Waits for new entries, the batch in flight, or the next tick, whichever comes first. */
  private void sleep(Batch inFlight) {
    if (inFlight != null) {
      if (!inFlight.reply().isDone()) {
        LockSupport.parkNanos(this, TICK_NANOS); // its completion unparks
      }
      if (!inFlight.reply().isDone()) {
        // Commands that waited out a disconnection go back into the connection's buffer when it
        // reconnects, and with auto-flush off they stay there until someone flushes.
        connection.flushCommands();
      }
      return;
    }
    idle = true;
    if (incoming.isEmpty()) {
      LockSupport.parkNanos(this, TICK_NANOS); // close() unparks too
    }
    idle = false;
  }

  /** What a completed reply failed with, unwrapped, or null if it succeeded. */
  private static Throwable failureOf(RedisFuture<?> reply) {
    CompletableFuture<?> future = (CompletableFuture<?>) reply;
    if (!future.isCompletedExceptionally()) {
      return null;
    }
    try {
      future.join();
      return null;
    } catch (java.util.concurrent.CompletionException | java.util.concurrent.CancellationException e) {
      return e instanceof java.util.concurrent.CompletionException && e.getCause() != null ? e.getCause() : e;
    }
  }

  private static byte[] ascii(long number) {
    return Long.toString(number).getBytes(StandardCharsets.US_ASCII);
  }

  @Override
  public String toString() {
    return "RedisDispatchPublisher[" + streams + ", buffered=" + buffered() + ", published=" + published()
        + ", dropped=" + dropped() + "]";
  }

  /** Configures a {@link RedisDispatchPublisher}; every setting has a default. */
  public static final class Builder {
    private final RedisClient client;
    private final String botKey;
    private long maxLength = DispatchStreams.DEFAULT_MAX_LENGTH;
    private int maxDispatches = DEFAULT_MAX_BUFFERED_DISPATCHES;
    private long maxBytes = DEFAULT_MAX_BUFFERED_BYTES;
    private Duration reportInterval = DEFAULT_DROP_REPORT_INTERVAL;
    private Duration closeTimeout = DEFAULT_CLOSE_TIMEOUT;

    private Builder(RedisClient client, String botKey) {
      this.client = Objects.requireNonNull(client, "client");
      this.botKey = Objects.requireNonNull(botKey, "botKey");
      DispatchStreams.of(botKey); // checks it now
    }

    /** Each stream's bound, trimmed approximately ({@code MAXLEN ~}); {@value DispatchStreams#DEFAULT_MAX_LENGTH} by default. */
    public Builder maxLength(long maxLength) {
      if (maxLength < 1) {
        throw new IllegalArgumentException("maxLength must be at least 1, but is " + maxLength);
      }
      this.maxLength = maxLength;
      return this;
    }

    /** The most dispatches the buffer holds while Redis does not acknowledge them; 100,000 by default. */
    public Builder maxBufferedDispatches(int maxDispatches) {
      if (maxDispatches < 1) {
        throw new IllegalArgumentException("maxBufferedDispatches must be at least 1, but is " + maxDispatches);
      }
      this.maxDispatches = maxDispatches;
      return this;
    }

    /**
     * The most payload bytes the buffer holds (plus a small overhead per entry); 64 MiB by default.
     * It must exceed the largest dispatch, which is otherwise always dropped.
     */
    public Builder maxBufferedBytes(long maxBytes) {
      if (maxBytes < 1) {
        throw new IllegalArgumentException("maxBufferedBytes must be at least 1, but is " + maxBytes);
      }
      this.maxBytes = maxBytes;
      return this;
    }

    /** How often drops are reported while they go on; 5 s by default. */
    public Builder dropReportInterval(Duration interval) {
      if (interval.isNegative() || interval.isZero()) {
        throw new IllegalArgumentException("dropReportInterval must be positive, but is " + interval);
      }
      this.reportInterval = interval;
      return this;
    }

    /** How long closing waits for Redis to acknowledge the buffer; 5 s by default. */
    public Builder closeTimeout(Duration timeout) {
      if (timeout.isNegative()) {
        throw new IllegalArgumentException("closeTimeout must not be negative, but is " + timeout);
      }
      this.closeTimeout = timeout;
      return this;
    }

    /**
     * Connects (blocking) and starts the sender thread.
     *
     * @throws io.lettuce.core.RedisConnectionException if Redis cannot be reached now
     */
    public RedisDispatchPublisher build() {
      return new RedisDispatchPublisher(this);
    }
  }
}

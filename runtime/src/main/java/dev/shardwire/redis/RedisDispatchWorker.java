package dev.shardwire.redis;

import dev.shardwire.dispatch.EventManager;
import dev.shardwire.models.Intents;
import dev.shardwire.spi.App;
import dev.shardwire.spi.Shard;
import dev.shardwire.wiring.DispatchRoutes;
import io.lettuce.core.Consumer;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The worker role of a bot scaled out on Redis: consumes the dispatches that gateway processes
 * publish to {@link DispatchStreams}, decodes them with the generated decoders and dispatches the
 * events through an {@link EventManager}, with the same listeners and {@code @Subscribe} bindings
 * as a bot that runs its shards in-process. It has no gateway connection.
 *
 * <pre>{@code
 * RedisDispatchWorker worker = RedisDispatchWorker.builder()
 *     .redis("redis://127.0.0.1:6379").botKey("my-bot").shardCount(16)
 *     .build();
 * MyListeners_ShardwireBinding.register(worker.events(), new MyListeners());
 * worker.start().join();
 * }</pre>
 *
 * <h2>What it reads</h2>
 *
 * <p>Only the streams of the dispatch names whose events something listens to (a listener,
 * waiter or stream of the event's type or of a supertype), asked again before every read: the
 * other streams are never read, let alone decoded. Every worker of one consumer group shares each
 * stream's entries with the others, each entry going to one of them; give workers with other
 * listeners a group of their own (each group receives every entry). A group is created, on each
 * stream the first time a worker wants it, at the start of the stream: what the gateways published
 * before any worker ran is delivered too, as far as the streams' bound kept it.
 *
 * <h2>Guarantees</h2>
 *
 * <ul>
 *   <li><b>At least once.</b> An entry is acknowledged ({@code XACK}) only after the future of its
 *       dispatch completed: every synchronous listener returned and every asynchronous one's stage
 *       completed. A listener that fails is reported as an {@code ExceptionEvent}, as in-process,
 *       and its entry is acknowledged. While an entry is in flight its worker keeps resetting its
 *       idle time in Redis (a lease), however long the listeners take. An entry left idle for
 *       {@link Builder#claimIdle} (its worker died, or its reading thread is stuck) is claimed by a
 *       live worker of the group ({@code XAUTOCLAIM}, looked for every third of that time) and
 *       handled again.
 *   <li><b>Duplicates</b> are therefore possible for the entries in flight at a worker's death (or
 *       when a worker's reading thread stalls for the idle time; an acknowledgement lost with its
 *       connection is sent again, its entries kept in flight meanwhile). Each event names its dispatch: {@code event.shard().id()} and
 *       {@code event.sequence()} (see {@link WorkerShard}), unique within the shard's session.
 *   <li><b>Order.</b> One worker hands each shard's entries to a lane of that shard, which runs
 *       them one at a time: the events of one dispatch name and one shard reach the listeners in
 *       sequence order. Dispatches of different names travel in different streams, so their
 *       relative order is not kept, and the entries of one stream are shared between the workers
 *       of a group, so there is no order across workers. Claimed entries come late.
 *   <li><b>Bad input.</b> An entry whose fields are malformed ({@link MalformedEntryException}) or
 *       whose payload does not decode (a {@code DecodeException} naming the event, the field and
 *       the offset) is logged with its id, reported as a {@code MalformedPayloadEvent} when it
 *       names a shard, and acknowledged: it would fail the same way every time. It stays in its
 *       stream (acknowledging deletes nothing) until the stream's bound trims it.
 *   <li><b>Trimmed entries.</b> What the streams' bound ({@code MAXLEN}) trimmed before the
 *       group read it is lost to the group, unreported. A worker restarted under its name that
 *       finds entries of its own pending list trimmed acknowledges them and says how many in a
 *       WARN line.
 * </ul>
 *
 * <h2>Threads</h2>
 *
 * <p>One thread reads (the only user of its connection, since a blocking read holds a connection);
 * lanes run on the event manager's executor; one thread sends the acknowledgements on a second
 * connection, gathering those that finish meanwhile into one {@code XACK}. At most {@link
 * Builder#maxInFlight} entries are read and not yet acknowledged: slow listeners hold back reading
 * instead of filling the heap.
 */
public final class RedisDispatchWorker implements App, AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(RedisDispatchWorker.class);
  private static final RedisCodec<String, byte[]> CODEC = RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE);
  /** How often {@link #close()} looks whether the reader's connection was lost while it waits for the reader. */
  private static final long CLOSE_POLL_MILLIS = 100;

  /** The consumer group workers join by default: {@value}. */
  public static final String DEFAULT_GROUP = "workers";
  /** Entries read per stream per XREADGROUP by default. */
  public static final int DEFAULT_BATCH_SIZE = 100;
  /** How long a read waits for new entries by default. */
  public static final Duration DEFAULT_BLOCK_TIMEOUT = Duration.ofSeconds(1);
  /** How long an entry stays pending with another consumer before a worker claims it, by default. */
  public static final Duration DEFAULT_CLAIM_IDLE = Duration.ofSeconds(30);
  /** How many entries may be read and not yet acknowledged, by default. */
  public static final int DEFAULT_MAX_IN_FLIGHT = 1_000;
  /** How long {@link #close()} waits for the entries in flight by default. */
  public static final Duration DEFAULT_CLOSE_TIMEOUT = Duration.ofSeconds(10);

  private final Builder config;
  private final EventManager events;
  private final DispatchStreams streams;
  private final Consumer<String> consumer;
  private final CompletableFuture<Void> ready = new CompletableFuture<>();
  /** Guards what the reader thread sets up against {@link #close()} tearing it down meanwhile. */
  private final Object lifecycle = new Object();
  private RedisClient client;
  private ExecutorService flusher;
  private Thread reader;
  private boolean started;
  private boolean closed;
  // Set by the reader thread once Redis answered (under lifecycle); null until then.
  private StatefulRedisConnection<String, byte[]> reading;
  private StatefulRedisConnection<String, byte[]> acking;
  private volatile InFlight inFlight;
  private volatile Delivery delivery;
  private volatile ReadLoop loop;
  private volatile boolean stopping;

  private RedisDispatchWorker(Builder builder) {
    this.config = builder;
    this.events = builder.events != null ? builder.events : EventManager.builder().intents(builder.intents).build();
    this.streams = DispatchStreams.of(builder.botKey);
    this.consumer = Consumer.from(builder.group, builder.consumer != null ? builder.consumer : defaultConsumerName());
  }

  /** A builder; the Redis, the bot key and the shard count must be given. */
  public static Builder builder() {
    return new Builder();
  }

  /** The event manager the worker dispatches through: subscribe and register bindings here. */
  public EventManager events() {
    return events;
  }

  /** A worker runs no shard: always empty. The shard of each event is a {@link WorkerShard}. */
  @Override
  public List<? extends Shard> shards() {
    return List.of();
  }

  /** The consumer group this worker reads in. */
  public String group() {
    return consumer.getGroup();
  }

  /** This worker's consumer name in its group. */
  public String consumerName() {
    return consumer.getName();
  }

  /**
   * The dispatch names whose streams the worker reads now: those whose events something listens
   * to, but READY and RESUMED, which stay in the gateway process ({@link DispatchStreams#carries}).
   */
  public List<String> readNames() {
    return DispatchStreams.carried(new DispatchRoutes(events).listenedNames());
  }

  /**
   * Connects and starts reading.
   *
   * @return a future that completes once the consumer group exists on the streams wanted now, and
   *     fails if the worker is closed first; while Redis cannot be reached the worker keeps trying
   * @throws IllegalStateException if the worker was started or closed before
   */
  public synchronized CompletableFuture<Void> start() {
    if (started || closed) {
      throw new IllegalStateException("a dispatch worker starts once; this one was " + (closed ? "closed" : "started"));
    }
    started = true;
    client = config.client != null ? config.client : RedisClient.create(config.uri);
    flusher = Executors.newSingleThreadExecutor(task -> daemon(task, "shardwire-redis-acks-" + consumer.getName()));
    // Not a daemon: a worker process lives as long as its worker reads. It connects first, so
    // that a worker started while Redis is down waits for it instead of failing.
    reader = new Thread(this::connectAndRead, "shardwire-redis-worker-" + consumer.getName());
    reader.start();
    LOG.info("dispatch worker {} of group {} reading {}", consumer.getName(), consumer.getGroup(), streams);
    return ready;
  }

  /** The reader thread: connects (trying again until Redis answers or the worker closes), then reads. */
  private void connectAndRead() {
    try {
      if (!connect()) {
        return;
      }
      ReadLoop current;
      synchronized (lifecycle) {
        if (stopping) {
          return; // close() closes the connections
        }
        inFlight = new InFlight(acking.async(), consumer.getGroup(), config.maxInFlight, flusher);
        DispatchRoutes routes = new DispatchRoutes(events);
        delivery = new Delivery(this, events, routes, inFlight, config.shardCount);
        current = new ReadLoop(reading.sync(), streams, routes, consumer, config, inFlight, delivery);
        loop = current;
      }
      current.started().whenComplete((ignored, failure) -> {
        if (failure == null) {
          ready.complete(null);
        } else {
          ready.completeExceptionally(failure);
        }
      });
      current.run();
    } finally {
      ready.completeExceptionally(new IllegalStateException("the dispatch worker stopped before it started"));
    }
  }

  /** Opens the reading and the acknowledging connection; false if the worker closed first. */
  private boolean connect() {
    RepeatedFailure failing = new RepeatedFailure();
    while (!stopping) {
      StatefulRedisConnection<String, byte[]> read = null;
      try {
        read = client.connect(CODEC);
        StatefulRedisConnection<String, byte[]> ack = client.connect(CODEC);
        synchronized (lifecycle) {
          if (stopping) {
            read.close();
            ack.close();
            return false;
          }
          reading = read;
          acking = ack;
        }
        if (failing.ended()) {
          LOG.info("dispatch worker {}: Redis answers; reading", consumer.getName());
        }
        return true;
      } catch (RuntimeException e) {
        if (read != null) {
          read.close();
        }
        if (stopping) {
          return false;
        }
        // Lettuce's exception says only "Unable to connect to host:port"; its cause says why:
        // refused, or Redis's answer (WRONGPASS, NOAUTH, …), which must not read as an outage.
        String reason = RedisErrors.reason(e);
        if (failing.isNew(reason)) {
          LOG.warn("dispatch worker {}: cannot connect to Redis ({}); trying again every {} ms",
              consumer.getName(), reason, config.blockTimeout.toMillis());
        } else {
          LOG.debug("dispatch worker {}: cannot connect to Redis yet ({})", consumer.getName(), reason);
        }
        LockSupport.parkNanos(config.blockTimeout.toNanos()); // close() unparks
      }
    }
    return false;
  }

  /** How many events the worker has dispatched. */
  public long dispatched() {
    Delivery current = delivery;
    return current == null ? 0 : current.dispatched();
  }

  /** How many entries Redis has acknowledged for this worker. */
  public long acknowledged() {
    InFlight current = inFlight;
    return current == null ? 0 : current.acknowledged();
  }

  /** How many entries this worker claimed from other consumers of its group. */
  public long claimed() {
    ReadLoop current = loop;
    return current == null ? 0 : current.claimed();
  }

  /** How many entries could not be read or decoded (logged, reported and acknowledged). */
  public long malformed() {
    Delivery current = delivery;
    return current == null ? 0 : current.malformed();
  }

  /** How many entries are read and not yet acknowledged. */
  public int inFlight() {
    InFlight current = inFlight;
    return current == null ? 0 : current.size();
  }

  /**
   * Stops reading, waits up to the close timeout for the entries in flight to be handled and
   * acknowledged, then closes the connections (and the client, when the worker made it). Entries
   * still unfinished stay pending: another worker claims them. Idempotent.
   */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (!started) {
      return;
    }
    ReadLoop current;
    synchronized (lifecycle) {
      stopping = true;
      current = loop;
    }
    if (current != null) {
      current.stop();
    } else {
      LockSupport.unpark(reader); // still connecting
    }
    try {
      awaitReader(config.blockTimeout.toNanos() + TimeUnit.SECONDS.toNanos(5));
      InFlight entries = inFlight;
      int left = entries == null ? 0 : entries.awaitEmpty(config.closeTimeout.toNanos());
      if (left > 0) {
        LOG.warn("dispatch worker {} closed with {} entries unfinished; another worker will claim them", consumer.getName(), left);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      ready.completeExceptionally(new IllegalStateException("the dispatch worker was closed before it started"));
      flusher.shutdown();
      synchronized (lifecycle) {
        if (reading != null) {
          reading.close();
          acking.close();
        }
      }
      if (config.client == null) {
        client.shutdown();
      }
    }
  }

  /**
   * Waits up to {@code nanos} for the reader to end its read. A read on a connection that has lost
   * Redis would wait for the client's command timeout (60 s by default), not for the block
   * timeout: such a connection is closed at once, which ends the read. What that read would have
   * returned stays pending in Redis, for a worker to claim.
   */
  private void awaitReader(long nanos) throws InterruptedException {
    long deadline = System.nanoTime() + nanos;
    for (long left = nanos; reader.isAlive() && left > 0; left = deadline - System.nanoTime()) {
      synchronized (lifecycle) {
        if (reading != null && !reading.isOpen()) {
          reading.close();
        }
      }
      reader.join(Math.max(1, Math.min(TimeUnit.NANOSECONDS.toMillis(left), CLOSE_POLL_MILLIS)));
    }
  }

  @Override
  public String toString() {
    return "RedisDispatchWorker[" + streams + ", group " + consumer.getGroup() + ", consumer " + consumer.getName() + "]";
  }

  private static String defaultConsumerName() {
    return "worker-" + ProcessHandle.current().pid() + "-" + Integer.toHexString(ThreadLocalRandom.current().nextInt() | 0x10000000);
  }

  private static Thread daemon(Runnable task, String name) {
    Thread thread = new Thread(task, name);
    thread.setDaemon(true);
    return thread;
  }

  /** Configures a {@link RedisDispatchWorker}. */
  public static final class Builder {
    private RedisClient client;
    private RedisURI uri;
    private String botKey;
    int shardCount;
    private String group = DEFAULT_GROUP;
    private String consumer;
    int batchSize = DEFAULT_BATCH_SIZE;
    Duration blockTimeout = DEFAULT_BLOCK_TIMEOUT;
    Duration claimIdle = DEFAULT_CLAIM_IDLE;
    int maxInFlight = DEFAULT_MAX_IN_FLIGHT;
    Duration closeTimeout = DEFAULT_CLOSE_TIMEOUT;
    private EventManager events;
    private Intents intents = Intents.NONE;

    private Builder() {}

    /**
     * The Redis the gateway processes publish to, as a URI ({@code redis://host:6379/0}); the
     * worker makes its own client and shuts it down on close.
     */
    public Builder redis(String uri) {
      this.uri = RedisURI.create(Objects.requireNonNull(uri, "uri"));
      this.client = null;
      return this;
    }

    /** The Redis, through the caller's client: the worker opens two connections of it and closes only those. */
    public Builder redis(RedisClient client) {
      this.client = Objects.requireNonNull(client, "client");
      this.uri = null;
      return this;
    }

    /** Names the bot in the stream keys, as the gateway processes do ({@link DispatchStreams#of}). Required. */
    public Builder botKey(String botKey) {
      DispatchStreams.of(botKey); // checks it
      this.botKey = botKey;
      return this;
    }

    /**
     * How many shards the bot runs in all, across every gateway process: what {@code
     * event.shard().count()} answers. Required; an entry of a shard outside it is malformed.
     */
    public Builder shardCount(int shardCount) {
      if (shardCount < 1) {
        throw new IllegalArgumentException("shardCount must be at least 1, but is " + shardCount);
      }
      this.shardCount = shardCount;
      return this;
    }

    /** The consumer group; {@value RedisDispatchWorker#DEFAULT_GROUP} by default. */
    public Builder group(String group) {
      this.group = nonEmpty(group, "group");
      return this;
    }

    /**
     * This worker's name in its group; by default a new one per process ({@code worker-<pid>-<random>}).
     * A worker restarted with its old name first takes back the entries it left pending.
     */
    public Builder consumer(String consumer) {
      this.consumer = nonEmpty(consumer, "consumer");
      return this;
    }

    /** Entries read per stream per XREADGROUP; {@value RedisDispatchWorker#DEFAULT_BATCH_SIZE} by default. */
    public Builder batchSize(int batchSize) {
      if (batchSize < 1) {
        throw new IllegalArgumentException("batchSize must be at least 1, but is " + batchSize);
      }
      this.batchSize = batchSize;
      return this;
    }

    /**
     * How long a read waits for new entries (XREADGROUP BLOCK), 1 s by default: also how soon the
     * worker notices a new listener's stream, and how long {@link #close()} may wait for the read.
     */
    public Builder blockTimeout(Duration blockTimeout) {
      if (blockTimeout.toMillis() < 1 || blockTimeout.compareTo(Duration.ofSeconds(30)) > 0) {
        throw new IllegalArgumentException("blockTimeout must be from 1 ms to 30 s, but is " + blockTimeout);
      }
      this.blockTimeout = blockTimeout;
      return this;
    }

    /**
     * How long an entry must have been idle, pending with a consumer, before another claims it:
     * 30 s by default, and at least four {@link #blockTimeout}s. A live worker renews the entries
     * it is handling every third of this time, so slow listeners are never claimed from; the time
     * is how long a dead worker's entries wait, give or take a third.
     */
    public Builder claimIdle(Duration claimIdle) {
      if (claimIdle.toMillis() < 1) {
        throw new IllegalArgumentException("claimIdle must be at least 1 ms, but is " + claimIdle);
      }
      this.claimIdle = claimIdle;
      return this;
    }

    /** How many entries may be read and not yet acknowledged; {@value RedisDispatchWorker#DEFAULT_MAX_IN_FLIGHT} by default. */
    public Builder maxInFlight(int maxInFlight) {
      if (maxInFlight < 1) {
        throw new IllegalArgumentException("maxInFlight must be at least 1, but is " + maxInFlight);
      }
      this.maxInFlight = maxInFlight;
      return this;
    }

    /** How long {@link RedisDispatchWorker#close()} waits for the entries in flight; 10 s by default. */
    public Builder closeTimeout(Duration closeTimeout) {
      if (closeTimeout.isNegative()) {
        throw new IllegalArgumentException("closeTimeout must not be negative, but is " + closeTimeout);
      }
      this.closeTimeout = closeTimeout;
      return this;
    }

    /**
     * The event manager to dispatch through (its executor runs the lanes); by default a new one
     * with the {@link #intents}.
     */
    public Builder events(EventManager events) {
      this.events = Objects.requireNonNull(events, "events");
      return this;
    }

    /**
     * The gateway processes' intents, which the worker's own event manager checks subscriptions
     * against (a warning names the intents an event needs); none by default. Ignored with {@link #events}.
     */
    public Builder intents(Intents intents) {
      this.intents = Objects.requireNonNull(intents, "intents");
      return this;
    }

    /**
     * The worker.
     *
     * @throws IllegalStateException if the Redis, the bot key or the shard count is missing
     */
    public RedisDispatchWorker build() {
      if (client == null && uri == null) {
        throw new IllegalStateException("a dispatch worker needs a Redis: redis(\"redis://host:6379\") or redis(client)");
      }
      if (botKey == null) {
        throw new IllegalStateException("a dispatch worker needs the bot key its gateway processes publish under: botKey(…)");
      }
      if (shardCount == 0) {
        throw new IllegalStateException("a dispatch worker needs the bot's shard count: shardCount(…)");
      }
      if (claimIdle.compareTo(blockTimeout.multipliedBy(4)) < 0) {
        throw new IllegalStateException("claimIdle (" + claimIdle.toMillis() + " ms) must be at least four block timeouts ("
            + blockTimeout.toMillis() + " ms): a worker renews its entries' leases between reads");
      }
      return new RedisDispatchWorker(this);
    }

    private static String nonEmpty(String value, String what) {
      if (Objects.requireNonNull(value, what).isEmpty()) {
        throw new IllegalArgumentException(what + " must not be empty");
      }
      return value;
    }
  }
}

package dev.shardwire.gateway;

import dev.shardwire.models.Intents;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import java.util.function.LongSupplier;
import org.slf4j.Logger;

/**
 * Configures a {@link WebSocketGatewayShard}; get one from {@link WebSocketGatewayShard#builder()}.
 * Required: {@link #token}, {@link #intents}. Every setter checks its value at once and names what
 * is wrong with it.
 *
 * <p>Not thread-safe: configure it on one thread. The shard copies what it needs when it is built,
 * so changing the options afterwards does not change a built shard.
 */
public final class ShardOptions {
  String token;
  Intents intents;
  int shardId;
  int shardCount = 1;
  String gatewayUrl = "wss://gateway.discord.gg";
  boolean compress;
  int largeThreshold = 250;
  Presence presence;
  DispatchSink sink = DispatchSink.NONE;
  Logger logger;
  ScheduledExecutorService scheduler = ShardScheduler.shared();
  IdentifyGate identifyGate = IdentifyGate.IMMEDIATE;
  DoubleSupplier random = () -> ThreadLocalRandom.current().nextDouble();
  LongSupplier nanoTime = System::nanoTime;
  Duration backoffBase = Duration.ofSeconds(1);
  Duration backoffCap = Duration.ofSeconds(60);
  Duration helloTimeout = Duration.ofSeconds(30);
  Duration handshakeTimeout = Duration.ofSeconds(60);
  int maxMessageBytes = 64 * 1024 * 1024;
  int sendCapacity = 120;
  int heartbeatReserve = 3;
  Duration sendWindow = Duration.ofSeconds(60);
  Duration connectTimeout = Duration.ofSeconds(10);

  ShardOptions() {}

  /** The bot token (required). */
  public ShardOptions token(String token) {
    this.token = Objects.requireNonNull(token, "token");
    return this;
  }

  /** The intents to identify with (required). */
  public ShardOptions intents(Intents intents) {
    this.intents = Objects.requireNonNull(intents, "intents");
    return this;
  }

  /**
   * This shard's id and the bot's shard count (default 0 of 1).
   *
   * @throws IllegalArgumentException unless {@code 0 <= id < count}
   */
  public ShardOptions shard(int id, int count) {
    if (count < 1 || id < 0 || id >= count) {
      throw new IllegalArgumentException("shard id must be in [0, count) and count at least 1, got " + id + " of " + count);
    }
    this.shardId = id;
    this.shardCount = count;
    return this;
  }

  /** The gateway URL (default Discord's); {@code ws://} is accepted only on loopback. */
  public ShardOptions gatewayUrl(String url) {
    GatewayUrls.check(url);
    this.gatewayUrl = url;
    return this;
  }

  /** Whether to ask for zlib-stream transport compression (default off). */
  public ShardOptions compress(boolean compress) {
    this.compress = compress;
    return this;
  }

  /**
   * Member count above which a guild is "large" (50 to 250, default 250).
   *
   * @throws IllegalArgumentException outside 50..250
   */
  public ShardOptions largeThreshold(int largeThreshold) {
    if (largeThreshold < 50 || largeThreshold > 250) {
      throw new IllegalArgumentException("large_threshold must be between 50 and 250, got " + largeThreshold);
    }
    this.largeThreshold = largeThreshold;
    return this;
  }

  /** The presence to identify with (default none). */
  public ShardOptions presence(Presence presence) {
    this.presence = presence;
    return this;
  }

  /** Where dispatches and connection changes go (default: nowhere). */
  public ShardOptions sink(DispatchSink sink) {
    this.sink = Objects.requireNonNull(sink, "sink");
    return this;
  }

  /** The logger (default this class's). */
  public ShardOptions logger(Logger logger) {
    this.logger = Objects.requireNonNull(logger, "logger");
    return this;
  }

  /**
   * The threads that run the shard's heartbeats, sends and reconnects (default: {@link
   * ShardScheduler#shared()}, one pool for every shard of the process). The shard runs its own
   * tasks one at a time whatever the pool's size; the pool is never shut down by the shard.
   */
  public ShardOptions scheduler(ScheduledExecutorService scheduler) {
    this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
    return this;
  }

  /** Who decides when the shard may identify (default: immediately). Share one {@link IdentifyBuckets} per bot. */
  public ShardOptions identifyGate(IdentifyGate gate) {
    this.identifyGate = Objects.requireNonNull(gate, "gate");
    return this;
  }

  /** A source of uniform doubles in [0, 1) for jitter and nonces (tests can fix it). */
  public ShardOptions random(DoubleSupplier random) {
    this.random = Objects.requireNonNull(random, "random");
    return this;
  }

  /** A monotonic clock in nanoseconds (default {@link System#nanoTime()}). */
  public ShardOptions clock(LongSupplier nanoTime) {
    this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
    return this;
  }

  /** The reconnect backoff: the first retry waits up to {@code base}, later ones double, up to {@code cap}. */
  public ShardOptions reconnectBackoff(Duration base, Duration cap) {
    if (base.isNegative() || cap.isNegative()) {
      throw new IllegalArgumentException("backoff durations must not be negative");
    }
    this.backoffBase = base;
    this.backoffCap = cap;
    return this;
  }

  /** How long to wait for HELLO before reconnecting (default 30 s). */
  public ShardOptions helloTimeout(Duration timeout) {
    this.helloTimeout = positive(timeout, "hello timeout");
    return this;
  }

  /**
   * How long to wait for READY or RESUMED once IDENTIFY or RESUME is sent before giving the
   * connection up and trying again on a new one (default 60 s).
   */
  public ShardOptions handshakeTimeout(Duration timeout) {
    this.handshakeTimeout = positive(timeout, "handshake timeout");
    return this;
  }

  private static Duration positive(Duration timeout, String what) {
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException(what + " must be positive, got " + timeout);
    }
    return timeout;
  }

  /**
   * The largest message accepted (default 64 MiB). Every message is checked against it from its
   * frame header, before anything is allocated, and the shard stays connected past a larger one:
   * a frame above it is skipped as it arrives, a message sent in fragments once their running
   * total passes it, and a zlib-stream message inflated into scratch once above it; each is
   * reported as malformed.
   */
  public ShardOptions maxMessageBytes(int max) {
    if (max < 1024) {
      throw new IllegalArgumentException("maxMessageBytes must be at least 1024, got " + max);
    }
    this.maxMessageBytes = max;
    return this;
  }

  /**
   * The send limit per connection (default Discord's: 120 per 60 s, 3 kept for heartbeats).
   *
   * @throws IllegalArgumentException if the reserve is not below the capacity
   */
  public ShardOptions sendLimit(int capacity, Duration window, int heartbeatReserve) {
    if (capacity < 2 || heartbeatReserve < 1 || heartbeatReserve >= capacity || window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("send limit needs capacity >= 2, 1 <= reserve < capacity and a positive window");
    }
    this.sendCapacity = capacity;
    this.sendWindow = window;
    this.heartbeatReserve = heartbeatReserve;
    return this;
  }

  /** TCP/TLS connect timeout (default 10 s). */
  public ShardOptions connectTimeout(Duration timeout) {
    this.connectTimeout = Objects.requireNonNull(timeout, "timeout");
    return this;
  }

  /**
   * Builds the shard (not connected yet: call {@link WebSocketGatewayShard#start()}).
   *
   * @throws IllegalStateException if the token or the intents are missing
   */
  public WebSocketGatewayShard build() {
    if (token == null) {
      throw new IllegalStateException("a shard needs a token");
    }
    if (intents == null) {
      throw new IllegalStateException("a shard needs intents");
    }
    return new WebSocketGatewayShard(this);
  }

  /** The settings, for a log line; the token shows only whether it is set. */
  @Override
  public String toString() {
    return "ShardOptions[shard " + shardId + " of " + shardCount + ", token " + (token == null ? "not set" : "set")
        + ", intents=" + intents + ", gatewayUrl=" + gatewayUrl + ", compress=" + compress
        + ", largeThreshold=" + largeThreshold + ", maxMessageBytes=" + maxMessageBytes
        + ", helloTimeout=" + helloTimeout + ", handshakeTimeout=" + handshakeTimeout
        + ", reconnectBackoff=" + backoffBase + ".." + backoffCap
        + ", sendLimit=" + sendCapacity + " per " + sendWindow + " (" + heartbeatReserve + " kept for heartbeats)"
        + ", connectTimeout=" + connectTimeout + "]";
  }
}

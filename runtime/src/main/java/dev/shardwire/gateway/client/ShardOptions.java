package dev.shardwire.gateway.client;

import dev.shardwire.gateway.DispatchSink;
import dev.shardwire.gateway.IdentifyBuckets;
import dev.shardwire.gateway.IdentifyGate;
import dev.shardwire.gateway.InvalidSettingException;
import dev.shardwire.gateway.Presence;
import dev.shardwire.gateway.SessionStore;
import dev.shardwire.gateway.ShardScheduler;
import dev.shardwire.gateway.session.GatewayUrls;
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
 * Required: {@link #token}, {@link #intents}. Every setter checks its value at once and throws an
 * {@link InvalidSettingException} naming the setting, the rule and the value (never the token's).
 *
 * <p>A {@code GatewayBot}'s builder keeps its shard settings in one of these (its {@code
 * shardOptions(…)} and its own setters both write there), so a shard and a bot share one set of
 * defaults and one set of checks.
 *
 * <p>Not thread-safe: configure it on one thread. The shard copies what it needs when it is built,
 * so changing the options afterwards does not change a built shard.
 */
public final class ShardOptions {

  /** Discord's gateway, used when no URL is given. */
  public static final String DISCORD_GATEWAY_URL = "wss://gateway.discord.gg/";

  String token;
  Intents intents;
  int shardId;
  int shardCount = 1;
  String gatewayUrl = DISCORD_GATEWAY_URL;
  boolean compress = true;
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
  int heartbeatReserve = 5;
  Duration sendWindow = Duration.ofSeconds(60);
  Duration connectTimeout = Duration.ofSeconds(10);
  SessionStore sessionStore;
  Duration sessionSaveInterval = DEFAULT_SESSION_SAVE_INTERVAL;

  /** How often, at most, a shard saves its sequence to its {@link SessionStore} while dispatches arrive: 1 s. */
  public static final Duration DEFAULT_SESSION_SAVE_INTERVAL = Duration.ofSeconds(1);

  ShardOptions() {}

  /** Whether a token is set (the token itself is never read back). */
  public boolean hasToken() {
    return token != null;
  }

  /**
   * The bot token (required).
   *
   * @throws InvalidSettingException if it is blank (its value is not shown)
   */
  public ShardOptions token(String token) {
    if (Objects.requireNonNull(token, "token").isBlank()) {
      throw new InvalidSettingException("token", InvalidSettingException.HIDDEN, "must not be blank");
    }
    this.token = token;
    return this;
  }

  /** The intents to identify with (required). */
  public ShardOptions intents(Intents intents) {
    this.intents = Objects.requireNonNull(intents, "intents");
    return this;
  }

  /** The intents set, or null if none were. */
  public Intents intents() {
    return intents;
  }

  /**
   * This shard's id and the bot's shard count (default 0 of 1).
   *
   * @throws InvalidSettingException unless {@code 0 <= id < count}
   */
  public ShardOptions shard(int id, int count) {
    if (count < 1 || id < 0 || id >= count) {
      throw new InvalidSettingException("shard", id + " of " + count, "must be an id in [0, count) of a count at least 1");
    }
    this.shardId = id;
    this.shardCount = count;
    return this;
  }

  /**
   * The gateway URL (default {@link #DISCORD_GATEWAY_URL}).
   *
   * @throws InvalidSettingException unless it is {@code wss://HOST[:PORT][/PATH]}, or {@code ws://}
   *     on a loopback host (the cause says what is wrong)
   */
  public ShardOptions gatewayUrl(String url) {
    try {
      GatewayUrls.check(Objects.requireNonNull(url, "url"));
    } catch (IllegalArgumentException e) {
      throw new InvalidSettingException("gatewayUrl", url, "must be wss://HOST[:PORT][/PATH], or ws:// on a loopback host", e);
    }
    this.gatewayUrl = url;
    return this;
  }

  /** The gateway URL set (or Discord's). */
  public String gatewayUrl() {
    return gatewayUrl;
  }

  /**
   * Whether to ask for zlib-stream transport compression (default on): Discord's gateway then
   * sends every message into one zlib stream: the gateway's JSON compresses well, and the
   * stream is inflated as it arrives. Off only for a gateway that cannot compress, or to measure
   * without it.
   */
  public ShardOptions compress(boolean compress) {
    this.compress = compress;
    return this;
  }

  /**
   * Member count above which a guild is "large" (50 to 250, default 250).
   *
   * @throws InvalidSettingException outside 50..250
   */
  public ShardOptions largeThreshold(int largeThreshold) {
    if (largeThreshold < 50 || largeThreshold > 250) {
      throw new InvalidSettingException("largeThreshold", largeThreshold, "must be between 50 and 250");
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
      throw new InvalidSettingException("reconnectBackoff", base + ".." + cap, "must not be negative");
    }
    this.backoffBase = base;
    this.backoffCap = cap;
    return this;
  }

  /** How long to wait for HELLO before reconnecting (default 30 s). */
  public ShardOptions helloTimeout(Duration timeout) {
    this.helloTimeout = positive(timeout, "helloTimeout");
    return this;
  }

  /**
   * How long to wait for READY or RESUMED once IDENTIFY or RESUME is sent before giving the
   * connection up and trying again on a new one (default 60 s).
   */
  public ShardOptions handshakeTimeout(Duration timeout) {
    this.handshakeTimeout = positive(timeout, "handshakeTimeout");
    return this;
  }

  /**
   * Where the shard keeps its session across restarts of its process (default: nowhere). When it
   * starts, a stored session younger than the store's {@link SessionStore#maxAge()} is RESUMEd
   * instead of identifying; see {@link SessionStore} for when the shard saves and clears it.
   */
  public ShardOptions sessionStore(SessionStore store) {
    this.sessionStore = Objects.requireNonNull(store, "sessionStore");
    return this;
  }

  /**
   * How often, at most, the shard saves its sequence to its {@link #sessionStore} while dispatches
   * arrive (default {@link #DEFAULT_SESSION_SAVE_INTERVAL}): after a restart the gateway replays,
   * again, at most what arrived in the last interval before the process ended.
   */
  public ShardOptions sessionSaveInterval(Duration interval) {
    this.sessionSaveInterval = positive(interval, "sessionSaveInterval");
    return this;
  }

  private static Duration positive(Duration timeout, String setting) {
    if (Objects.requireNonNull(timeout, setting).isNegative() || timeout.isZero()) {
      throw new InvalidSettingException(setting, timeout, "must be positive");
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
      throw new InvalidSettingException("maxMessageBytes", max, "must be at least 1024");
    }
    this.maxMessageBytes = max;
    return this;
  }

  /**
   * The send limit per connection (default Discord's: 120 per 60 s, 5 kept for the shard's own
   * frames: in any window at Discord's heartbeat interval, its IDENTIFY or RESUME, two beats and
   * two answers to the gateway's op 1, which takes from the reserve at most once per interval).
   *
   * @throws InvalidSettingException unless {@code capacity >= 2}, {@code 1 <= heartbeatReserve <
   *     capacity} and the window is positive
   */
  public ShardOptions sendLimit(int capacity, Duration window, int heartbeatReserve) {
    if (capacity < 2 || heartbeatReserve < 1 || heartbeatReserve >= capacity || window.isNegative() || window.isZero()) {
      throw new InvalidSettingException("sendLimit", capacity + " per " + window + " (" + heartbeatReserve + " kept for heartbeats)",
          "needs capacity >= 2, 1 <= reserve < capacity and a positive window");
    }
    this.sendCapacity = capacity;
    this.sendWindow = window;
    this.heartbeatReserve = heartbeatReserve;
    return this;
  }

  /** TCP/TLS connect timeout (default 10 s). */
  public ShardOptions connectTimeout(Duration timeout) {
    this.connectTimeout = positive(timeout, "connectTimeout");
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

package dev.shardwire;

import dev.shardwire.dispatch.EventManager;
import dev.shardwire.events.MemberChunkEvent;
import dev.shardwire.gateway.GatewayBotEndpoint;
import dev.shardwire.gateway.GatewayBotInfo;
import dev.shardwire.gateway.GatewayShard;
import dev.shardwire.gateway.IdentifyBuckets;
import dev.shardwire.gateway.IdentifyGate;
import dev.shardwire.gateway.MemberRequest;
import dev.shardwire.gateway.Presence;
import dev.shardwire.gateway.ShardOptions;
import dev.shardwire.gateway.VoiceStateUpdate;
import dev.shardwire.gateway.WebSocketGatewayShard;
import dev.shardwire.models.Intents;
import dev.shardwire.models.Snowflake;
import dev.shardwire.spi.App;
import dev.shardwire.spi.EventTable;
import dev.shardwire.wiring.DispatchRoutes;
import dev.shardwire.wiring.MemberChunkCollector;
import dev.shardwire.wiring.PendingMemberRequests;
import dev.shardwire.wiring.ShardEventBridge;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A bot: its gateway shards and the event manager they feed. Every event's {@code app()}.
 *
 * <pre>{@code
 * GatewayBot bot = GatewayBot.builder()
 *     .token(System.getenv("DISCORD_TOKEN"))
 *     .intents(Intents.of(Intents.GUILDS, Intents.GUILD_MEMBERS))
 *     .build();
 * bot.events().subscribe(ShardwireEventTable.SHARD_READY_EVENT, e -> log.info("ready as {}", e.myUser()));
 * bot.start().join();
 * }</pre>
 *
 * <p>Without {@link Builder#intents(Intents)}, the bot identifies with the unprivileged intents
 * and the privileged ones its subscriptions need when it starts (see there).
 *
 * <p>A bot built without a token can still serve as the {@code app()} of events made by hand
 * (tests); only {@link #start()} needs the token.
 */
public final class GatewayBot implements App, AutoCloseable {

  /** Discord's own gateway, used when no URL is given. */
  public static final String DISCORD_GATEWAY_URL = "wss://gateway.discord.gg/";

  /** How long {@link #requestGuildMembers(MemberRequest)} waits for the last chunk by default. */
  public static final Duration DEFAULT_MEMBER_TIMEOUT = Duration.ofSeconds(30);

  private static final Logger LOG = LoggerFactory.getLogger(GatewayBot.class);

  private final Builder config;
  private final EventManager events;
  /** Replaced once, by {@link #start()}, when the bot derives its intents and they changed. */
  private final List<WebSocketGatewayShard> shards = new CopyOnWriteArrayList<>();
  private final PendingMemberRequests memberRequests = new PendingMemberRequests();
  private final DispatchRoutes routes;
  private final IdentifyGate gate;
  private volatile Intents shardIntents = Intents.NONE;
  private boolean started;

  private GatewayBot(Builder builder) {
    this.config = builder;
    EventManager.Builder manager = EventManager.builder();
    if (config.intents != null) {
      manager.intents(config.intents);
    } else {
      manager.deriveIntents();
    }
    config.tables.forEach(manager::table);
    if (config.executor != null) {
      manager.executor(config.executor);
    }
    this.events = manager.build();
    if (config.token != null) {
      this.routes = new DispatchRoutes(events);
      this.gate =
          config.identifyGate != null
              ? config.identifyGate
              : new IdentifyBuckets(config.maxConcurrency, config.identifyInterval);
      buildShards(config.intents != null ? config.intents : derivedIntents());
    } else {
      this.routes = null;
      this.gate = null;
    }
  }

  /** Builds this process's shards, identifying with {@code intents}; none was started. */
  private void buildShards(Intents intents) {
    shards.clear();
    shardIntents = intents;
    for (int id : config.shardIds()) {
      ShardOptions shard = WebSocketGatewayShard.builder();
      config.shardSettings.forEach(settings -> settings.accept(shard));
      shard
          .token(config.token)
          .intents(intents)
          .shard(id, config.shardCount)
          .gatewayUrl(config.gatewayUrl)
          .compress(config.compress)
          .largeThreshold(config.largeThreshold)
          .identifyGate(gate)
          .sink(new ShardEventBridge(this, events, routes, memberRequests));
      if (config.presence != null) {
        shard.presence(config.presence);
      }
      shards.add(shard.build());
    }
  }

  /** A builder with Discord's defaults: one shard, Discord's gateway, intents derived at the start (see {@link Builder#intents}). */
  public static Builder builder() {
    return new Builder();
  }

  /** The event manager every shard of this bot feeds. */
  public EventManager events() {
    return events;
  }

  /**
   * What {@code GET /gateway/bot} answered when {@link Builder#build()} asked it (see there), or
   * empty when the builder was given the shard count and {@code max_concurrency} or a gateway of
   * its own.
   */
  public Optional<GatewayBotInfo> gatewayInfo() {
    return Optional.ofNullable(config.fetched);
  }

  /** How many shards the bot runs in all, across every process (given or recommended). */
  public int shardCount() {
    return config.shardCount;
  }

  /** How many shards may identify per identify interval (given or from {@code GET /gateway/bot}). */
  public int maxConcurrency() {
    return config.maxConcurrency;
  }

  /**
   * Sets the bot's presence on every shard it runs (op 3); each shard sends it through its send
   * limiter and identifies with it from then on.
   *
   * @throws IllegalStateException if the bot was not started or is closed
   */
  public void updatePresence(Presence presence) {
    Objects.requireNonNull(presence, "presence");
    if (shards.isEmpty()) {
      throw new IllegalStateException("the bot has no shards (no token); nothing to send the presence on");
    }
    shards.forEach(shard -> shard.updatePresence(presence));
  }

  /**
   * Joins, moves between or leaves voice channels of a guild (op 4), through the guild's shard.
   *
   * @throws IllegalArgumentException if the guild's shard is not one this process runs
   * @throws IllegalStateException if the bot was not started or is closed
   */
  public void updateVoiceState(VoiceStateUpdate update) {
    Objects.requireNonNull(update, "update");
    shardFor(update.guildId()).updateVoiceState(update);
  }

  /**
   * The intents the bot identifies with: the ones given to {@link Builder#intents}, or, when none
   * were given, every {@link Intents#UNPRIVILEGED unprivileged} intent and the privileged ones
   * that the subscribed event types require ({@link EventManager#requiredIntents()}), as of now
   * before {@link #start()} and fixed by it.
   */
  public Intents intents() {
    if (config.intents != null) {
      return config.intents;
    }
    synchronized (this) {
      return started ? shardIntents : derivedIntents();
    }
  }

  /**
   * The shards this process runs, by ascending id (empty for a bot without a token). For a bot
   * that derives its intents, {@link #start()} replaces the shards listed before it when the
   * subscriptions changed the intents since {@link Builder#build()}: ask again after starting.
   */
  @Override
  public List<GatewayShard> shards() {
    return List.copyOf(shards);
  }

  /**
   * The shard that receives the events of {@code guild}: {@code (guild_id >> 22) % shard_count},
   * as Discord routes guilds.
   *
   * @throws IllegalArgumentException if that shard is not one this process runs
   */
  public GatewayShard shardFor(Snowflake guild) {
    int id = (int) Long.remainderUnsigned(guild.asLong() >>> 22, config.shardCount);
    for (WebSocketGatewayShard shard : shards) {
      if (shard.id() == id) {
        return shard;
      }
    }
    throw new IllegalArgumentException(
        "guild " + guild + " belongs to shard " + id + ", which this process does not run");
  }

  /**
   * Connects every shard, in identify-concurrency buckets.
   *
   * @return a future completing when every shard has received READY, or exceptionally when one
   *     closes for good first
   * @throws IllegalStateException if the bot has no token
   */
  public CompletableFuture<Void> start() {
    if (config.token == null) {
      throw new IllegalStateException("the bot has no token; set one with GatewayBot.builder().token(…)");
    }
    fixIntents();
    return CompletableFuture.allOf(shards.stream().map(WebSocketGatewayShard::start).toArray(CompletableFuture[]::new));
  }

  /**
   * What a bot without given intents identifies with: {@link Intents#UNPRIVILEGED}, so that what it
   * subscribes to after starting ({@code waitFor}, streams) is sent too, and the {@link
   * Intents#PRIVILEGED privileged} intents that the types subscribed now require.
   */
  private Intents derivedIntents() {
    return Intents.UNPRIVILEGED.union(events.requiredIntents());
  }

  /**
   * On the first start of a bot without {@link Builder#intents given intents}: the union of what
   * the types subscribed now require, logged; the shards, built before the subscriptions, are
   * rebuilt with it when it differs from what they were built with (none of them ran yet).
   */
  private synchronized void fixIntents() {
    if (started) {
      return;
    }
    started = true;
    if (config.intents != null) {
      return;
    }
    Intents derived = derivedIntents();
    LOG.info("No intents given: identifying with {} (value {}): every unprivileged intent, and the privileged"
        + " ones that the subscribed event types require", derived, derived.value());
    if (!derived.equals(shardIntents)) {
      buildShards(derived);
    }
  }

  /**
   * Asks the gateway for members of a guild and collects every chunk of the answer, waiting at
   * most {@link #DEFAULT_MEMBER_TIMEOUT}.
   *
   * @see #requestGuildMembers(MemberRequest, Duration)
   */
  public CompletableFuture<List<MemberChunkEvent>> requestGuildMembers(MemberRequest request) {
    return requestGuildMembers(request, DEFAULT_MEMBER_TIMEOUT);
  }

  /**
   * Asks the guild's shard for members (op 8) and collects every {@link MemberChunkEvent} that
   * carries the request's nonce, until the chunk with {@code chunkIndex == chunkCount - 1}.
   *
   * @return the chunks in arrival order; fails with {@code TimeoutException} when the last chunk
   *     does not arrive within {@code timeout}, and as soon as a chunk of the request fails to
   *     decode, with that {@code DecodeException} as the cause
   * @throws IllegalArgumentException if the request needs intents the bot lacks
   */
  public CompletableFuture<List<MemberChunkEvent>> requestGuildMembers(MemberRequest request, Duration timeout) {
    Objects.requireNonNull(request, "request");
    GatewayShard shard = shardFor(request.guildId());
    MemberChunkCollector collector = new MemberChunkCollector(events, request, timeout);
    memberRequests.add(collector);
    try {
      shard.requestGuildMembers(collector.request());
    } catch (RuntimeException e) {
      collector.cancel();
      throw e;
    }
    return collector.result();
  }

  /**
   * A future that completes when every shard has closed: normally after {@link #close()}, or
   * exceptionally when one was closed for good by the gateway (a fatal close code).
   */
  public CompletableFuture<Void> closed() {
    return CompletableFuture.allOf(shards.stream().map(WebSocketGatewayShard::closed).toArray(CompletableFuture[]::new));
  }

  /** Closes every shard (ending their sessions). Idempotent. */
  @Override
  public void close() {
    shards.forEach(WebSocketGatewayShard::close);
  }

  /** Names the shards, never the token. */
  @Override
  public String toString() {
    return "GatewayBot[shards=" + Arrays.toString(config.shardIds()) + " of " + config.shardCount
        + ", intents=" + intents() + "]";
  }

  /** Configures a {@link GatewayBot}. Every setting has a default but the token. */
  public static final class Builder {
    private String token;
    private Intents intents;
    private int shardCount = 1;
    private int[] shardIds;
    private String gatewayUrl = DISCORD_GATEWAY_URL;
    private String apiUrl = GatewayBotEndpoint.DISCORD_API_URL;
    private boolean shardCountGiven;
    private boolean maxConcurrencyGiven;
    private boolean gatewayUrlGiven;
    private boolean apiUrlGiven;
    private GatewayBotInfo fetched;
    private boolean compress = true;
    private int largeThreshold = 250;
    private int maxConcurrency = 1;
    private Duration identifyInterval = IdentifyBuckets.DISCORD_INTERVAL;
    private IdentifyGate identifyGate;
    private Presence presence;
    private Executor executor;
    private List<EventTable> tables = new ArrayList<>();
    private List<Consumer<ShardOptions>> shardSettings = new ArrayList<>();

    private Builder() {}

    /** The bot token. Never logged, never in a message or {@code toString}. */
    public Builder token(String token) {
      this.token = Objects.requireNonNull(token, "token");
      return this;
    }

    /**
     * The gateway intents to identify with, used as given: subscribing to an event type that they
     * do not enable logs a warning.
     *
     * <p>Without this, the bot derives its intents when it {@link GatewayBot#start() starts}, and
     * logs them at INFO: every {@link Intents#UNPRIVILEGED unprivileged} intent (so that a {@code
     * waitFor} or stream opened after the start hears its events too), and of the {@link
     * Intents#PRIVILEGED privileged} ones those that the event types subscribed by then require
     * ({@link Intents#requiredBy}; a listener of a supertype such as {@code Event} requires what its
     * subtypes do). Discord refuses a privileged intent not enabled for the application (close
     * code 4014), and {@code MESSAGE_CONTENT}, which no event type requires, is only there when
     * given here. A bot for Discord should give its intents.
     */
    public Builder intents(Intents intents) {
      this.intents = Objects.requireNonNull(intents, "intents");
      return this;
    }

    /** How many shards the bot runs in all, across every process; this process runs all of them unless {@link #shardIds} says otherwise. */
    public Builder shardCount(int shardCount) {
      if (shardCount < 1) {
        throw new IllegalArgumentException("shard count must be at least 1, was " + shardCount);
      }
      this.shardCount = shardCount;
      this.shardCountGiven = true;
      return this;
    }

    /** The shards this process runs, each below the shard count (for running a bot across processes by shard ranges). */
    public Builder shardIds(int... shardIds) {
      this.shardIds = shardIds.clone();
      return this;
    }

    /** The gateway to connect to: Discord's by default, or an {@code EmbeddedGateway}'s {@code url()}. */
    public Builder gatewayUrl(String gatewayUrl) {
      this.gatewayUrl = Objects.requireNonNull(gatewayUrl, "gatewayUrl");
      this.gatewayUrlGiven = true;
      return this;
    }

    /**
     * The REST API that {@code GET /gateway/bot} is asked (Discord's v10 API by default, or an
     * {@code EmbeddedGateway}'s {@code apiUrl()}). Setting it makes {@link #build()} ask it for
     * the shard count and {@code max_concurrency} not given, even with a {@link #gatewayUrl}.
     */
    public Builder apiUrl(String apiUrl) {
      this.apiUrl = Objects.requireNonNull(apiUrl, "apiUrl");
      this.apiUrlGiven = true;
      return this;
    }

    /** Whether to ask for zlib-stream transport compression (on by default). */
    public Builder compress(boolean compress) {
      this.compress = compress;
      return this;
    }

    /** IDENTIFY's {@code large_threshold}, 50 to 250. */
    public Builder largeThreshold(int largeThreshold) {
      this.largeThreshold = largeThreshold;
      return this;
    }

    /** Discord's {@code max_concurrency}: how many shards may identify per interval. */
    public Builder maxConcurrency(int maxConcurrency) {
      if (maxConcurrency < 1) {
        throw new IllegalArgumentException("max concurrency must be at least 1, was " + maxConcurrency);
      }
      this.maxConcurrency = maxConcurrency;
      this.maxConcurrencyGiven = true;
      return this;
    }

    /**
     * Who decides when each shard may identify, instead of this process's own buckets (of {@link
     * #maxConcurrency} and {@link #identifyInterval}): for a bot whose shards run in several
     * processes, one gate they share, such as {@code dev.shardwire.redis.RedisIdentifyGate}.
     */
    public Builder identifyGate(IdentifyGate identifyGate) {
      this.identifyGate = Objects.requireNonNull(identifyGate, "identifyGate");
      return this;
    }

    /** How long an identify bucket lasts (Discord: 5 s); shorter only against an embedded gateway. */
    public Builder identifyInterval(Duration identifyInterval) {
      this.identifyInterval = Objects.requireNonNull(identifyInterval, "identifyInterval");
      return this;
    }

    /** The presence to identify with. */
    public Builder presence(Presence presence) {
      this.presence = Objects.requireNonNull(presence, "presence");
      return this;
    }

    /** Where listeners run (default: a bounded pool of daemon threads). */
    public Builder executor(Executor executor) {
      this.executor = Objects.requireNonNull(executor, "executor");
      return this;
    }

    /**
     * Adjusts every shard's {@link ShardOptions} beyond what this builder sets: timeouts, the
     * reconnect backoff, the send limit, {@code maxMessageBytes}, a logger. Applied in order to
     * each shard before the bot's own settings, so what this builder sets (token, intents, shard
     * ids, URL, compression, large threshold, and the presence if one is given) and the shard's sink
     * and identify buckets stay the bot's.
     *
     * <pre>{@code
     * GatewayBot.builder().token(token).shardOptions(shard -> shard.maxMessageBytes(16 << 20))
     * }</pre>
     */
    public Builder shardOptions(Consumer<ShardOptions> settings) {
      shardSettings.add(Objects.requireNonNull(settings, "settings"));
      return this;
    }

    /**
     * Registers the dispatch table of the bot's own events up front, so they can be subscribed to
     * by class ({@code subscribe(MyEvent.class, …)}) and listeners of {@code Event} receive them
     * before anything subscribes to them by type. Subscribing through a descriptor constant, a
     * generated binding, {@code waitFor} or {@code stream} registers the table on its own. The
     * runtime's tables (the shard events and the catalogue) are always there.
     *
     * @throws IllegalArgumentException at {@link #build()} if two tables claim one dispatch name
     */
    public Builder eventTable(EventTable table) {
      tables.add(Objects.requireNonNull(table, "table"));
      return this;
    }

    /**
     * Builds the bot (not connected yet: call {@link GatewayBot#start()}).
     *
     * <p>With a token, and a shard count or {@code max_concurrency} not given, it first asks {@code
     * GET /gateway/bot} for Discord's recommendation (blocking, with a 10 s timeout): always when
     * the bot connects to Discord's gateway, and against another gateway only when an {@link
     * #apiUrl} is given too (a gateway of one's own has no Discord REST API beside it).
     *
     * @throws IllegalStateException if {@code GET /gateway/bot} refuses the token or fails
     * @throws java.io.UncheckedIOException if the API cannot be reached
     */
    public GatewayBot build() {
      Builder resolved = copy();
      if (token != null && (!shardCountGiven || !maxConcurrencyGiven) && (apiUrlGiven || !gatewayUrlGiven)) {
        GatewayBotInfo info = GatewayBotEndpoint.fetch(apiUrl, token);
        resolved.fetched = info;
        if (!shardCountGiven) {
          resolved.shardCount = info.shards();
        }
        if (!maxConcurrencyGiven) {
          resolved.maxConcurrency = info.maxConcurrency();
        }
        if (!gatewayUrlGiven) {
          resolved.gatewayUrl = info.url();
        }
      }
      for (int id : resolved.shardIds()) {
        if (id < 0 || id >= resolved.shardCount) {
          throw new IllegalArgumentException("shard id " + id + " is not below the shard count " + resolved.shardCount);
        }
      }
      return new GatewayBot(resolved);
    }

    int[] shardIds() {
      if (shardIds != null) {
        return shardIds.clone();
      }
      int[] all = new int[shardCount];
      for (int i = 0; i < shardCount; i++) {
        all[i] = i;
      }
      return all;
    }

    private Builder copy() {
      Builder copy = new Builder();
      copy.token = token;
      copy.intents = intents;
      copy.shardCount = shardCount;
      copy.shardIds = shardIds == null ? null : shardIds.clone();
      copy.gatewayUrl = gatewayUrl;
      copy.apiUrl = apiUrl;
      copy.shardCountGiven = shardCountGiven;
      copy.maxConcurrencyGiven = maxConcurrencyGiven;
      copy.gatewayUrlGiven = gatewayUrlGiven;
      copy.apiUrlGiven = apiUrlGiven;
      copy.fetched = fetched;
      copy.compress = compress;
      copy.largeThreshold = largeThreshold;
      copy.maxConcurrency = maxConcurrency;
      copy.identifyInterval = identifyInterval;
      copy.identifyGate = identifyGate;
      copy.presence = presence;
      copy.executor = executor;
      copy.tables = List.copyOf(tables);
      copy.shardSettings = List.copyOf(shardSettings);
      return copy;
    }
  }
}

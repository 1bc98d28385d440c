package dev.shardwire;

import dev.shardwire.dispatch.EventManager;
import dev.shardwire.events.MemberChunkEvent;
import dev.shardwire.gateway.GatewayShard;
import dev.shardwire.gateway.IdentifyBuckets;
import dev.shardwire.gateway.IdentifyGate;
import dev.shardwire.gateway.InvalidSettingException;
import dev.shardwire.gateway.MemberRequest;
import dev.shardwire.gateway.Presence;
import dev.shardwire.gateway.SessionStore;
import dev.shardwire.gateway.VoiceStateUpdate;
import dev.shardwire.gateway.client.GatewayBotEndpoint;
import dev.shardwire.gateway.client.GatewayBotInfo;
import dev.shardwire.gateway.client.ShardOptions;
import dev.shardwire.gateway.client.WebSocketGatewayShard;
import dev.shardwire.models.Intents;
import dev.shardwire.models.Snowflake;
import dev.shardwire.spi.App;
import dev.shardwire.spi.EventTable;
import dev.shardwire.wiring.DispatchRoutes;
import dev.shardwire.wiring.MemberChunkCollector;
import dev.shardwire.wiring.PendingMemberRequests;
import dev.shardwire.wiring.ShardEventBridge;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
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
  public static final String DISCORD_GATEWAY_URL = ShardOptions.DISCORD_GATEWAY_URL;

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
    if (config.intentsGiven) {
      manager.intents(config.intents());
    } else {
      manager.deriveIntents();
    }
    config.tables.forEach(manager::table);
    if (config.executor != null) {
      manager.executor(config.executor);
    }
    this.events = manager.build();
    if (config.template.hasToken()) {
      this.routes = new DispatchRoutes(events);
      this.gate =
          config.identifyGate != null
              ? config.identifyGate
              : new IdentifyBuckets(config.maxConcurrency, config.identifyInterval);
      buildShards(intents());
    } else {
      this.routes = null;
      this.gate = null;
    }
    if (config.dispatchPublisher != null) {
      config.dispatchPublisher.attach(this);
    }
  }

  /** Builds this process's shards, identifying with {@code intents}; none was started. */
  private void buildShards(Intents intents) {
    shards.clear();
    shardIntents = intents;
    for (int id : config.runningShardIds()) {
      // Each shard's options replay the builder's shard settings, then take the parts that are
      // the bot's own: which shard, the intents, the shared identify gate, the sink into this
      // bot's events.
      ShardOptions options = config.shardSettings()
          .shard(id, config.shardCount)
          .intents(intents)
          .identifyGate(gate);
      ShardEventBridge bridge = new ShardEventBridge(this, events, routes, memberRequests);
      if (config.dispatchPublisher == null) {
        options.sink(bridge);
      } else {
        // The publisher first; and the session saved only behind what the publisher settled.
        PublishingSink sink = new PublishingSink(config.dispatchPublisher, bridge);
        options.sink(sink);
        if (config.sessionStore != null) {
          options.sessionStore(new SettledSessionStore(config.sessionStore, config.dispatchPublisher, sink));
        }
      }
      shards.add(options.build());
    }
  }

  /**
   * What a bot without given intents identifies with: {@link Intents#UNPRIVILEGED}, so that what it
   * subscribes to after starting ({@code waitFor}, streams) is sent too, and the {@link
   * Intents#PRIVILEGED privileged} intents that the types subscribed now require.
   */
  private Intents derivedIntents() {
    return Intents.UNPRIVILEGED.union(events.requiredIntents());
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
    if (config.intentsGiven) {
      return config.intents();
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
    if (!config.template.hasToken()) {
      throw new IllegalStateException("the bot has no token; set one with GatewayBot.builder().token(…)");
    }
    fixIntents();
    return CompletableFuture.allOf(shards.stream().map(WebSocketGatewayShard::start).toArray(CompletableFuture[]::new));
  }

  /**
   * On the first start of a bot without {@link Builder#intents given intents}: derives them and
   * logs them; the shards, built before the subscriptions, are rebuilt with them when they differ
   * from what they were built with (none of them ran yet).
   */
  private synchronized void fixIntents() {
    if (started) {
      return;
    }
    started = true;
    if (config.intentsGiven) {
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

  /** Closes every shard (ending their sessions), then the dispatch publisher if there is one. Idempotent. */
  @Override
  public void close() {
    shards.forEach(WebSocketGatewayShard::close);
    if (config.dispatchPublisher != null) {
      config.dispatchPublisher.close();
    }
  }

  /** Names the shards, never the token. */
  @Override
  public String toString() {
    return "GatewayBot[shards=" + Arrays.toString(config.runningShardIds()) + " of " + config.shardCount
        + ", intents=" + intents() + "]";
  }

  /**
   * Configures a {@link GatewayBot}. Every setting has a default but the token.
   *
   * <p><b>One source of truth.</b> The settings of each shard (token, intents, gateway URL,
   * compression, large threshold, presence, and whatever {@link #shardOptions} sets) are kept as
   * {@link ShardOptions}: the setters here write through to them, so they have {@code
   * ShardOptions}' defaults (compression on) and are checked by {@code ShardOptions}' own checks,
   * at once, with or without a token. A bad value throws an {@link InvalidSettingException} naming
   * the setting and the value (never the token's) from the setter; the only checks left to {@link
   * #build()} are those that need two settings (a shard id below the shard count).
   */
  public static final class Builder {
    private int shardCount = 1;
    private int[] shardIds;
    private boolean intentsGiven;
    private String apiUrl = GatewayBotEndpoint.DISCORD_API_URL;
    private boolean shardCountGiven;
    private boolean maxConcurrencyGiven;
    private boolean apiUrlGiven;
    private GatewayBotInfo fetched;
    private int maxConcurrency = 1;
    private Duration identifyInterval = IdentifyBuckets.DISCORD_INTERVAL;
    private IdentifyGate identifyGate;
    private DispatchPublisher dispatchPublisher;
    private SessionStore sessionStore;
    private Executor executor;
    private List<EventTable> tables = new ArrayList<>();
    /** Every shard setting, in the order given: replayed onto each shard's own options. */
    private List<Consumer<ShardOptions>> shardSettings = new ArrayList<>();
    /** The settings applied so far: checks each one as it comes, and answers what the bot reads. */
    private ShardOptions template = WebSocketGatewayShard.builder();

    private Builder() {
      shard(options -> options.intents(Intents.NONE));
    }

    /** Applies a shard setting to the template at once (so a bad value fails here) and keeps it for every shard. */
    private Builder shard(Consumer<ShardOptions> setting) {
      try {
        setting.accept(template);
      } catch (RuntimeException e) {
        // A setting that throws part-way may have changed the template: back to what was kept.
        template = shardSettings();
        throw e;
      }
      shardSettings.add(setting);
      return this;
    }

    /** Fresh options for one shard: every shard setting, replayed in order. */
    ShardOptions shardSettings() {
      ShardOptions options = WebSocketGatewayShard.builder();
      shardSettings.forEach(setting -> setting.accept(options));
      return options;
    }

    Intents intents() {
      return template.intents();
    }

    /**
     * The bot token. Never logged, never in a message or {@code toString}.
     *
     * @throws InvalidSettingException if it is blank
     */
    public Builder token(String token) {
      Objects.requireNonNull(token, "token");
      return shard(options -> options.token(token));
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
      Objects.requireNonNull(intents, "intents");
      intentsGiven = true;
      return shard(options -> options.intents(intents));
    }

    /**
     * How many shards the bot runs in all, across every process; this process runs all of them unless {@link #shardIds} says otherwise.
     *
     * @throws InvalidSettingException if below 1
     */
    public Builder shardCount(int shardCount) {
      if (shardCount < 1) {
        throw new InvalidSettingException("shardCount", shardCount, "must be at least 1");
      }
      this.shardCount = shardCount;
      this.shardCountGiven = true;
      return this;
    }

    /**
     * The shards this process runs, each below the shard count (for running a bot across processes by shard ranges).
     *
     * @throws InvalidSettingException if none is given, one is negative or one is given twice;
     *     {@link #build()} throws it if one is not below the shard count
     */
    public Builder shardIds(int... shardIds) {
      int[] ids = shardIds.clone();
      if (ids.length == 0) {
        throw new InvalidSettingException("shardIds", "[]", "must name at least one shard");
      }
      for (int i = 0; i < ids.length; i++) {
        if (ids[i] < 0) {
          throw new InvalidSettingException("shardIds", Arrays.toString(ids), "must not be negative");
        }
        for (int j = 0; j < i; j++) {
          if (ids[i] == ids[j]) {
            throw new InvalidSettingException("shardIds", Arrays.toString(ids), "must not name shard " + ids[i] + " twice");
          }
        }
      }
      this.shardIds = ids;
      return this;
    }

    /**
     * The gateway to connect to: Discord's by default, or an {@code EmbeddedGateway}'s {@code url()}.
     *
     * @throws InvalidSettingException unless {@code wss://}, or {@code ws://} on a loopback host
     */
    public Builder gatewayUrl(String gatewayUrl) {
      Objects.requireNonNull(gatewayUrl, "gatewayUrl");
      return shard(options -> options.gatewayUrl(gatewayUrl));
    }

    /**
     * The REST API that {@code GET /gateway/bot} is asked (Discord's v10 API by default, or an
     * {@code EmbeddedGateway}'s {@code apiUrl()}). Setting it makes {@link #build()} ask it for
     * the shard count and {@code max_concurrency} not given, even with a {@link #gatewayUrl}.
     *
     * @throws InvalidSettingException unless {@code https://}, or {@code http://} on a loopback host
     */
    public Builder apiUrl(String apiUrl) {
      this.apiUrl = GatewayBotEndpoint.checkApiUrl(apiUrl);
      this.apiUrlGiven = true;
      return this;
    }

    /**
     * Whether to ask for zlib-stream transport compression: on by default, as {@link
     * ShardOptions#compress} explains.
     */
    public Builder compress(boolean compress) {
      return shard(options -> options.compress(compress));
    }

    /**
     * IDENTIFY's {@code large_threshold} (default 250).
     *
     * @throws InvalidSettingException outside 50..250
     */
    public Builder largeThreshold(int largeThreshold) {
      return shard(options -> options.largeThreshold(largeThreshold));
    }

    /** Discord's {@code max_concurrency}: how many shards may identify per interval. */
    public Builder maxConcurrency(int maxConcurrency) {
      if (maxConcurrency < 1) {
        throw new InvalidSettingException("maxConcurrency", maxConcurrency, "must be at least 1");
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

    /**
     * How long an identify bucket lasts (Discord: 5 s); shorter only against an embedded gateway.
     *
     * @throws InvalidSettingException if negative
     */
    public Builder identifyInterval(Duration identifyInterval) {
      if (Objects.requireNonNull(identifyInterval, "identifyInterval").isNegative()) {
        throw new InvalidSettingException("identifyInterval", identifyInterval, "must not be negative");
      }
      this.identifyInterval = identifyInterval;
      return this;
    }

    /**
     * Where every shard keeps its gateway session, so that this process restarted with the same
     * shard ids RESUMEs them instead of identifying (default: nowhere): {@link
     * SessionStore#inMemory()} within one JVM, {@code dev.shardwire.redis.RedisSessionStore}
     * across restarts. See {@link SessionStore} for its staleness bound and what a restart costs.
     */
    public Builder sessionStore(SessionStore store) {
      Objects.requireNonNull(store, "store");
      this.sessionStore = store;
      return shard(options -> options.sessionStore(store));
    }

    /** The presence to identify with (default none). */
    public Builder presence(Presence presence) {
      Objects.requireNonNull(presence, "presence");
      return shard(options -> options.presence(presence));
    }

    /**
     * Makes this process a gateway role: every dispatch its shards receive that {@code publisher}
     * {@linkplain DispatchPublisher#publishes publishes} is handed to it, for worker processes to
     * consume, such as {@code dev.shardwire.redis.RedisDispatchPublisher}. Listeners subscribed in
     * this process still receive what they listen to. The bot closes the publisher when it closes.
     */
    public Builder dispatchPublisher(DispatchPublisher publisher) {
      this.dispatchPublisher = Objects.requireNonNull(publisher, "publisher");
      return this;
    }

    /** Where listeners run (default: a bounded pool of daemon threads). */
    public Builder executor(Executor executor) {
      this.executor = Objects.requireNonNull(executor, "executor");
      return this;
    }

    /**
     * Adjusts every shard's {@link ShardOptions} beyond what this builder's own setters offer:
     * timeouts, the reconnect backoff, the send limit, {@code maxMessageBytes}, a logger. The
     * setters here and these settings write to the same options, in the order they are called, so
     * the last one given wins. {@code settings} runs once at once, on the builder's options (a bad
     * value throws here), and again on each shard's fresh options when the bot is built. Which
     * shard it is, its sink and its identify gate stay the bot's.
     *
     * <pre>{@code
     * GatewayBot.builder().token(token).shardOptions(shard -> shard.maxMessageBytes(16 << 20))
     * }</pre>
     */
    public Builder shardOptions(Consumer<ShardOptions> settings) {
      return shard(Objects.requireNonNull(settings, "settings"));
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
     * @throws InvalidSettingException if a {@link #shardIds shard id} is not below the shard count
     * @throws IllegalStateException if {@code GET /gateway/bot} refuses the token or fails
     * @throws java.io.UncheckedIOException if the API cannot be reached
     */
    public GatewayBot build() {
      Builder resolved = copy();
      boolean discord = connectsToDiscord();
      if (template.hasToken() && (!shardCountGiven || !maxConcurrencyGiven) && (apiUrlGiven || discord)) {
        GatewayBotInfo info = GatewayBotEndpoint.fetch(apiUrl, template);
        resolved.fetched = info;
        if (!shardCountGiven) {
          resolved.shardCount = info.shards();
        }
        if (!maxConcurrencyGiven) {
          resolved.maxConcurrency = info.maxConcurrency();
        }
        if (discord) {
          // Discord's answer names the gateway to use; another gateway was chosen on purpose.
          resolved.shard(options -> options.gatewayUrl(info.url()));
        }
      }
      for (int id : resolved.runningShardIds()) {
        if (id >= resolved.shardCount) {
          throw new InvalidSettingException("shardIds", Arrays.toString(resolved.runningShardIds()),
              "must each be below the shard count " + resolved.shardCount + " (shard " + id + " is not)");
        }
      }
      return new GatewayBot(resolved);
    }

    int[] runningShardIds() {
      if (shardIds != null) {
        return shardIds.clone();
      }
      int[] all = new int[shardCount];
      for (int i = 0; i < shardCount; i++) {
        all[i] = i;
      }
      return all;
    }

    /** Whether the shards connect to Discord's own gateway (any URL on its host). */
    private boolean connectsToDiscord() {
      return "gateway.discord.gg".equalsIgnoreCase(URI.create(template.gatewayUrl()).getHost());
    }

    /** The settings, for a log line: the shard settings as {@link ShardOptions} shows them (the token only as set or not). */
    @Override
    public String toString() {
      return "GatewayBot.Builder[shardCount=" + (shardCountGiven ? shardCount : "from GET /gateway/bot")
          + (shardIds == null ? "" : ", shardIds=" + Arrays.toString(shardIds))
          + ", maxConcurrency=" + (maxConcurrencyGiven ? maxConcurrency : "from GET /gateway/bot")
          + ", apiUrl=" + apiUrl + ", identifyInterval=" + identifyInterval + ", shards=" + template + "]";
    }

    /** A copy the bot keeps, so that the builder can go on being changed and reused. */
    private Builder copy() {
      Builder copy = new Builder();
      copy.shardCount = shardCount;
      copy.intentsGiven = intentsGiven;
      copy.shardIds = shardIds == null ? null : shardIds.clone();
      copy.apiUrl = apiUrl;
      copy.shardCountGiven = shardCountGiven;
      copy.maxConcurrencyGiven = maxConcurrencyGiven;
      copy.apiUrlGiven = apiUrlGiven;
      copy.fetched = fetched;
      copy.maxConcurrency = maxConcurrency;
      copy.identifyInterval = identifyInterval;
      copy.identifyGate = identifyGate;
      copy.dispatchPublisher = dispatchPublisher;
      copy.sessionStore = sessionStore;
      copy.executor = executor;
      copy.tables = List.copyOf(tables);
      // Replayed rather than shared: the builder's own options go on changing with its setters.
      copy.shardSettings = new ArrayList<>(shardSettings);
      copy.template = shardSettings();
      return copy;
    }
  }
}

package dev.shardwire;

import dev.shardwire.dispatch.EventManager;
import dev.shardwire.events.MemberChunkEvent;
import dev.shardwire.events.ShardwireEventTable;
import dev.shardwire.gateway.GatewayShard;
import dev.shardwire.gateway.IdentifyBuckets;
import dev.shardwire.gateway.IdentifyGate;
import dev.shardwire.gateway.MemberRequest;
import dev.shardwire.gateway.Presence;
import dev.shardwire.gateway.ShardOptions;
import dev.shardwire.gateway.WebSocketGatewayShard;
import dev.shardwire.models.Intents;
import dev.shardwire.models.Snowflake;
import dev.shardwire.spi.App;
import dev.shardwire.spi.EventTable;
import dev.shardwire.wiring.DispatchRoutes;
import dev.shardwire.wiring.MemberChunkCollector;
import dev.shardwire.wiring.ShardEventBridge;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

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
 * <p>A bot built without a token can still serve as the {@code app()} of events made by hand
 * (tests); only {@link #start()} needs the token.
 */
public final class GatewayBot implements App, AutoCloseable {

  /** Discord's own gateway, used when no URL is given. */
  public static final String DISCORD_GATEWAY_URL = "wss://gateway.discord.gg/";

  /** How long {@link #requestGuildMembers(MemberRequest)} waits for the last chunk by default. */
  public static final Duration DEFAULT_MEMBER_TIMEOUT = Duration.ofSeconds(30);

  private final Builder config;
  private final EventManager events;
  private final List<WebSocketGatewayShard> shards = new ArrayList<>();

  private GatewayBot(Builder builder) {
    this.config = builder.copy();
    EventManager.Builder manager = EventManager.builder().intents(config.intents);
    config.tables.forEach(manager::table);
    if (config.executor != null) {
      manager.executor(config.executor);
    }
    this.events = manager.build();
    if (config.token != null) {
      List<EventTable> tables = new ArrayList<>(config.tables);
      tables.add(0, ShardwireEventTable.INSTANCE);
      DispatchRoutes routes = new DispatchRoutes(tables);
      IdentifyGate gate = new IdentifyBuckets(config.maxConcurrency, config.identifyInterval);
      for (int id : config.shardIds()) {
        ShardOptions shard = WebSocketGatewayShard.builder();
        config.shardSettings.forEach(settings -> settings.accept(shard));
        shard
            .token(config.token)
            .intents(config.intents)
            .shard(id, config.shardCount)
            .gatewayUrl(config.gatewayUrl)
            .compress(config.compress)
            .largeThreshold(config.largeThreshold)
            .identifyGate(gate)
            .sink(new ShardEventBridge(this, events, routes));
        if (config.presence != null) {
          shard.presence(config.presence);
        }
        shards.add(shard.build());
      }
    }
  }

  /** A builder with Discord's defaults: one shard, no intents, Discord's gateway. */
  public static Builder builder() {
    return new Builder();
  }

  /** The event manager every shard of this bot feeds. */
  public EventManager events() {
    return events;
  }

  /** The intents the bot identifies with. */
  public Intents intents() {
    return config.intents;
  }

  /** The shards this process runs, by ascending id (empty for a bot without a token). */
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
    return CompletableFuture.allOf(shards.stream().map(WebSocketGatewayShard::start).toArray(CompletableFuture[]::new));
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
   *     does not arrive within {@code timeout}
   * @throws IllegalArgumentException if the request needs intents the bot lacks
   */
  public CompletableFuture<List<MemberChunkEvent>> requestGuildMembers(MemberRequest request, Duration timeout) {
    Objects.requireNonNull(request, "request");
    GatewayShard shard = shardFor(request.guildId());
    MemberChunkCollector collector = new MemberChunkCollector(events, request, timeout);
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
    return "GatewayBot[shards=" + config.shardIds() + " of " + config.shardCount + ", intents=" + config.intents + "]";
  }

  /** Configures a {@link GatewayBot}. Every setting has a default but the token. */
  public static final class Builder {
    private String token;
    private Intents intents = Intents.NONE;
    private int shardCount = 1;
    private int[] shardIds;
    private String gatewayUrl = DISCORD_GATEWAY_URL;
    private boolean compress = true;
    private int largeThreshold = 250;
    private int maxConcurrency = 1;
    private Duration identifyInterval = IdentifyBuckets.DISCORD_INTERVAL;
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

    /** The gateway intents to identify with. */
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
      this.maxConcurrency = maxConcurrency;
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

    /** The dispatch table of the bot's own events (the runtime's built-in table is always there). */
    public Builder eventTable(EventTable table) {
      tables.add(Objects.requireNonNull(table, "table"));
      return this;
    }

    /** Builds the bot (not connected yet: call {@link GatewayBot#start()}). */
    public GatewayBot build() {
      for (int id : shardIds()) {
        if (id < 0 || id >= shardCount) {
          throw new IllegalArgumentException("shard id " + id + " is not below the shard count " + shardCount);
        }
      }
      return new GatewayBot(this);
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
      copy.compress = compress;
      copy.largeThreshold = largeThreshold;
      copy.maxConcurrency = maxConcurrency;
      copy.identifyInterval = identifyInterval;
      copy.presence = presence;
      copy.executor = executor;
      copy.tables = List.copyOf(tables);
      copy.shardSettings = List.copyOf(shardSettings);
      return copy;
    }
  }
}

package dev.shardwire.samples.bot;

import static dev.shardwire.events.ShardwireEventTable.SHARD_CONNECTED_EVENT;
import static dev.shardwire.events.ShardwireEventTable.SHARD_DISCONNECTED_EVENT;
import static dev.shardwire.events.ShardwireEventTable.SHARD_PAYLOAD_EVENT;
import static dev.shardwire.events.ShardwireEventTable.SHARD_READY_EVENT;

import dev.shardwire.GatewayBot;
import dev.shardwire.dispatch.Subscription;
import dev.shardwire.events.Event;
import dev.shardwire.events.MemberChunkEvent;
import dev.shardwire.gateway.GatewayClosedException;
import dev.shardwire.gateway.MemberRequest;
import dev.shardwire.models.Intents;
import dev.shardwire.models.Snowflake;
import dev.shardwire.spi.EventType;
import dev.shardwire.testing.EmbeddedGateway;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The demo the sample runs: connect, show a resume (embedded gateway only), fetch a guild's
 * member list chunk by chunk, dispatch the sample's own event, close.
 */
final class Demo {

  /** The token the embedded gateway is given (it accepts any). */
  static final String EMBEDDED_TOKEN = "embedded-demo-token";

  /** The nonce of the demo's member request, so its last chunk can be recognised. */
  static final String NONCE = "sample-demo";

  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(30);
  private static final Duration MEMBERS_TIMEOUT = Duration.ofSeconds(30);
  private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(5);
  /**
   * The intents the bot identifies with: GUILD_MEMBERS for a whole member list and MESSAGE_CONTENT
   * for messages' text (privileged intents, to enable in Discord's developer portal),
   * GUILD_MESSAGES for MESSAGE_CREATE, GUILD_INVITES for {@link InviteCreateEvent}.
   */
  static final Intents INTENTS = Intents.of(Intents.GUILDS, Intents.GUILD_MEMBERS, Intents.GUILD_MESSAGES,
      Intents.MESSAGE_CONTENT, Intents.GUILD_INVITES);

  private final Options options;
  private final PrintStream out;
  private final PrintStream err;

  Demo(Options options, PrintStream out, PrintStream err) {
    this.options = options;
    this.out = out;
    this.err = err;
  }

  /** Runs the demo; returns the exit code. */
  int run() throws InterruptedException {
    long started = System.nanoTime();
    EmbeddedGateway gateway = options.embedded() ? DemoGateway.start(options.shards()) : null;
    GatewayBot bot = null;
    try {
      bot = newBot(gateway);
      SampleBot.register(bot.events(), new BotHandlers(out));
      Set<Snowflake> guilds = new ConcurrentSkipListSet<>();
      bot.events().subscribe(SHARD_READY_EVENT, ready -> guilds.addAll(ready.unavailableGuilds()));

      if (!connect(bot)) {
        return 1;
      }
      if (gateway != null) {
        showResume(bot, gateway);
        showCatalogue(bot, gateway);
      }
      Optional<Snowflake> guild = gateway != null ? Optional.of(DemoGateway.BIG_GUILD) : guilds.stream().findFirst();
      if (guild.isEmpty()) {
        step("the bot is in no guild, so there are no members to fetch");
      } else if (!fetchMembers(bot, guild.get())) {
        return 1;
      }
      if (options.stay()) {
        return stay(bot, gateway);
      }
      step("closing");
      close(bot);
      step(String.format(Locale.ROOT, "done in %.1f s", (System.nanoTime() - started) / 1e9));
      return 0;
    } finally {
      if (bot != null) {
        bot.close();
      }
      if (gateway != null) {
        gateway.close();
      }
    }
  }

  private GatewayBot newBot(EmbeddedGateway gateway) {
    // The sample's own events need no table here: its generated binding subscribes to them, which
    // registers their table and routes INVITE_CREATE. The catalogue's tables are always there.
    GatewayBot.Builder builder = GatewayBot.builder().intents(INTENTS);
    if (gateway != null) {
      step("embedded gateway listening on " + gateway.url() + ": " + BotHandlers.plural(DemoGateway.GUILDS.size(), "guild")
          + ", " + BotHandlers.plural(DemoGateway.MEMBERS, "member") + " in guild " + DemoGateway.BIG_GUILD);
      // No shard count: the bot asks the gateway's GET /gateway/bot, as it asks Discord's.
      GatewayBot bot = builder.token(EMBEDDED_TOKEN).apiUrl(gateway.apiUrl())
          .identifyInterval(Duration.ofMillis(100)).build();
      step("GET /gateway/bot recommends " + BotHandlers.plural(bot.shardCount(), "shard") + ", max_concurrency "
          + bot.maxConcurrency());
      return bot;
    }
    step("connecting to " + options.remoteUrl());
    return builder.token(options.token().orElseThrow()).shardCount(options.shards()).gatewayUrl(options.remoteUrl()).build();
  }

  /** Starts every shard and waits until each has printed READY and CONNECTED. */
  private boolean connect(GatewayBot bot) throws InterruptedException {
    step("starting " + BotHandlers.plural(options.shards(), "shard"));
    CountDownLatch connected = count(bot, SHARD_CONNECTED_EVENT);
    try {
      bot.start().get(CONNECT_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      err.println("could not connect: " + cause.getMessage());
      if (cause instanceof GatewayClosedException closed && closed.closeCode() == 4014) {
        err.println("the bot asked for the GUILD_MEMBERS and MESSAGE_CONTENT intents: enable \"Server Members"
            + " Intent\" and \"Message Content Intent\" for it in Discord's developer portal");
      }
      return false;
    } catch (TimeoutException e) {
      err.println("no READY within " + CONNECT_TIMEOUT.toSeconds() + " s");
      return false;
    }
    return await(connected, CONNECT_TIMEOUT, "CONNECTED");
  }

  /** Cuts every connection: the shards reconnect and resume, and the gateway replays what they missed. */
  private void showResume(GatewayBot bot, EmbeddedGateway gateway) throws InterruptedException {
    step(options.shards() == 1 ? "dropping the connection: the shard will resume its session"
        : "dropping every connection: each shard will resume its session");
    CountDownLatch disconnected = count(bot, SHARD_DISCONNECTED_EVENT);
    CountDownLatch connected = count(bot, SHARD_CONNECTED_EVENT);
    gateway.dropConnections();
    if (await(disconnected, CONNECT_TIMEOUT, "DISCONNECTED")) {
      step("sending INVITE_CREATE while the shard is away: RESUME replays it");
      gateway.dispatch("INVITE_CREATE", DemoDispatches.inviteCreate(DemoGateway.BIG_GUILD));
    }
    await(connected, CONNECT_TIMEOUT, "CONNECTED");
  }

  /**
   * Sends a MESSAGE_CREATE and an INTERACTION_CREATE: no code of the sample declares them, the
   * runtime's catalogue decodes them. Waits until both raw payloads have been printed too.
   */
  private void showCatalogue(GatewayBot bot, EmbeddedGateway gateway) throws InterruptedException {
    step("sending a MESSAGE_CREATE and an INTERACTION_CREATE: the runtime's catalogue decodes them");
    CountDownLatch printed = new CountDownLatch(2);
    Subscription payloads = bot.events().subscribe(SHARD_PAYLOAD_EVENT, payload -> {
      if (payload.name().equals("MESSAGE_CREATE") || payload.name().equals("INTERACTION_CREATE")) {
        printed.countDown();
      }
    });
    gateway.dispatch("MESSAGE_CREATE", DemoDispatches.messageCreate(DemoGateway.BIG_GUILD));
    gateway.dispatch("INTERACTION_CREATE", DemoDispatches.interactionCreate(DemoGateway.BIG_GUILD));
    await(printed, CONNECT_TIMEOUT, "shown MESSAGE_CREATE and INTERACTION_CREATE");
    payloads.unsubscribe();
  }

  /** Requests every member of {@code guild}, waits for the last chunk, then dispatches {@link DemoFinishedEvent}. */
  private boolean fetchMembers(GatewayBot bot, Snowflake guild) throws InterruptedException {
    step("requesting every member of guild " + guild);
    // The payload of the last chunk is printed after its typed event: wait for it, so the output stays in order.
    CompletableFuture<?> lastPayload = bot.events().waitFor(SHARD_PAYLOAD_EVENT, MEMBERS_TIMEOUT.plusSeconds(5),
        payload -> payload.name().equals("GUILD_MEMBERS_CHUNK")
            && NONCE.equals(payload.payload().path("nonce").asString(""))
            && payload.payload().path("chunk_index").asInt() == payload.payload().path("chunk_count").asInt() - 1);
    long requested = System.nanoTime();
    List<MemberChunkEvent> chunks;
    try {
      chunks = bot.requestGuildMembers(MemberRequest.all(guild).withNonce(NONCE), MEMBERS_TIMEOUT)
          .get(MEMBERS_TIMEOUT.toSeconds() + 5, TimeUnit.SECONDS);
      lastPayload.get(CLOSE_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      lastPayload.cancel(false);
      err.println("the member list of guild " + guild + " did not arrive: " + (e.getCause() != null ? e.getCause() : e));
      return false;
    }
    long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - requested);
    // The sample's own event, built with its generated builder and dispatched on this thread.
    bot.events().dispatch(ImmutableDemoFinishedEvent.builder()
        .app(bot)
        .guildId(guild)
        .memberCount(chunks.stream().mapToInt(MemberChunkEvent::size).sum())
        .chunkCount(chunks.size())
        .elapsedMillis(elapsedMillis)
        .build())
        .join();
    return true;
  }

  /**
   * Runs until Ctrl-C (a shutdown hook closes the bot) or until the gateway closes the bot for
   * good.
   *
   * @return 0 after Ctrl-C, 1 when the gateway closed the bot
   */
  private int stay(GatewayBot bot, EmbeddedGateway gateway) {
    step("running until Ctrl-C");
    Thread hook = new Thread(() -> {
      bot.close();
      if (gateway != null) {
        gateway.close();
      }
    }, "sample-bot-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      bot.closed().join();
      return 0;
    } catch (CompletionException e) {
      err.println("the gateway closed the bot: " + e.getCause().getMessage());
      return 1;
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // Ctrl-C: the hook is running.
      }
    }
  }

  /** Closes the bot and waits (briefly) until every shard has printed DISCONNECTED. */
  private void close(GatewayBot bot) throws InterruptedException {
    CountDownLatch disconnected = count(bot, SHARD_DISCONNECTED_EVENT);
    bot.close();
    await(disconnected, CLOSE_TIMEOUT, "DISCONNECTED");
  }

  /**
   * A latch released by one event of {@code type} per shard. Subscribed after the handlers, so
   * once it is released the handlers have printed those events.
   */
  private CountDownLatch count(GatewayBot bot, EventType<? extends Event> type) {
    CountDownLatch latch = new CountDownLatch(options.shards());
    AtomicReference<Subscription> subscription = new AtomicReference<>();
    subscription.set(bot.events().subscribe(type, event -> {
      latch.countDown();
      if (latch.getCount() == 0) {
        subscription.get().unsubscribe();
      }
    }));
    return latch;
  }

  private boolean await(CountDownLatch latch, Duration timeout, String what) throws InterruptedException {
    if (latch.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      return true;
    }
    err.println("not every shard was " + what + " within " + timeout.toSeconds() + " s");
    return false;
  }

  private void step(String text) {
    out.println("--- " + text);
  }
}

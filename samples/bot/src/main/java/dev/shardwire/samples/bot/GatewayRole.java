package dev.shardwire.samples.bot;

import dev.shardwire.GatewayBot;
import dev.shardwire.redis.RedisDispatchPublisher;
import dev.shardwire.redis.RedisIdentifyGate;
import dev.shardwire.redis.RedisSessionStore;
import dev.shardwire.testing.EmbeddedGateway;
import io.lettuce.core.RedisClient;
import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * {@code --role gateway}: runs the shards and publishes every dispatch they receive to Redis, for
 * {@link WorkerRole} processes to handle. Identifies through Redis (one IDENTIFY per bucket across
 * every gateway process of the bot) and keeps its sessions there, so a restarted process resumes.
 * Given no gateway, it starts an embedded one and has it send a message, an interaction and an
 * invite every {@link #TRAFFIC_INTERVAL}, so that the workers have something to show.
 */
final class GatewayRole {

  /** How often the embedded gateway sends the demo's traffic. */
  static final Duration TRAFFIC_INTERVAL = Duration.ofSeconds(2);

  private final Options options;
  private final PrintStream out;
  private final PrintStream err;

  GatewayRole(Options options, PrintStream out, PrintStream err) {
    this.options = options;
    this.out = out;
    this.err = err;
  }

  /**
   * Runs until {@code stop} completes or the gateway closes the bot for good.
   *
   * @return 0 when stopped, 1 when the bot could not connect or was closed by the gateway
   */
  int run(CompletableFuture<Void> stop) {
    RedisClient redis = RedisClient.create(options.redisUrl().orElseThrow());
    EmbeddedGateway gateway = options.embedded() ? DemoGateway.start(options.shards()) : null;
    ScheduledExecutorService traffic = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "sample-traffic"));
    try (RedisDispatchPublisher publisher = RedisDispatchPublisher.builder(redis, options.botKey()).build();
        GatewayBot bot = newBot(redis, publisher, gateway)) {
      bot.start().join();
      out.println("gateway role: " + BotHandlers.plural(options.shards(), "shard") + " connected, publishing to "
          + publisher.streams() + "; running until Ctrl-C");
      if (gateway != null) {
        traffic.scheduleAtFixedRate(() -> send(gateway), 0, TRAFFIC_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
      }
      CompletableFuture.anyOf(stop, bot.closed()).join();
      out.println("gateway role: stopping, " + publisher.published() + " dispatches published");
      return 0;
    } catch (CompletionException e) {
      err.println("gateway role: " + e.getCause().getMessage());
      return 1;
    } finally {
      traffic.shutdownNow();
      if (gateway != null) {
        gateway.close();
      }
      redis.shutdown();
    }
  }

  private GatewayBot newBot(RedisClient redis, RedisDispatchPublisher publisher, EmbeddedGateway gateway) {
    // The embedded gateway has no identify rate limit: a short interval keeps the start quick. Against
    // Discord, one IDENTIFY per five seconds (max_concurrency 1) is what every bot may use.
    RedisIdentifyGate gate = gateway != null
        ? new RedisIdentifyGate(redis.connect(), options.botKey(), 1, Duration.ofMillis(100), Duration.ofMillis(50))
        : new RedisIdentifyGate(redis.connect(), options.botKey(), 1);
    GatewayBot.Builder builder = GatewayBot.builder()
        .intents(Demo.INTENTS)
        .shardCount(options.shards())
        .identifyGate(gate)
        .sessionStore(new RedisSessionStore(redis.connect(), options.botKey()))
        .dispatchPublisher(publisher);
    return gateway != null
        ? builder.token(Demo.EMBEDDED_TOKEN).gatewayUrl(gateway.url()).build()
        : builder.token(options.token().orElseThrow()).gatewayUrl(options.remoteUrl()).build();
  }

  /** One round of the demo's traffic, to the shard of the big guild. */
  private static void send(EmbeddedGateway gateway) {
    gateway.dispatch("MESSAGE_CREATE", DemoDispatches.messageCreate(DemoGateway.BIG_GUILD));
    gateway.dispatch("INTERACTION_CREATE", DemoDispatches.interactionCreate(DemoGateway.BIG_GUILD));
    gateway.dispatch("INVITE_CREATE", DemoDispatches.inviteCreate(DemoGateway.BIG_GUILD));
  }
}

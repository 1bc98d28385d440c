package dev.shardwire.redis;

import dev.shardwire.GatewayBot;
import dev.shardwire.events.ShardwireEventTable;
import dev.shardwire.models.Intents;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A gateway process for the multi-process tests, run in its own JVM by {@link ChildJvm}: a bot
 * running some shards of a bot against an embedded gateway, with the Redis identify gate and
 * session store and dispatch publisher or without them. It prints {@code READY <shard>} when its shards are ready and
 * {@code GOT <shard> TYPING_START <user id>} for each TYPING_START, and runs
 * until it is killed.
 *
 * <p>Arguments: gateway URL, Redis port (0: no Redis), bot key, shard count, max_concurrency,
 * identify interval in ms, {@code gate} or {@code nogate}, {@code store} or {@code nostore}, then
 * the shard ids.
 */
public final class GatewayProcessMain {

  private GatewayProcessMain() {}

  public static void main(String[] args) throws Exception {
    String gatewayUrl = args[0];
    int redisPort = Integer.parseInt(args[1]);
    String botKey = args[2];
    int shardCount = Integer.parseInt(args[3]);
    int maxConcurrency = Integer.parseInt(args[4]);
    Duration interval = Duration.ofMillis(Long.parseLong(args[5]));
    boolean gate = args[6].equals("gate");
    boolean store = args[7].equals("store");
    int[] shardIds = Arrays.stream(args, 8, args.length).mapToInt(Integer::parseInt).toArray();

    GatewayBot.Builder builder = GatewayBot.builder()
        .token("test-token")
        .intents(Intents.of(Intents.GUILDS, Intents.DIRECT_MESSAGE_TYPING))
        .gatewayUrl(gatewayUrl)
        .compress(false)
        .shardCount(shardCount)
        .shardIds(shardIds)
        .maxConcurrency(maxConcurrency)
        .identifyInterval(interval);
    if (gate || store) {
      StatefulRedisConnection<String, String> redis =
          RedisClient.create(RedisURI.create("127.0.0.1", redisPort)).connect();
      if (gate) {
        builder.identifyGate(new RedisIdentifyGate(redis, botKey, maxConcurrency, interval, interval.dividedBy(2)));
      }
      if (store) {
        // The whole gateway role: sessions kept in Redis, and every dispatch published for workers.
        builder.sessionStore(new RedisSessionStore(redis, botKey));
        builder.dispatchPublisher(RedisDispatchPublisher.builder(
            RedisClient.create(RedisURI.create("127.0.0.1", redisPort)), botKey).build());
      }
    }
    GatewayBot bot = builder.build();
    bot.events().subscribe(ShardwireEventTable.SHARD_PAYLOAD_EVENT, event -> {
      if (event.name().equals("TYPING_START")) {
        System.out.println("GOT " + event.shard().id() + " TYPING_START " + event.payload().path("user_id").asString(""));
      }
    });
    bot.events().subscribe(ShardwireEventTable.SHARD_READY_EVENT, event -> System.out.println("READY " + event.shard().id()));
    bot.events().subscribe(ShardwireEventTable.SHARD_RESUMED_EVENT, event -> System.out.println("RESUMED " + event.shard().id()));
    bot.start().get(120, TimeUnit.SECONDS);
    System.out.println("STARTED");
    new CountDownLatch(1).await(); // until killed
  }
}

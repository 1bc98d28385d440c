package dev.shardwire.redis;

import dev.shardwire.events.typing.ShardwireEventTable;
import dev.shardwire.models.Intents;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.async.RedisAsyncCommands;
import java.time.Duration;

/**
 * A worker process for {@link WorkerCrashTest}: a {@link RedisDispatchWorker} whose TYPING_START
 * listener records each event it handles in Redis, {@code HINCRBY <handled> <shard>:<seq> 1}, and
 * completes (so the entry is acknowledged) only once Redis has recorded it.
 *
 * <p>Arguments: the Redis port, the bot key, the consumer name, the claim idle time in ms. Prints
 * {@code ready <consumer>} once reading.
 */
public final class RecordingWorkerMain {

  private RecordingWorkerMain() {}

  /** The hash the handled dispatches are counted in. */
  static String handledKey(String botKey) {
    return "test:" + botKey + ":handled";
  }

  public static void main(String[] args) throws Exception {
    String url = "redis://127.0.0.1:" + args[0];
    String botKey = args[1];
    String consumer = args[2];
    RedisClient client = RedisClient.create(url);
    RedisAsyncCommands<String, String> record = client.connect().async();
    String handled = handledKey(botKey);
    RedisDispatchWorker worker =
        RedisDispatchWorker.builder()
            .redis(client)
            .botKey(botKey)
            .shardCount(4)
            .consumer(consumer)
            .intents(Intents.of(Intents.GUILD_MESSAGE_TYPING))
            .claimIdle(Duration.ofMillis(Long.parseLong(args[3])))
            .blockTimeout(Duration.ofMillis(200))
            .maxInFlight(200)
            .build();
    worker.events().subscribeAsync(ShardwireEventTable.TYPING_START_EVENT,
        event -> record.hincrby(handled, event.shard().id() + ":" + event.sequence().orElseThrow(), 1));
    worker.start().get();
    System.out.println("ready " + consumer);
    // The worker's reading thread keeps this process alive until it is killed.
  }
}

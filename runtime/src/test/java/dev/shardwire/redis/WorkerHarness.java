package dev.shardwire.redis;

import dev.shardwire.models.Intents;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;

/**
 * What the tests of workers in this JVM share: each test's own bot key and its TYPING_START
 * stream on the test class's Redis ({@link #redis()}), and its workers closed after it.
 */
abstract class WorkerHarness {

  /** Generous: workers and Redis share a loaded machine with the rest of the build. */
  static final Duration WAIT = Duration.ofSeconds(60);

  final List<RedisDispatchWorker> workers = new ArrayList<>();
  RedisCommands<String, String> sync;
  Dispatches dispatches;
  String botKey;
  /** The stream of TYPING_START, the event the tests publish. */
  String stream;

  /** The test class's Redis: its {@code @RegisterExtension static final LocalRedis}. */
  abstract LocalRedis redis();

  @BeforeEach
  void streamsOfTheTest(TestInfo test) {
    botKey = test.getTestMethod().orElseThrow().getName();
    sync = redis().connect().sync();
    dispatches = new Dispatches(redis().connect(), botKey);
    stream = dispatches.streams().keyOf("TYPING_START");
  }

  @AfterEach
  void closeWorkers() {
    workers.forEach(RedisDispatchWorker::close);
  }

  /** A worker of the test's bot, of eight shards, listening to TYPING_START, reading in 200 ms blocks. */
  RedisDispatchWorker.Builder builder() {
    return RedisDispatchWorker.builder()
        .redis("redis://127.0.0.1:" + redis().port())
        .botKey(botKey)
        .shardCount(8)
        .intents(Intents.of(Intents.GUILD_MESSAGE_TYPING))
        .blockTimeout(Duration.ofMillis(200));
  }

  /** Builds the worker, closed after the test. */
  RedisDispatchWorker worker(RedisDispatchWorker.Builder builder) {
    RedisDispatchWorker worker = builder.build();
    workers.add(worker);
    return worker;
  }
}

package dev.shardwire.redis;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shardwire.dispatch.LogCapture;
import dev.shardwire.events.typing.ShardwireEventTable;
import dev.shardwire.models.Intents;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A Redis that asks for a password: the worker takes it in its URI and reads; given a wrong one,
 * or none, it keeps trying (the password may be fixed on the server's side) and its WARN line says
 * what Redis answered, where it used to say only that it could not connect, as if Redis were down.
 */
class WorkerPasswordTest {

  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final String PASSWORD = "s3cret";

  @RegisterExtension
  static final LocalRedis redis = LocalRedis.perClass();

  /** Authenticated before the password is set: a connection stays so once it is. */
  private RedisCommands<String, String> admin;

  @BeforeEach
  void askForAPassword() {
    admin = redis.connect().sync();
    admin.configSet("requirepass", PASSWORD);
  }

  @AfterEach
  void noPasswordAgain() {
    admin.configSet("requirepass", "");
  }

  @Test
  void aWorkerGivenThePasswordInItsUriReads() throws Exception {
    List<Long> handled = new CopyOnWriteArrayList<>();
    try (RedisDispatchWorker worker = worker("redis://:" + PASSWORD + "@127.0.0.1:" + redis.port(), "with-password")) {
      worker.events().subscribe(ShardwireEventTable.TYPING_START_EVENT, event -> handled.add(event.sequence().orElseThrow()));
      worker.start().get(WAIT.toSeconds(), TimeUnit.SECONDS);
      admin.xadd(DispatchStreams.of("with-password").keyOf("TYPING_START"),
          java.util.Map.of("shard", "0", "seq", "1", "d", Dispatches.typing(1)));
      await().atMost(WAIT).until(() -> handled.equals(List.of(1L)) && worker.acknowledged() == 1);
    }
  }

  @Test
  void aWrongPasswordIsNamedInTheWarning() throws Exception {
    refusedWith("redis://:wrong@127.0.0.1:" + redis.port(), "WRONGPASS");
  }

  @Test
  void aMissingPasswordIsNamedInTheWarning() throws Exception {
    refusedWith("redis://127.0.0.1:" + redis.port(), "NOAUTH");
  }

  private void refusedWith(String uri, String code) throws Exception {
    try (LogCapture log = new LogCapture(); RedisDispatchWorker worker = worker(uri, "refused-" + code)) {
      worker.events().subscribe(ShardwireEventTable.TYPING_START_EVENT, event -> { });
      worker.start();
      // Lettuce may report a try's failure as the connection's close before Redis's answer reaches
      // it ("Connection closed prematurely"): that try is warned about with that reason, and the
      // next ones, which see the answer, with it.
      await().atMost(WAIT).until(() -> warnings(log).stream().anyMatch(line -> line.contains(code)));
      // It keeps trying (every 100 ms here), quietly: one WARN line for one reason.
      long connections = connectionsReceived();
      await().atMost(WAIT).until(() -> connectionsReceived() >= connections + 5);
      assertEquals(1, warnings(log).stream().filter(line -> line.contains(code)).count(), log.text());
    }
  }

  /** The worker's WARN lines about connecting. */
  private static List<String> warnings(LogCapture log) {
    return log.text().lines().filter(line -> line.contains("WARN") && line.contains("cannot connect to Redis")).toList();
  }

  /** How many connections Redis has accepted since it started (INFO stats). */
  private long connectionsReceived() {
    return admin.info("stats").lines().filter(line -> line.startsWith("total_connections_received:"))
        .mapToLong(line -> Long.parseLong(line.substring(line.indexOf(':') + 1).strip())).findFirst().orElseThrow();
  }

  private static RedisDispatchWorker worker(String uri, String botKey) {
    return RedisDispatchWorker.builder()
        .redis(uri)
        .botKey(botKey)
        .shardCount(1)
        .intents(Intents.of(Intents.GUILD_MESSAGE_TYPING))
        .blockTimeout(Duration.ofMillis(100))
        .build();
  }
}

package dev.shardwire.redis;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shardwire.dispatch.LogCapture;
import dev.shardwire.gateway.StoredSession;
import io.lettuce.core.ClientListArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Redis session store against a real redis-server: round trip, key layout, expiry, clear. */
class RedisSessionStoreTest {

  private static final Duration WAIT = Duration.ofSeconds(30);

  @RegisterExtension
  static final LocalRedis redis = LocalRedis.perClass();

  @Test
  void aSavedSessionLoadsBackFromItsKeyWithTheBoundAsExpiry() {
    RedisSessionStore store = new RedisSessionStore(redis.connect(), "roundtrip");
    Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    store.save(3, 8, new StoredSession("abc123", 42, "ws://127.0.0.1:1", at));
    RedisCommands<String, String> sync = redis.connect().sync();
    await().atMost(Duration.ofSeconds(10)).until(() -> sync.exists("shardwire:session:roundtrip:3") == 1);
    assertEquals("42", sync.hget("shardwire:session:roundtrip:3", "seq"));
    long ttl = sync.pttl("shardwire:session:roundtrip:3");
    assertTrue(ttl > 0 && ttl <= store.maxAge().toMillis(), "expiry " + ttl + " ms");
    assertEquals(new StoredSession("abc123", 42, "ws://127.0.0.1:1", at), store.load(3, 8).orElseThrow());
    assertTrue(store.load(3, 16).isEmpty(), "a session of another shard count is not this shard's");
    assertTrue(store.load(4, 8).isEmpty());
  }

  @Test
  void aClearedSessionIsGoneAndAnExpiredOneToo() {
    RedisSessionStore store = new RedisSessionStore(redis.connect(), "clear");
    store.save(0, 1, new StoredSession("s", 1, "", Instant.now()));
    await().atMost(Duration.ofSeconds(10)).until(() -> store.load(0, 1).isPresent());
    store.clear(0, 1);
    await().atMost(Duration.ofSeconds(10)).until(() -> store.load(0, 1).isEmpty());

    RedisSessionStore shortLived = new RedisSessionStore(redis.connect(), "expiry", Duration.ofMillis(300));
    shortLived.save(0, 1, new StoredSession("s", 1, "", Instant.now()));
    await().atMost(Duration.ofSeconds(10)).until(() -> shortLived.load(0, 1).isEmpty()); // Redis expired it
  }

  @Test
  void theLastSaveWins() {
    RedisSessionStore store = new RedisSessionStore(redis.connect(), "order");
    for (int seq = 1; seq <= 200; seq++) {
      store.save(0, 1, new StoredSession("s", seq, "", Instant.now()));
    }
    await().atMost(Duration.ofSeconds(10)).until(() -> store.load(0, 1).map(StoredSession::sequence).orElse(0L) == 200L);
  }

  @Test
  void aRestartedProcessTakesTheSessionsOverQuietly() {
    try (LogCapture log = new LogCapture()) {
      StatefulRedisConnection<String, String> oldConnection = redis.connect();
      RedisSessionStore old = new RedisSessionStore(oldConnection, "takeover");
      old.load(0, 1); // as in the test below: the store knows its client id before it saves
      for (int seq = 1; seq <= 2; seq++) {
        old.save(0, 1, new StoredSession("s", seq, "", Instant.now()));
      }
      await().atMost(WAIT).until(() -> old.load(0, 1).map(StoredSession::sequence).orElse(0L) == 2L);
      // The old process dies: its connection goes with it.
      long oldClient = oldConnection.sync().clientId();
      oldConnection.close();
      RedisCommands<String, String> sync = redis.connect().sync();
      await().atMost(WAIT).until(() -> sync.clientList(ClientListArgs.Builder.ids(oldClient)).isBlank());

      RedisSessionStore restarted = new RedisSessionStore(redis.connect(), "takeover");
      for (int seq = 3; seq <= 5; seq++) {
        restarted.save(0, 1, new StoredSession("s", seq, "", Instant.now()));
      }
      await().atMost(WAIT).until(() -> restarted.load(0, 1).map(StoredSession::sequence).orElse(0L) == 5L);
      // The last save's answer, and the check it may start, are handled before the answers to
      // the commands sent after them on the same connection.
      restarted.load(0, 1);
      restarted.load(0, 1);
      assertTrue(!log.text().contains("two processes run shard"), log.text());
    }
  }

  @Test
  void twoLiveProcessesSavingOneShardAreWarnedAboutOnceEach() {
    String warning = "two processes run shard 0";
    try (LogCapture log = new LogCapture()) {
      RedisSessionStore first = new RedisSessionStore(redis.connect(), "twice");
      RedisSessionStore second = new RedisSessionStore(redis.connect(), "twice");
      for (int seq = 1; seq <= 3; seq++) {
        first.save(0, 1, new StoredSession("a", seq, "", Instant.now()));
        await().atMost(WAIT).until(() -> first.load(0, 1).map(StoredSession::sessionId).orElse("").equals("a"));
        second.save(0, 1, new StoredSession("b", seq, "", Instant.now()));
        await().atMost(WAIT).until(() -> first.load(0, 1).map(StoredSession::sessionId).orElse("").equals("b"));
      }
      await().atMost(WAIT).until(() -> log.text().lines().filter(line -> line.contains(warning)).count() == 2);
      assertTrue(log.text().contains("shardwire:session:twice:0"), log.text());
    }
  }

  @Test
  void aSessionTakenOverFromAProcessStillConnectedIsWarnedAbout() {
    // The second process resumed the first's stored session; the first, left without dispatches,
    // saves no more.
    try (LogCapture log = new LogCapture()) {
      RedisSessionStore first = new RedisSessionStore(redis.connect(), "resumed");
      // A shard saves after READY, long after its store learnt its connection's client id; here a
      // round trip on the store's connection stands for that wait (the connection answers in order).
      first.load(0, 1);
      for (int seq = 1; seq <= 2; seq++) {
        first.save(0, 1, new StoredSession("a", seq, "", Instant.now()));
      }
      await().atMost(WAIT).until(() -> first.load(0, 1).map(StoredSession::sequence).orElse(0L) == 2L);
      RedisSessionStore second = new RedisSessionStore(redis.connect(), "resumed");
      second.save(0, 1, new StoredSession("a", 3, "", Instant.now()));
      await().atMost(WAIT).until(() -> log.text().contains("taken over from another gateway process"));
      assertTrue(log.text().contains("two processes run shard 0"), log.text());
    }
  }
}

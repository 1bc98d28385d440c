package dev.shardwire;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shardwire.events.ShardwireEventTable;
import dev.shardwire.gateway.SessionStore;
import dev.shardwire.gateway.StoredSession;
import dev.shardwire.models.Intents;
import dev.shardwire.testing.EmbeddedGateway;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A bot whose process ends without closing its session, replaced by a new bot with the same
 * session store, RESUMEs the session: no second IDENTIFY, and what was sent after the last save is
 * replayed. A stale stored session is not resumed.
 */
class SessionStoreTest {

  private final EmbeddedGateway gateway = EmbeddedGateway.builder().heartbeatInterval(Duration.ofSeconds(30)).start();
  private final List<GatewayBot> bots = new CopyOnWriteArrayList<>();

  @AfterEach
  void stop() {
    bots.forEach(GatewayBot::close);
    gateway.close();
  }

  private GatewayBot bot(SessionStore store, List<Integer> heard) {
    GatewayBot bot = GatewayBot.builder()
        .token("test-token")
        .intents(Intents.GUILDS)
        .gatewayUrl(gateway.url())
        .sessionStore(store)
        // Saves at READY only: a replacement resumes from READY's sequence and hears everything again.
        .shardOptions(shard -> shard.sessionSaveInterval(Duration.ofHours(1)))
        .build();
    bot.events().subscribe(ShardwireEventTable.SHARD_PAYLOAD_EVENT, e -> {
      if (e.name().equals("TEST_EVENT")) {
        heard.add(e.payload().path("n").asInt());
      }
    });
    bots.add(bot);
    return bot;
  }

  @Test
  void aReplacementBotResumesTheStoredSessionAndHearsWhatCameAfterTheLastSave() throws Exception {
    SessionStore store = SessionStore.inMemory();
    List<Integer> first = new CopyOnWriteArrayList<>();
    bot(store, first).start().get(10, TimeUnit.SECONDS);
    StoredSession stored = store.load(0, 1).orElseThrow();
    assertEquals(gateway.sessionIds().get(0), stored.sessionId());
    assertEquals(1, stored.sequence(), "READY's sequence");
    assertEquals(gateway.url(), stored.resumeUrl());
    for (int n = 1; n <= 3; n++) {
      gateway.dispatch("TEST_EVENT", "{\"n\":" + n + "}");
    }
    await().atMost(Duration.ofSeconds(10)).until(() -> first.size() == 3);

    // The first bot's process "ends" without closing: a new one with the same store takes over.
    List<Integer> second = new CopyOnWriteArrayList<>();
    bot(store, second).start().get(10, TimeUnit.SECONDS);
    assertEquals(1, gateway.identifyCount(), "the replacement resumed instead of identifying");
    assertEquals(1, gateway.resumeCount());
    await().atMost(Duration.ofSeconds(10)).until(() -> second.equals(List.of(1, 2, 3)));
    gateway.dispatch("TEST_EVENT", "{\"n\":4}");
    await().atMost(Duration.ofSeconds(10)).until(() -> second.equals(List.of(1, 2, 3, 4)));
    assertEquals(List.of(1, 2, 3), first, "the session moved: the first bot hears nothing more");
  }

  @Test
  void aStaleStoredSessionIsNotResumed() throws Exception {
    SessionStore store = SessionStore.inMemory(Duration.ofNanos(1));
    bot(store, new CopyOnWriteArrayList<>()).start().get(10, TimeUnit.SECONDS);
    assertTrue(store.load(0, 1).isPresent());
    bot(store, new CopyOnWriteArrayList<>()).start().get(10, TimeUnit.SECONDS);
    assertEquals(2, gateway.identifyCount());
    assertEquals(0, gateway.resumeCount());
  }

  @Test
  void aSessionTheGatewayNoLongerKnowsIsClearedAndTheShardIdentifies() throws Exception {
    SessionStore store = SessionStore.inMemory();
    store.save(0, 1, new StoredSession("unknown-session", 5, gateway.url(), java.time.Instant.now()));
    bot(store, new CopyOnWriteArrayList<>()).start().get(20, TimeUnit.SECONDS);
    assertEquals(1, gateway.resumeCount(), "it tried the stored session first");
    assertEquals(1, gateway.identifyCount());
    assertEquals(gateway.sessionIds().get(0), store.load(0, 1).orElseThrow().sessionId(), "the new session is stored");
  }

  @Test
  void closingTheBotEndsAndClearsItsSession() throws Exception {
    SessionStore store = SessionStore.inMemory();
    GatewayBot bot = bot(store, new CopyOnWriteArrayList<>());
    bot.start().get(10, TimeUnit.SECONDS);
    assertTrue(store.load(0, 1).isPresent());
    bot.close();
    await().atMost(Duration.ofSeconds(10)).until(() -> store.load(0, 1).isEmpty());
  }
}

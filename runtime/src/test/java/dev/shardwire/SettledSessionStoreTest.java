package dev.shardwire;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shardwire.events.ShardwireEventTable;
import dev.shardwire.gateway.GatewayDispatch;
import dev.shardwire.gateway.GatewayShard;
import dev.shardwire.gateway.SessionStore;
import dev.shardwire.models.Intents;
import dev.shardwire.testing.EmbeddedGateway;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A gateway-role bot saves its session no further than its publisher has settled: a process killed
 * while dispatches still wait in its publisher resumes before them and receives them again.
 */
class SettledSessionStoreTest {

  private final EmbeddedGateway gateway = EmbeddedGateway.builder().heartbeatInterval(Duration.ofSeconds(30)).start();
  private final List<GatewayBot> bots = new CopyOnWriteArrayList<>();

  @AfterEach
  void stop() {
    bots.forEach(GatewayBot::close);
    gateway.close();
  }

  /** A publisher that keeps what it is given and settles it only when told: a slow Redis, say. */
  private static final class HoldingPublisher implements DispatchPublisher {
    final List<Long> given = new CopyOnWriteArrayList<>();
    final AtomicLong settled = new AtomicLong();

    @Override
    public void attach(GatewayBot bot) {}

    @Override
    public boolean publishes(String name) {
      return !name.equals("READY") && !name.equals("RESUMED");
    }

    @Override
    public void publish(GatewayShard shard, GatewayDispatch dispatch) {
      given.add(dispatch.sequence());
    }

    @Override
    public long settled(int shardId) {
      return settled.get();
    }

    void settleAll() {
      settled.set(given.size());
    }

    @Override
    public void close() {}
  }

  private GatewayBot bot(SessionStore store, DispatchPublisher publisher, List<Integer> heard) {
    GatewayBot bot = GatewayBot.builder()
        .token("test-token")
        .intents(Intents.GUILDS)
        .gatewayUrl(gateway.url())
        .sessionStore(store)
        .dispatchPublisher(publisher)
        // Every dispatch asks for a save.
        .shardOptions(shard -> shard.sessionSaveInterval(Duration.ofNanos(1)))
        .build();
    bot.events().subscribe(ShardwireEventTable.SHARD_PAYLOAD_EVENT, e -> {
      if (e.name().equals("TEST_EVENT")) {
        heard.add(e.payload().path("n").asInt());
      }
    });
    bots.add(bot);
    return bot;
  }

  private void send(int n) {
    gateway.dispatch("TEST_EVENT", "{\"n\":" + n + "}");
  }

  @Test
  void theStoredSequenceWaitsForThePublisherAndARestartReceivesWhatItHadNotSettled() throws Exception {
    SessionStore store = SessionStore.inMemory();
    HoldingPublisher held = new HoldingPublisher();
    List<Integer> first = new CopyOnWriteArrayList<>();
    bot(store, held, first).start().get(10, TimeUnit.SECONDS);
    assertEquals(1, store.load(0, 1).orElseThrow().sequence(), "READY's save waits for nothing");

    send(1); // sequences 2, 3, 4
    send(2);
    send(3);
    await().atMost(Duration.ofSeconds(10)).until(() -> first.size() == 3);
    assertEquals(List.of(2L, 3L, 4L), held.given);
    assertEquals(1, store.load(0, 1).orElseThrow().sequence(), "nothing settled: the session stays at READY");

    held.settleAll();
    send(4); // sequence 5, not settled yet
    await().atMost(Duration.ofSeconds(10)).until(() -> first.size() == 4);
    assertEquals(4, store.load(0, 1).orElseThrow().sequence(), "up to the last settled dispatch");

    // The process "dies" with dispatch 4 still in its publisher: the replacement resumes before it.
    HoldingPublisher replacement = new HoldingPublisher();
    List<Integer> second = new CopyOnWriteArrayList<>();
    bot(store, replacement, second).start().get(10, TimeUnit.SECONDS);
    assertEquals(1, gateway.identifyCount(), "the replacement resumed");
    await().atMost(Duration.ofSeconds(10)).until(() -> second.equals(List.of(4)));
    assertEquals(List.of(5L), replacement.given, "the unsettled dispatch went to the publisher again");
  }
}

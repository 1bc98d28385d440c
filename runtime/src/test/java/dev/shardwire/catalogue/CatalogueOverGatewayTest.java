package dev.shardwire.catalogue;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.shardwire.GatewayBot;
import dev.shardwire.events.Event;
import dev.shardwire.events.MalformedPayloadEvent;
import dev.shardwire.events.ShardEvent;
import dev.shardwire.events.ShardwireEventTable;
import dev.shardwire.models.Intents;
import dev.shardwire.testing.EmbeddedGateway;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Every catalogue dispatch, sent by the embedded gateway over a real socket to a bot that listens
 * only to {@link Event} and registered no table: each arrives as the typed event of its dispatch
 * name, none as a {@link MalformedPayloadEvent}. Captured Discord payloads are played the same way.
 */
class CatalogueOverGatewayTest {

  static Map<String, String> dispatches() {
    Map<String, String> all = new LinkedHashMap<>();
    all.put("GUILD_CREATE", CataloguePayloads.GUILD_CREATE);
    all.put("GUILD_UPDATE", CataloguePayloads.GUILD_UPDATE);
    all.put("GUILD_DELETE", CataloguePayloads.GUILD_DELETE_UNAVAILABLE);
    all.put("GUILD_ROLE_CREATE", CataloguePayloads.GUILD_ROLE_CREATE);
    all.put("GUILD_ROLE_UPDATE", CataloguePayloads.GUILD_ROLE_UPDATE);
    all.put("GUILD_ROLE_DELETE", CataloguePayloads.GUILD_ROLE_DELETE);
    all.put("GUILD_MEMBER_ADD", CataloguePayloads.GUILD_MEMBER_ADD);
    all.put("GUILD_MEMBER_UPDATE", CataloguePayloads.GUILD_MEMBER_UPDATE);
    all.put("GUILD_MEMBER_REMOVE", CataloguePayloads.GUILD_MEMBER_REMOVE);
    all.put("CHANNEL_CREATE", CataloguePayloads.CHANNEL_CREATE);
    all.put("CHANNEL_UPDATE", CataloguePayloads.CHANNEL_UPDATE);
    all.put("CHANNEL_DELETE", CataloguePayloads.CHANNEL_DELETE);
    all.put("THREAD_CREATE", CataloguePayloads.THREAD_CREATE);
    all.put("MESSAGE_CREATE", CataloguePayloads.MESSAGE_CREATE);
    all.put("MESSAGE_UPDATE", CataloguePayloads.MESSAGE_UPDATE);
    all.put("MESSAGE_DELETE", CataloguePayloads.MESSAGE_DELETE);
    all.put("MESSAGE_DELETE_BULK", CataloguePayloads.MESSAGE_DELETE_BULK);
    all.put("MESSAGE_REACTION_ADD", CataloguePayloads.MESSAGE_REACTION_ADD);
    all.put("MESSAGE_REACTION_REMOVE", CataloguePayloads.MESSAGE_REACTION_REMOVE);
    all.put("INTERACTION_CREATE", CataloguePayloads.INTERACTION_CREATE);
    all.put("PRESENCE_UPDATE", CataloguePayloads.PRESENCE_UPDATE);
    all.put("TYPING_START", CataloguePayloads.TYPING_START);
    all.put("VOICE_STATE_UPDATE", CataloguePayloads.VOICE_STATE_UPDATE);
    return all;
  }

  @Test
  void everyCatalogueDispatchArrivesTyped() throws Exception {
    Map<String, String> dispatches = dispatches();
    try (EmbeddedGateway gateway = EmbeddedGateway.builder().heartbeatInterval(Duration.ofSeconds(30)).start();
        GatewayBot bot = GatewayBot.builder().token("test-token").intents(Intents.of(0x3FFFFFFL)).gatewayUrl(gateway.url()).build()) {
      List<Event> received = new CopyOnWriteArrayList<>();
      bot.events().subscribe(ShardwireEventTable.EVENT, event -> {
        if (event instanceof MalformedPayloadEvent || (event instanceof ShardEvent && isDispatch(event))) {
          received.add(event);
        }
      });
      bot.start().get(10, TimeUnit.SECONDS);
      dispatches.forEach(gateway::dispatch);
      // A second component interaction and an unknown presence status, as real traffic has them.
      gateway.dispatch("INTERACTION_CREATE", CataloguePayloads.INTERACTION_COMPONENT);
      gateway.dispatch("PRESENCE_UPDATE", CataloguePayloads.PRESENCE_UPDATE.replace("dnd\",\"guild", "brand_new\",\"guild"));

      await().atMost(Duration.ofSeconds(20)).until(() -> received.size() == dispatches.size() + 2);
      assertFalse(received.stream().anyMatch(MalformedPayloadEvent.class::isInstance),
          () -> "malformed: " + received.stream().filter(MalformedPayloadEvent.class::isInstance).toList());
      List<String> names = received.stream().map(e -> e.eventType().gatewayName().orElseThrow()).toList();
      List<String> expected = new java.util.ArrayList<>(dispatches.keySet());
      expected.add("INTERACTION_CREATE");
      expected.add("PRESENCE_UPDATE");
      assertEquals(expected, names);
    }
  }

  private static boolean isDispatch(Event event) {
    String name = event.eventType().gatewayName().orElse("");
    return !name.isEmpty() && !name.equals("READY") && !name.equals("RESUMED");
  }
}

package dev.shardwire.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shardwire.models.Intents;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The embedded gateway sends a session only what its intents allow, after Discord's list: guild
 * and direct-message variants, either of two, the bot's own member, and names outside the list.
 */
class IntentFilteringTest {

  private static final String GUILD_MESSAGE = "{\"id\":\"1\",\"guild_id\":\"9\",\"channel_id\":\"2\",\"content\":\"hi\"}";
  private static final String DIRECT_MESSAGE = "{\"id\":\"1\",\"channel_id\":\"2\",\"content\":\"hi\"}";

  private final EmbeddedGateway gateway = EmbeddedGateway.builder().start();

  @AfterEach
  void stop() {
    gateway.close();
  }

  private RawClient identified(Intents intents) throws InterruptedException {
    RawClient client = new RawClient(gateway.url() + "/?v=10&encoding=json");
    assertTrue(client.connectBlocking(10, TimeUnit.SECONDS));
    client.next();
    client.identify(0, 1, intents.value());
    assertEquals("READY", client.next().path("t").asString());
    return client;
  }

  /** Sends {@code name}, then a marker every session gets: the client's next frame tells whether it got {@code name}. */
  private static boolean gets(EmbeddedGateway gateway, RawClient client, String name, String data) throws Exception {
    gateway.dispatch(name, data);
    gateway.dispatch("TEST_MARKER", "{}");
    String first = client.next().path("t").asString();
    if (first.equals("TEST_MARKER")) {
      return false;
    }
    assertEquals(name, first);
    assertEquals("TEST_MARKER", client.next().path("t").asString());
    return true;
  }

  @Test
  void guildAndDirectMessagesNeedTheirOwnIntent() throws Exception {
    RawClient guildOnly = identified(Intents.of(Intents.GUILDS, Intents.GUILD_MESSAGES));
    assertTrue(gets(gateway, guildOnly, "MESSAGE_CREATE", GUILD_MESSAGE));
    assertEquals(false, gets(gateway, guildOnly, "MESSAGE_CREATE", DIRECT_MESSAGE));
    assertEquals(false, gets(gateway, guildOnly, "TYPING_START", "{\"guild_id\":\"9\",\"channel_id\":\"2\"}"));
    guildOnly.closeBlocking();

    RawClient directOnly = identified(Intents.of(Intents.DIRECT_MESSAGES, Intents.DIRECT_MESSAGE_REACTIONS));
    assertEquals(false, gets(gateway, directOnly, "MESSAGE_CREATE", GUILD_MESSAGE));
    assertTrue(gets(gateway, directOnly, "MESSAGE_CREATE", DIRECT_MESSAGE));
    assertTrue(gets(gateway, directOnly, "MESSAGE_REACTION_ADD", "{\"user_id\":\"3\",\"message_id\":\"1\"}"));
    assertEquals(false, gets(gateway, directOnly, "MESSAGE_REACTION_ADD", "{\"guild_id\":\"9\",\"message_id\":\"1\"}"));
    directOnly.closeBlocking();
  }

  @Test
  void withoutAnIntentItsEventsAreNotSentAndWithItTheyAre() throws Exception {
    RawClient none = identified(Intents.NONE);
    assertEquals(false, gets(gateway, none, "PRESENCE_UPDATE", "{\"guild_id\":\"9\",\"user\":{\"id\":\"3\"}}"));
    assertEquals(false, gets(gateway, none, "GUILD_CREATE", "{\"id\":\"9\"}"));
    assertEquals(false, gets(gateway, none, "WEBHOOKS_UPDATE", "{\"guild_id\":\"9\",\"channel_id\":\"2\"}"));
    // Either GUILDS or GUILD_MEMBERS brings THREAD_MEMBERS_UPDATE; neither here.
    assertEquals(false, gets(gateway, none, "THREAD_MEMBERS_UPDATE", "{\"guild_id\":\"9\",\"id\":\"5\"}"));
    none.closeBlocking();

    RawClient all = identified(Intents.UNPRIVILEGED.union(Intents.PRIVILEGED));
    assertTrue(gets(gateway, all, "PRESENCE_UPDATE", "{\"guild_id\":\"9\",\"user\":{\"id\":\"3\"}}"));
    assertTrue(gets(gateway, all, "GUILD_CREATE", "{\"id\":\"9\"}"));
    assertTrue(gets(gateway, all, "WEBHOOKS_UPDATE", "{\"guild_id\":\"9\",\"channel_id\":\"2\"}"));
    all.closeBlocking();

    RawClient members = identified(Intents.GUILD_MEMBERS);
    assertTrue(gets(gateway, members, "THREAD_MEMBERS_UPDATE", "{\"guild_id\":\"9\",\"id\":\"5\"}"));
    members.closeBlocking();
  }

  @Test
  void eventsOutsideDiscordsListAndTheBotsOwnMemberUpdateAreAlwaysSent() throws Exception {
    RawClient none = identified(Intents.NONE);
    assertTrue(gets(gateway, none, "INTERACTION_CREATE", "{\"id\":\"1\",\"guild_id\":\"9\"}"));
    assertTrue(gets(gateway, none, "MY_OWN_TEST_EVENT", "{\"guild_id\":\"9\"}"));
    String self = "1000000000000001"; // the embedded gateway's default bot user
    assertTrue(gets(gateway, none, "GUILD_MEMBER_UPDATE", "{\"guild_id\":\"9\",\"user\":{\"id\":\"" + self + "\"}}"));
    assertEquals(false, gets(gateway, none, "GUILD_MEMBER_UPDATE", "{\"guild_id\":\"9\",\"user\":{\"id\":\"4\"}}"));
    none.closeBlocking();
  }

  @Test
  void dispatchManyFiltersAsDispatchDoes() throws Exception {
    RawClient none = identified(Intents.NONE);
    gateway.dispatchMany(3, "MESSAGE_CREATE", DIRECT_MESSAGE);
    gateway.dispatch("TEST_MARKER", "{}");
    assertEquals("TEST_MARKER", none.next().path("t").asString());
    none.closeBlocking();
  }
}

package dev.shardwire.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shardwire.models.Snowflake;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** RESUMED and GUILD_MEMBERS_CHUNK carry every field Discord's gateway docs list for them. */
class PayloadShapesTest {

  private static final Snowflake GUILD = Snowflake.of(1_000_000_000_000_003L);

  private final EmbeddedGateway gateway =
      EmbeddedGateway.builder().members(GUILD, EmbeddedMember.numbered(500, 3)).start();

  @AfterEach
  void stop() {
    gateway.close();
  }

  private RawClient hello() throws InterruptedException {
    RawClient client = new RawClient(gateway.url() + "/?v=10&encoding=json");
    assertTrue(client.connectBlocking(10, TimeUnit.SECONDS));
    assertEquals(10, client.next().path("op").asInt());
    return client;
  }

  @Test
  void memberChunkHasEveryDocumentedField() throws Exception {
    RawClient client = hello();
    client.identify(0, 1, 1 << 1);
    assertEquals("READY", client.next().path("t").asString());
    client.send("{\"op\":8,\"d\":{\"guild_id\":\"" + GUILD + "\",\"query\":\"\",\"limit\":0,\"presences\":true,"
        + "\"user_ids\":[\"500\",\"9\"],\"nonce\":\"n1\"}}");
    JsonNode chunk = client.next();
    assertEquals("GUILD_MEMBERS_CHUNK", chunk.path("t").asString());
    JsonNode d = chunk.path("d");
    for (String field : List.of("guild_id", "members", "chunk_index", "chunk_count", "not_found", "presences", "nonce")) {
      assertTrue(d.has(field), () -> field + " missing from " + d);
    }
    assertEquals("9", d.path("not_found").path(0).asString());
    JsonNode member = d.path("members").path(0);
    for (String field : List.of("user", "nick", "avatar", "banner", "roles", "joined_at", "premium_since", "deaf",
        "mute", "flags", "pending", "communication_disabled_until", "avatar_decoration_data")) {
      assertTrue(member.has(field), () -> field + " missing from " + member);
    }
    for (String field : List.of("id", "username", "discriminator", "global_name", "avatar", "bot", "public_flags")) {
      assertTrue(member.path("user").has(field), () -> "user." + field + " missing from " + member);
    }
    JsonNode presence = d.path("presences").path(0);
    for (String field : List.of("user", "guild_id", "status", "activities", "client_status")) {
      assertTrue(presence.has(field), () -> "presence " + field + " missing from " + presence);
    }
    client.closeBlocking();
  }

  @Test
  void resumedIsADispatchWithAnEmptyObject() throws Exception {
    RawClient first = hello();
    first.identify(0, 1, 1);
    String session = first.next().path("d").path("session_id").asString();
    first.closeConnection(4000, "going to resume");
    RawClient second = hello();
    second.send("{\"op\":6,\"d\":{\"token\":\"t\",\"session_id\":\"" + session + "\",\"seq\":1}}");
    JsonNode resumed = second.next();
    assertEquals(0, resumed.path("op").asInt());
    assertEquals("RESUMED", resumed.path("t").asString());
    assertTrue(resumed.has("s") && resumed.path("s").isNull(), resumed::toString);
    assertTrue(resumed.path("d").isObject() && resumed.path("d").isEmpty(), resumed::toString);
    second.closeBlocking();
  }
}

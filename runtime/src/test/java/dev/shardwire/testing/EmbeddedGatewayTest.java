package dev.shardwire.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The embedded gateway, driven by a bare WebSocket client. */
class EmbeddedGatewayTest {

  private final EmbeddedGateway gateway = EmbeddedGateway.builder().heartbeatInterval(Duration.ofMillis(1234)).start();

  private RawClient connect(String query) throws InterruptedException {
    RawClient client = new RawClient(gateway.url() + "/?" + query);
    assertTrue(client.connectBlocking(10, TimeUnit.SECONDS));
    return client;
  }

  @AfterEach
  void stop() {
    gateway.close();
  }

  @Test
  void helloIdentifyReadyHeartbeatAck() throws Exception {
    assertTrue(gateway.url().startsWith("ws://127.0.0.1:"));
    RawClient client = connect("v=10&encoding=json");
    JsonNode hello = client.next();
    assertEquals(10, hello.path("op").asInt());
    // As Discord: every frame has t and s, null outside dispatches.
    assertTrue(hello.has("t") && hello.path("t").isNull() && hello.has("s") && hello.path("s").isNull(), hello::toString);
    assertEquals(1234, hello.path("d").path("heartbeat_interval").asInt());

    client.send("{\"op\":2,\"d\":{\"token\":\"t\",\"intents\":1,\"shard\":[0,1],\"properties\":{}}}");
    JsonNode ready = client.next();
    assertEquals("READY", ready.path("t").asString());
    assertEquals(1, ready.path("s").asInt());
    assertEquals("session-1", ready.path("d").path("session_id").asString());
    assertEquals(gateway.url(), ready.path("d").path("resume_gateway_url").asString());

    assertTrue(ready.path("d").path("private_channels").isArray(), "READY carries private_channels as Discord's does");
    client.send("{\"op\":1,\"d\":1}");
    JsonNode ack = client.next();
    assertEquals(11, ack.path("op").asInt());
    assertTrue(ack.has("t") && ack.path("t").isNull() && ack.has("s") && ack.path("s").isNull(), ack::toString);
    assertEquals("t", gateway.lastIdentify().orElseThrow().path("token").asString());
    client.closeBlocking();
  }

  @Test
  void resumeOfAnUnknownSessionGetsOp9False() throws Exception {
    RawClient client = connect("v=10&encoding=json");
    client.next();
    client.send("{\"op\":6,\"d\":{\"token\":\"t\",\"session_id\":\"nope\",\"seq\":3}}");
    JsonNode answer = client.next();
    assertEquals(9, answer.path("op").asInt());
    assertEquals(false, answer.path("d").asBoolean(true));
    client.closeBlocking();
  }

  @Test
  void aGuildsDispatchGoesOnlyToTheShardThatOwnsTheGuild() throws Exception {
    RawClient shard0 = identified(0, 2);
    RawClient shard1 = identified(1, 2);
    long guild = (1L << 22) * 7; // (guild_id >> 22) % 2 == 1
    assertEquals(1, gateway.dispatch("TYPING_START", "{\"guild_id\":\"" + guild + "\",\"channel_id\":\"1\",\"user_id\":\"2\",\"timestamp\":1}"));
    JsonNode typing = shard1.next();
    assertEquals("TYPING_START", typing.path("t").asString());
    assertEquals(2, gateway.dispatch("PRESENCE_ANYWHERE", "{\"user\":{\"id\":\"2\"}}"), "no guild: every shard");
    assertEquals("PRESENCE_ANYWHERE", shard0.next().path("t").asString(), "shard 0 got no TYPING_START before it");
    assertEquals("PRESENCE_ANYWHERE", shard1.next().path("t").asString());
    shard0.closeBlocking();
    shard1.closeBlocking();
  }

  private RawClient identified(int shard, int count) throws InterruptedException {
    RawClient client = connect("v=10&encoding=json");
    client.next();
    client.send("{\"op\":2,\"d\":{\"token\":\"t\",\"intents\":" + ((1 << 0) | (1 << 11)) + ",\"shard\":[" + shard + "," + count + "],\"properties\":{}}}");
    assertEquals("READY", client.next().path("t").asString());
    return client;
  }

  @Test
  void rejectsBadDispatches() {
    assertThrows(IllegalArgumentException.class, () -> gateway.dispatch("lower", "{}"));
    assertThrows(IllegalArgumentException.class, () -> gateway.dispatch("OK", "{not json"));
  }

  @Test
  void recordsEachIdentifysShardBucketAndArrival() throws Exception {
    RawClient shard0 = identified(0, 2);
    RawClient shard1 = identified(1, 2);
    List<IdentifyRecord> identifies = gateway.identifies();
    assertEquals(2, identifies.size());
    assertEquals(0, identifies.get(0).shardId());
    assertEquals(1, identifies.get(1).shardId());
    assertEquals(2, identifies.get(1).shardCount());
    assertEquals(1, identifies.get(1).bucket(2));
    assertEquals(0, identifies.get(1).bucket(1));
    assertTrue(!identifies.get(1).arrivedAt().isBefore(identifies.get(0).arrivedAt()));
    // One bucket (max_concurrency 1) saw both; two buckets saw one each.
    assertEquals(identifies.get(1).since(identifies.get(0)), gateway.minIdentifySpacing(1).orElseThrow());
    assertTrue(gateway.minIdentifySpacing(2).isEmpty());
    shard0.closeBlocking();
    shard1.closeBlocking();
  }
}

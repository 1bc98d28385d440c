package dev.shardwire.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shardwire.events.MemberChunkEvent;
import dev.shardwire.events.MemberChunkEventDecoder;
import dev.shardwire.events.ShardReadyEvent;
import dev.shardwire.events.ShardReadyEventDecoder;
import dev.shardwire.events.ShardResumedEvent;
import dev.shardwire.events.ShardResumedEventDecoder;
import dev.shardwire.events.ShardwireEventTable;
import dev.shardwire.models.ApplicationFlags;
import dev.shardwire.models.Member;
import dev.shardwire.models.MemberPresence;
import dev.shardwire.models.OptionalNullable;
import dev.shardwire.models.OwnUser;
import dev.shardwire.models.Snowflake;
import dev.shardwire.models.Status;
import dev.shardwire.models.User;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The generated decoders of the built-in events, over payloads shaped like Discord's. */
class GeneratedDecodersTest {

  private static final Snowflake NELLY = Snowflake.parse("80351110224678912");
  private static final Snowflake MASON = Snowflake.parse("53908232506183680");
  private static final Snowflake GUILD = Snowflake.parse("41771983423143937");

  private static <T> T decode(String json, EventDecoder<T> decoder) {
    return GatewayJson.decode(json.getBytes(StandardCharsets.UTF_8), decoder, TestContexts.CONTEXT);
  }

  @Test
  void readyCarriesEveryField() {
    ShardReadyEvent ready = decode(Payloads.READY, ShardReadyEventDecoder.INSTANCE);
    assertSame(TestContexts.BOT, ready.app());
    assertSame(TestContexts.SHARD, ready.shard());
    assertEquals(10, ready.actualGatewayVersion());
    assertEquals("b3a0b7c2f6ef4b1c8c1a2b1c0f9e1a2b", ready.sessionId());
    assertEquals("wss://gateway-us-east1-b.discord.gg", ready.resumeGatewayUrl());
    assertEquals(
        List.of(Snowflake.parse("41771983423143937"), Snowflake.parse("41771983423143938")),
        List.copyOf(ready.unavailableGuilds()));
    assertEquals(Snowflake.parse("287704373499691009"), ready.applicationId());
    assertEquals(565248L, ready.applicationFlags().value());
    assertTrue(ready.applicationFlags().contains(ApplicationFlags.GATEWAY_GUILD_MEMBERS_LIMITED));
    assertTrue(ready.applicationFlags().contains(ApplicationFlags.GATEWAY_MESSAGE_CONTENT_LIMITED));
    assertTrue(ready.applicationFlags().contains(ApplicationFlags.GATEWAY_PRESENCE_LIMITED));
    assertSame(ShardwireEventTable.SHARD_READY_EVENT, ready.eventType());

    OwnUser me = ready.myUser();
    assertEquals(NELLY, me.id());
    assertEquals("Nelly", me.username());
    assertEquals("1337", me.discriminator());
    assertEquals(Optional.of("Nelly N"), me.globalName());
    assertEquals(Optional.of("8342729096ea3675442027381ff50dfe"), me.avatarHash());
    assertTrue(me.isBot());
    assertFalse(me.isSystem());
    assertTrue(me.isMfaEnabled());
    assertTrue(me.isVerified());
    assertEquals(Optional.of("en-US"), me.locale());
  }

  @Test
  void readyWithoutGuildsHasAnEmptySetAndApplicationMayComeFirst() {
    ShardReadyEvent ready =
        decode(
            "{\"application\":{\"flags\":0,\"id\":\"1\"},\"session_id\":\"s\",\"resume_gateway_url\":\"u\","
                + "\"user\":{\"id\":\"2\",\"username\":\"b\",\"discriminator\":\"0\"},\"v\":10}",
            ShardReadyEventDecoder.INSTANCE);
    assertEquals(Set.of(), ready.unavailableGuilds());
    assertEquals(ApplicationFlags.NONE, ready.applicationFlags());
    assertFalse(ready.myUser().isMfaEnabled());
    assertEquals(Optional.empty(), ready.myUser().locale());
  }

  @Test
  void resumedKeepsOnlyTheContext() {
    ShardResumedEvent resumed = decode(Payloads.RESUMED, ShardResumedEventDecoder.INSTANCE);
    assertSame(TestContexts.SHARD, resumed.shard());
    assertSame(TestContexts.BOT, resumed.app());
    assertSame(TestContexts.SHARD, decode("null", ShardResumedEventDecoder.INSTANCE).shard());
  }

  @Test
  void memberChunkWithEverything() {
    MemberChunkEvent chunk = decode(Payloads.CHUNK_FULL, MemberChunkEventDecoder.INSTANCE);
    assertSame(TestContexts.SHARD, chunk.shard());
    assertEquals(GUILD, chunk.guildId());
    assertEquals(1, chunk.chunkIndex());
    assertEquals(3, chunk.chunkCount());
    assertEquals(List.of(Snowflake.of(1234), Snowflake.of(5678)), chunk.notFound());
    assertEquals(Optional.of("chunk-request-1"), chunk.nonce());
    assertEquals(List.of(NELLY, MASON), List.copyOf(chunk.members().keySet()));

    Member nelly = chunk.members().get(NELLY);
    assertEquals(NELLY, nelly.user().id());
    assertEquals("Nelly", nelly.user().username());
    assertEquals(Optional.empty(), nelly.user().globalName());
    assertEquals(Optional.empty(), nelly.user().avatarHash());
    assertEquals(OptionalNullable.of("NOT API SUPPORT"), nelly.nickname());
    assertEquals(List.of(Snowflake.parse("41771983423143936"), Snowflake.parse("41771983423143938")), nelly.roleIds());
    assertEquals(Optional.of(java.time.Instant.parse("2015-04-26T06:26:56.936Z")), nelly.joinedAt());
    assertTrue(nelly.premiumSince().isNull());
    assertTrue(nelly.communicationDisabledUntil().isNull());
    assertEquals(java.util.OptionalLong.of(0), nelly.flags());
    assertFalse(nelly.isDeaf());
    assertTrue(nelly.isMute());
    assertFalse(nelly.isPending());

    Member mason = chunk.members().get(MASON);
    User masonUser = mason.user();
    assertTrue(masonUser.isBot());
    assertTrue(masonUser.isSystem());
    assertEquals(Optional.of("Mason"), masonUser.globalName());
    assertTrue(mason.nickname().isAbsent());
    assertEquals(List.of(), mason.roleIds());
    assertTrue(mason.isDeaf());

    assertEquals(List.of(NELLY, MASON), List.copyOf(chunk.presences().keySet()));
    MemberPresence online = chunk.presences().get(NELLY);
    assertEquals(NELLY, online.userId());
    assertEquals(Optional.of(GUILD), online.guildId());
    assertEquals(Status.ONLINE, online.status());
    MemberPresence dnd = chunk.presences().get(MASON);
    assertEquals(Optional.empty(), dnd.guildId());
    assertEquals(Status.DO_NOT_DISTURB, dnd.status());

    // The event is the list of its members, in payload order.
    assertEquals(2, chunk.size());
    assertEquals(nelly, chunk.get(0));
    assertEquals(mason, chunk.get(1));
    assertSame(ShardwireEventTable.MEMBER_CHUNK_EVENT, chunk.eventType());
  }

  @Test
  void memberChunkWithoutOptionalParts() {
    MemberChunkEvent chunk = decode(Payloads.CHUNK_MINIMAL, MemberChunkEventDecoder.INSTANCE);
    assertEquals(GUILD, chunk.guildId());
    assertEquals(0, chunk.chunkIndex());
    assertEquals(1, chunk.chunkCount());
    assertEquals(List.of(), chunk.notFound());
    assertEquals(0, chunk.presences().size());
    assertEquals(Optional.empty(), chunk.nonce());
    assertEquals(List.of(MASON, NELLY), chunk.stream().map(m -> m.user().id()).toList());
  }

  @Test
  void tableSwitchesFromGatewayNameToDecoder() {
    assertSame(ShardReadyEventDecoder.INSTANCE, ShardwireEventTable.INSTANCE.decoderFor("READY").orElseThrow());
    assertSame(ShardResumedEventDecoder.INSTANCE, ShardwireEventTable.INSTANCE.decoderFor("RESUMED").orElseThrow());
    assertSame(
        MemberChunkEventDecoder.INSTANCE, ShardwireEventTable.INSTANCE.decoderFor("GUILD_MEMBERS_CHUNK").orElseThrow());
    assertEquals(Optional.empty(), ShardwireEventTable.INSTANCE.decoderFor("MESSAGE_CREATE"));
  }

  @Test
  void decodesTheDispatchPayloadInsideAnEnvelope() {
    String frame = "{\"t\":\"READY\",\"s\":1,\"op\":0,\"d\":" + Payloads.READY + "}";
    try (var parser = GatewayJson.FACTORY.createParser(tools.jackson.core.ObjectReadContext.empty(), frame)) {
      parser.nextToken();
      while (!"d".equals(parser.nextName())) {
        parser.nextToken();
        parser.skipChildren();
      }
      ShardReadyEvent ready = GatewayJson.decodeNext(parser, ShardReadyEventDecoder.INSTANCE, TestContexts.CONTEXT);
      assertEquals("b3a0b7c2f6ef4b1c8c1a2b1c0f9e1a2b", ready.sessionId());
      assertEquals(tools.jackson.core.JsonToken.END_OBJECT, parser.nextToken());
    }
  }
}

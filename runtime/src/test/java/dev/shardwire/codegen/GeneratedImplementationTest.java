package dev.shardwire.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shardwire.GatewayBot;
import dev.shardwire.events.ImmutableMemberChunkEvent;
import dev.shardwire.events.ImmutableShardReadyEvent;
import dev.shardwire.events.MemberChunkEvent;
import dev.shardwire.events.ShardReadyEvent;
import dev.shardwire.events.ShardwireEventTable;
import dev.shardwire.gateway.GatewayShard;
import dev.shardwire.testing.DetachedShard;
import dev.shardwire.models.ApplicationFlags;
import dev.shardwire.models.ImmutableMember;
import dev.shardwire.models.ImmutableOwnUser;
import dev.shardwire.models.ImmutableUser;
import dev.shardwire.models.Member;
import dev.shardwire.models.Snowflake;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Runs the implementations generated for the runtime's own events and models. */
class GeneratedImplementationTest {

  private static final GatewayBot BOT = GatewayBot.builder().build();
  private static final GatewayShard SHARD = DetachedShard.of(0, 1);

  static ImmutableOwnUser me() {
    return ImmutableOwnUser.builder()
        .id(Snowflake.of(80351110224678912L))
        .username("shardwire")
        .discriminator("0")
        .isBot(true)
        .build();
  }

  static ImmutableShardReadyEvent.Builder ready() {
    return ImmutableShardReadyEvent.builder()
        .app(BOT)
        .shard(SHARD)
        .actualGatewayVersion(10)
        .sessionId("abc")
        .resumeGatewayUrl("wss://127.0.0.1/")
        .myUser(me())
        .unavailableGuilds(Set.of(Snowflake.of(1)))
        .applicationId(Snowflake.of(42))
        .applicationFlags(ApplicationFlags.GATEWAY_PRESENCE);
  }

  static Member member(long id) {
    return ImmutableMember.builder()
        .user(ImmutableUser.builder().id(Snowflake.of(id)).username("u" + id).discriminator("0").build())
        .build();
  }

  @Test
  void builtEventHasEveryPropertyAndItsTableRow() {
    ShardReadyEvent event = ready().build();
    assertEquals(10, event.actualGatewayVersion());
    assertEquals("abc", event.sessionId());
    assertEquals(me(), event.myUser());
    assertEquals(Snowflake.of(42), event.applicationId());
    assertSame(BOT, event.app());
    assertSame(ShardwireEventTable.SHARD_READY_EVENT, event.eventType());
  }

  @Test
  void nullIsRejectedNamingTheProperty() {
    NullPointerException missing =
        assertThrows(NullPointerException.class, () -> ready().sessionId(null).build());
    assertEquals("ShardReadyEvent.sessionId() must not be null", missing.getMessage());
  }

  @Test
  void toStringShowsOnlyReprProperties() {
    String text = ready().build().toString();
    assertTrue(text.startsWith("ShardReadyEvent{actualGatewayVersion=10, sessionId=abc, myUser=OwnUser{"), text);
    assertTrue(!text.contains("resumeGatewayUrl") && !text.contains("app="), text);
  }

  @Test
  void equalsAndHashCodeCoverPayloadButNotContext() {
    ShardReadyEvent a = ready().build();
    ShardReadyEvent b = ready().shard(DetachedShard.of(1, 2)).build();
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, ready().sessionId("other").build());
  }

  @Test
  void collectionsAreCopiedAndUnmodifiable() {
    List<Snowflake> roles = new ArrayList<>(List.of(Snowflake.of(7)));
    Member member = ImmutableMember.builder().user(me()).roleIds(roles).build();
    roles.add(Snowflake.of(8));
    assertEquals(List.of(Snowflake.of(7)), member.roleIds());
    assertThrows(UnsupportedOperationException.class, () -> member.roleIds().add(Snowflake.of(9)));
  }

  @Test
  void memberChunkIsAListOfItsMembersInPayloadOrder() {
    Map<Snowflake, Member> members = new LinkedHashMap<>();
    for (long id : new long[] {30, 10, 20}) {
      members.put(Snowflake.of(id), member(id));
    }
    MemberChunkEvent chunk =
        ImmutableMemberChunkEvent.builder()
            .app(BOT)
            .shard(SHARD)
            .guildId(Snowflake.of(5))
            .members(members)
            .chunkCount(1)
            .build();
    assertEquals(3, chunk.size());
    assertEquals(member(30), chunk.get(0));
    assertEquals(member(20), chunk.get(2));
    assertEquals(List.of(Snowflake.of(30), Snowflake.of(10), Snowflake.of(20)), List.copyOf(chunk.members().keySet()));
    assertTrue(chunk.nonce().isEmpty());
    assertThrows(UnsupportedOperationException.class, () -> chunk.add(member(40)));
  }
}

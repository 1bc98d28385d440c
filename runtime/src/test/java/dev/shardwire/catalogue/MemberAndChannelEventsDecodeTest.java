package dev.shardwire.catalogue;

import static dev.shardwire.catalogue.Decoding.decode;
import static dev.shardwire.catalogue.GuildEventsDecodeTest.GUILD;
import static dev.shardwire.catalogue.GuildEventsDecodeTest.MODS;
import static dev.shardwire.catalogue.GuildEventsDecodeTest.NELLY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shardwire.events.channel.ChannelCreateEvent;
import dev.shardwire.events.channel.ChannelDeleteEvent;
import dev.shardwire.events.channel.ChannelUpdateEvent;
import dev.shardwire.events.channel.ThreadCreateEvent;
import dev.shardwire.events.member.GuildMemberAddEvent;
import dev.shardwire.events.member.GuildMemberRemoveEvent;
import dev.shardwire.events.member.GuildMemberUpdateEvent;
import dev.shardwire.models.ChannelType;
import dev.shardwire.models.OptionalNullable;
import dev.shardwire.models.Permissions;
import dev.shardwire.models.Snowflake;
import dev.shardwire.models.ThreadMetadata;
import dev.shardwire.models.User;
import dev.shardwire.models.UserFlags;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The member and channel events, every field checked. */
class MemberAndChannelEventsDecodeTest {

  /** The user of {@link CataloguePayloads#USER_NELLY}, every field. */
  static void assertNelly(User user) {
    assertEquals(NELLY, user.id());
    assertEquals("nelly", user.username());
    assertEquals("0", user.discriminator());
    assertEquals(Optional.of("Nelly"), user.globalName());
    assertEquals(Optional.of("8342729096ea3675442027381ff50dfe"), user.avatarHash());
    assertFalse(user.isBot());
    assertFalse(user.isSystem());
    assertTrue(user.bannerHash().isNull());
    assertTrue(user.accentColor().isNull());
    assertEquals(Optional.of(UserFlags.HYPESQUAD_ONLINE_HOUSE_1), user.publicFlags());
  }

  @Test
  void memberAdd() {
    GuildMemberAddEvent event = decode("GUILD_MEMBER_ADD", CataloguePayloads.GUILD_MEMBER_ADD, GuildMemberAddEvent.class);
    assertEquals("GUILD_MEMBER_ADD", event.eventType().gatewayName().orElseThrow());
    assertEquals(GUILD, event.guildId());
    assertNelly(event.user());
    assertEquals(List.of(), event.roleIds());
    assertTrue(event.premiumSince().isNull());
    assertTrue(event.isPending());
    assertTrue(event.nickname().isNull());
    assertFalse(event.isMute());
    assertFalse(event.isDeaf());
    assertEquals(Optional.of(Instant.parse("2024-02-03T04:05:06.789012Z")), event.joinedAt());
    assertEquals(OptionalLong.of(1), event.flags());
    assertTrue(event.communicationDisabledUntil().isNull());
    assertTrue(event.avatarHash().isNull());
    assertTrue(event.bannerHash().isAbsent());
    assertEquals(Optional.empty(), event.permissions());
  }

  @Test
  void memberUpdate() {
    GuildMemberUpdateEvent event =
        decode("GUILD_MEMBER_UPDATE", CataloguePayloads.GUILD_MEMBER_UPDATE, GuildMemberUpdateEvent.class);
    assertEquals(GUILD, event.guildId());
    assertNelly(event.user());
    assertEquals(List.of(MODS), event.roleIds());
    assertEquals(OptionalNullable.of("nel"), event.nickname());
    assertTrue(event.avatarHash().isNull());
    assertTrue(event.bannerHash().isAbsent());
    assertEquals(Optional.of(Instant.parse("2024-02-03T04:05:06.789012Z")), event.joinedAt());
    assertEquals(OptionalNullable.of(Instant.parse("2024-05-06T07:08:09Z")), event.premiumSince());
    assertFalse(event.isPending());
    assertEquals(OptionalNullable.of(Instant.parse("2030-01-01T00:00:00Z")), event.communicationDisabledUntil());
    assertEquals(OptionalLong.of(2), event.flags());
    assertFalse(event.isDeaf()); // absent from the update
  }

  @Test
  void memberRemove() {
    GuildMemberRemoveEvent event =
        decode("GUILD_MEMBER_REMOVE", CataloguePayloads.GUILD_MEMBER_REMOVE, GuildMemberRemoveEvent.class);
    assertEquals(GUILD, event.guildId());
    assertNelly(event.user());
  }

  @Test
  void channelCreate() {
    ChannelCreateEvent event = decode("CHANNEL_CREATE", CataloguePayloads.CHANNEL_CREATE, ChannelCreateEvent.class);
    assertEquals("CHANNEL_CREATE", event.eventType().gatewayName().orElseThrow());
    assertEquals(GUILD, event.id());
    assertEquals(ChannelType.GUILD_TEXT, event.type());
    assertEquals(Optional.of(GUILD), event.guildId());
    assertEquals(OptionalInt.of(6), event.position());
    assertEquals(NELLY, event.permissionOverwrites().get(0).id());
    assertEquals(1, event.permissionOverwrites().get(0).type());
    assertEquals(Permissions.VIEW_CHANNEL, event.permissionOverwrites().get(0).allow());
    assertEquals(Permissions.NONE, event.permissionOverwrites().get(0).deny());
    assertEquals(OptionalNullable.of("general"), event.name());
    assertEquals(OptionalNullable.of("24/7 chat about how to gank Mike #2"), event.topic());
    assertTrue(event.nsfw());
    assertTrue(event.lastMessageId().isNull());
    assertEquals(OptionalInt.of(2), event.rateLimitPerUser());
    assertEquals(OptionalNullable.of(Snowflake.of(399942396007890945L)), event.parentId());
    assertTrue(event.lastPinTimestamp().isNull());
    assertEquals(OptionalInt.of(0), event.defaultThreadRateLimitPerUser());
    assertEquals(OptionalLong.of(0), event.flags());
    assertEquals(List.of(), event.recipients());
    assertEquals(OptionalInt.empty(), event.bitrate());
  }

  @Test
  void channelUpdate() {
    ChannelUpdateEvent event = decode("CHANNEL_UPDATE", CataloguePayloads.CHANNEL_UPDATE, ChannelUpdateEvent.class);
    assertEquals(Snowflake.of(155101607195836416L), event.id());
    assertEquals(ChannelType.GUILD_VOICE, event.type());
    assertEquals(OptionalInt.of(10), event.userLimit());
    assertEquals(OptionalNullable.of("rotterdam"), event.rtcRegion());
    assertTrue(event.topic().isAbsent());
    assertEquals(OptionalInt.of(5), event.position());
    assertEquals(OptionalInt.of(64000), event.bitrate());
    assertEquals(OptionalInt.of(2), event.videoQualityMode());
    assertEquals(OptionalNullable.of("ROCKET CHEESE"), event.name());
    assertTrue(event.parentId().isNull());
  }

  @Test
  void channelDeleteOfAForum() {
    ChannelDeleteEvent event = decode("CHANNEL_DELETE", CataloguePayloads.CHANNEL_DELETE, ChannelDeleteEvent.class);
    assertEquals(ChannelType.GUILD_FORUM, event.type());
    assertEquals("15", event.rawType());
    assertTrue(event.availableTags().orElseThrow().json().contains("\"bug\""));
    assertTrue(event.defaultReactionEmoji().isNull());
    assertTrue(event.defaultSortOrder().isNull());
    assertEquals(OptionalInt.of(0), event.defaultForumLayout());
    assertEquals(OptionalInt.of(4320), event.defaultAutoArchiveDuration());
    assertEquals(OptionalLong.of(16), event.flags());
    assertEquals(OptionalInt.of(9), event.position());
  }

  @Test
  void threadCreate() {
    ThreadCreateEvent event = decode("THREAD_CREATE", CataloguePayloads.THREAD_CREATE, ThreadCreateEvent.class);
    assertEquals("THREAD_CREATE", event.eventType().gatewayName().orElseThrow());
    assertEquals(Snowflake.of(1100000000000000006L), event.id());
    assertEquals(ChannelType.PUBLIC_THREAD, event.type());
    assertTrue(event.newlyCreated());
    assertEquals(Optional.of(NELLY), event.ownerId());
    assertEquals(OptionalNullable.of(Snowflake.of(1100000000000000005L)), event.parentId());
    assertEquals(OptionalNullable.of("crash on start"), event.name());
    assertEquals(OptionalInt.of(0), event.messageCount());
    assertEquals(OptionalInt.of(1), event.memberCount());
    assertEquals(OptionalInt.of(0), event.totalMessageSent());
    assertEquals(List.of(Snowflake.of(1)), event.appliedTags());
    assertTrue(event.member().orElseThrow().json().contains("join_timestamp"));
    ThreadMetadata metadata = event.threadMetadata().orElseThrow();
    assertFalse(metadata.archived());
    assertFalse(metadata.locked());
    assertFalse(metadata.invitable());
    assertEquals(4320, metadata.autoArchiveDuration());
    assertEquals(Optional.of(Instant.parse("2024-06-01T12:00:00.123456Z")), metadata.archiveTimestamp());
    assertEquals(OptionalNullable.of(Instant.parse("2024-06-01T12:00:00.123456Z")), metadata.createTimestamp());
  }
}

package dev.shardwire.catalogue;

import static dev.shardwire.catalogue.Decoding.decode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shardwire.events.guild.GuildCreateEvent;
import dev.shardwire.events.guild.GuildDeleteEvent;
import dev.shardwire.events.guild.GuildRoleCreateEvent;
import dev.shardwire.events.guild.GuildRoleDeleteEvent;
import dev.shardwire.events.guild.GuildRoleUpdateEvent;
import dev.shardwire.events.guild.GuildUpdateEvent;
import dev.shardwire.models.Activity;
import dev.shardwire.models.ActivityType;
import dev.shardwire.models.Channel;
import dev.shardwire.models.ChannelType;
import dev.shardwire.models.Emoji;
import dev.shardwire.models.Member;
import dev.shardwire.models.MemberPresence;
import dev.shardwire.models.OptionalNullable;
import dev.shardwire.models.PermissionOverwrite;
import dev.shardwire.models.Permissions;
import dev.shardwire.models.Role;
import dev.shardwire.models.Snowflake;
import dev.shardwire.models.Status;
import dev.shardwire.models.UserFlags;
import dev.shardwire.models.VoiceState;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** GUILD_CREATE, GUILD_UPDATE, GUILD_DELETE and the role events, every field checked. */
class GuildEventsDecodeTest {

  static final Snowflake GUILD = Snowflake.of(41771983423143937L);
  static final Snowflake NELLY = Snowflake.of(80351110224678912L);
  static final Snowflake MODS = Snowflake.of(41771983423143938L);

  /** The role of {@link CataloguePayloads#ROLE_MODS}, every field. */
  static void assertModsRole(Role role) {
    assertEquals(MODS, role.id());
    assertEquals("Mods", role.name());
    assertEquals(OptionalInt.of(3447003), role.color());
    assertTrue(role.hoist());
    assertTrue(role.icon().isNull());
    assertTrue(role.unicodeEmoji().isNull());
    assertEquals(3, role.position());
    assertEquals((1L << 40) - 1, role.permissions().value());
    assertTrue(role.permissions().contains(Permissions.ADMINISTRATOR));
    assertFalse(role.managed());
    assertTrue(role.mentionable());
    assertEquals("{\"bot_id\":\"80351110224678912\"}", role.tags().orElseThrow().json());
    assertEquals(OptionalLong.of(0), role.flags());
  }

  @Test
  void guildCreate() {
    GuildCreateEvent event = decode("GUILD_CREATE", CataloguePayloads.GUILD_CREATE, GuildCreateEvent.class);
    assertEquals("GUILD_CREATE", event.eventType().gatewayName().orElseThrow());
    assertEquals(Decoding.BOT, event.app());
    assertEquals(0, event.shard().id());
    // The guild's own fields.
    assertEquals(GUILD, event.id());
    assertEquals(Optional.of("Discord Developers"), event.name());
    assertEquals(Optional.of("86e39f7ae3307e811784e2ffd11a7310"), event.icon());
    assertEquals(Optional.empty(), event.splash());
    assertEquals(Optional.empty(), event.discoverySplash());
    assertEquals(Optional.of(NELLY), event.ownerId());
    assertEquals(Optional.empty(), event.afkChannelId());
    assertEquals(OptionalInt.of(300), event.afkTimeout());
    assertFalse(event.widgetEnabled());
    assertTrue(event.widgetChannelId().isNull());
    assertEquals(OptionalInt.of(1), event.verificationLevel());
    assertEquals(OptionalInt.of(1), event.defaultMessageNotifications());
    assertEquals(OptionalInt.of(2), event.explicitContentFilter());
    assertEquals(1, event.roles().size());
    assertModsRole(event.roles().get(0));
    Emoji emoji = event.emojis().get(0);
    assertEquals(Optional.of(Snowflake.of(41771983429993937L)), emoji.id());
    assertEquals(Optional.of("shardwire"), emoji.name());
    assertEquals(List.of(), emoji.roleIds());
    assertEquals(Optional.empty(), emoji.user());
    assertTrue(emoji.requireColons());
    assertFalse(emoji.managed());
    assertFalse(emoji.animated());
    assertTrue(emoji.available());
    assertEquals(List.of("COMMUNITY", "NEWS", "A_FEATURE_FROM_TOMORROW"), event.features());
    assertEquals(OptionalInt.of(1), event.mfaLevel());
    assertEquals(Optional.empty(), event.applicationId());
    assertEquals(Optional.of(GUILD), event.systemChannelId());
    assertEquals(OptionalLong.of(4), event.systemChannelFlags());
    assertEquals(Optional.empty(), event.rulesChannelId());
    assertTrue(event.maxPresences().isNull());
    assertEquals(OptionalInt.of(500000), event.maxMembers());
    assertEquals(Optional.empty(), event.vanityUrlCode());
    assertEquals(Optional.of("A guild"), event.description());
    assertEquals(Optional.empty(), event.banner());
    assertEquals(OptionalInt.of(2), event.premiumTier());
    assertEquals(OptionalInt.of(9), event.premiumSubscriptionCount());
    assertEquals(Optional.of("en-US"), event.preferredLocale());
    assertEquals(Optional.empty(), event.publicUpdatesChannelId());
    assertEquals(OptionalInt.of(25), event.maxVideoChannelUsers());
    assertEquals(OptionalInt.of(50), event.maxStageVideoChannelUsers());
    assertEquals(OptionalInt.of(0), event.nsfwLevel());
    assertEquals("[]", event.stickers().orElseThrow().json());
    assertTrue(event.premiumProgressBarEnabled());
    assertEquals(Optional.empty(), event.safetyAlertsChannelId());
    // What only GUILD_CREATE carries.
    assertEquals(Optional.of(Instant.parse("2020-01-01T00:00:00Z")), event.joinedAt());
    assertFalse(event.large());
    assertFalse(event.unavailable());
    assertEquals(OptionalInt.of(2), event.memberCount());
    VoiceState voice = event.voiceStates().get(0);
    assertEquals(Optional.empty(), voice.guildId());
    assertEquals(Optional.of(Snowflake.of(155101607195836416L)), voice.channelId());
    assertEquals(NELLY, voice.userId());
    assertEquals(Optional.empty(), voice.member());
    assertEquals("90326bd25d71d39b9ef95b299e3872ff", voice.sessionId());
    assertTrue(voice.selfMute());
    assertFalse(voice.selfDeaf() || voice.deaf() || voice.mute() || voice.selfVideo() || voice.selfStream() || voice.suppress());
    assertEquals(Optional.empty(), voice.requestToSpeakTimestamp());
    Member member = event.members().get(0);
    assertEquals(NELLY, member.user().id());
    assertEquals("nelly", member.user().username());
    assertEquals(Optional.of(UserFlags.of(64)), member.user().publicFlags());
    assertTrue(member.user().publicFlags().orElseThrow().contains(UserFlags.HYPESQUAD_ONLINE_HOUSE_1));
    assertEquals(List.of(MODS), member.roleIds());
    assertEquals(Optional.of(Instant.parse("2015-04-26T06:26:56.936Z")), member.joinedAt());
    assertTrue(member.nickname().isNull());
    assertTrue(member.premiumSince().isNull());
    Channel general = event.channels().get(0);
    assertEquals(ChannelType.GUILD_TEXT, general.type());
    assertEquals("0", general.rawType());
    assertEquals(OptionalNullable.of("general"), general.name());
    assertEquals(Optional.empty(), general.guildId());
    PermissionOverwrite overwrite = general.permissionOverwrites().get(0);
    assertEquals(GUILD, overwrite.id());
    assertEquals(0, overwrite.type());
    assertEquals(Permissions.SEND_MESSAGES, overwrite.deny());
    assertEquals(Permissions.NONE, overwrite.allow());
    Channel voiceChannel = event.channels().get(1);
    assertEquals(ChannelType.GUILD_VOICE, voiceChannel.type());
    assertEquals(OptionalInt.of(64000), voiceChannel.bitrate());
    assertEquals(OptionalInt.of(0), voiceChannel.userLimit());
    assertTrue(voiceChannel.rtcRegion().isNull());
    assertTrue(voiceChannel.lastMessageId().isNull());
    Channel thread = event.threads().get(0);
    assertEquals(ChannelType.PUBLIC_THREAD, thread.type());
    assertEquals(OptionalNullable.of(GUILD), thread.parentId());
    assertEquals(OptionalNullable.of(Instant.parse("2023-03-01T10:00:00Z")), thread.threadMetadata().orElseThrow().createTimestamp());
    assertEquals(1440, thread.threadMetadata().orElseThrow().autoArchiveDuration());
    assertEquals(OptionalInt.of(2), thread.memberCount());
    MemberPresence presence = event.presences().get(0);
    assertEquals(NELLY, presence.userId());
    assertEquals(Status.IDLE, presence.status());
    assertEquals(Optional.of(Status.IDLE), presence.clientStatus().orElseThrow().mobile());
    assertEquals(Optional.empty(), presence.clientStatus().orElseThrow().desktop());
    Activity custom = presence.activities().get(0);
    assertEquals(ActivityType.CUSTOM, custom.type());
    assertEquals("Custom Status", custom.name());
    assertEquals(OptionalNullable.of("coding"), custom.state());
    assertEquals(Optional.of("🦀"), custom.emoji().get().name());
    assertEquals(OptionalLong.of(1700000000000L), custom.createdAt());
    assertEquals("[]", event.stageInstances().orElseThrow().json());
    assertEquals("[]", event.guildScheduledEvents().orElseThrow().json());
    assertEquals("[]", event.soundboardSounds().orElseThrow().json());
  }

  @Test
  void guildUpdateIsTheUpdatedGuild() {
    GuildUpdateEvent event = decode("GUILD_UPDATE", CataloguePayloads.GUILD_UPDATE, GuildUpdateEvent.class);
    assertEquals("GUILD_UPDATE", event.eventType().gatewayName().orElseThrow());
    assertEquals(GUILD, event.id());
    assertEquals(Optional.of("Renamed"), event.name());
    assertEquals(Optional.empty(), event.icon());
    assertEquals(Optional.of(NELLY), event.ownerId());
    assertEquals(List.of(), event.roles());
    assertEquals(List.of(), event.emojis());
    assertEquals(List.of(), event.features());
    assertEquals(OptionalInt.of(60), event.afkTimeout());
    assertEquals(Optional.of("de"), event.preferredLocale());
    assertEquals(Optional.empty(), event.description());
    assertTrue(event.maxPresences().isNull());
    assertFalse(event.premiumProgressBarEnabled());
    assertEquals(Optional.empty(), event.stickers());
  }

  @Test
  void anUnavailableGuildCreateCarriesOnlyItsId() {
    GuildCreateEvent event =
        decode("GUILD_CREATE", "{\"unavailable\":true,\"id\":\"41771983423143937\"}", GuildCreateEvent.class);
    assertEquals(GUILD, event.id());
    assertTrue(event.unavailable());
    assertEquals(Optional.empty(), event.name());
    assertEquals(List.of(), event.members());
    assertEquals(OptionalInt.empty(), event.afkTimeout());
    assertEquals(OptionalInt.empty(), event.premiumTier());
  }

  @Test
  void guildDeleteTellsAnOutageFromARemoval() {
    GuildDeleteEvent outage = decode("GUILD_DELETE", CataloguePayloads.GUILD_DELETE_UNAVAILABLE, GuildDeleteEvent.class);
    assertEquals(GUILD, outage.guildId());
    assertTrue(outage.unavailable());
    GuildDeleteEvent removed = decode("GUILD_DELETE", CataloguePayloads.GUILD_DELETE_REMOVED, GuildDeleteEvent.class);
    assertEquals(GUILD, removed.guildId());
    assertFalse(removed.unavailable());
  }

  @Test
  void roleEvents() {
    GuildRoleCreateEvent created = decode("GUILD_ROLE_CREATE", CataloguePayloads.GUILD_ROLE_CREATE, GuildRoleCreateEvent.class);
    assertEquals(GUILD, created.guildId());
    assertModsRole(created.role());
    GuildRoleUpdateEvent updated = decode("GUILD_ROLE_UPDATE", CataloguePayloads.GUILD_ROLE_UPDATE, GuildRoleUpdateEvent.class);
    assertEquals(GUILD, updated.guildId());
    assertModsRole(updated.role());
    GuildRoleDeleteEvent deleted = decode("GUILD_ROLE_DELETE", CataloguePayloads.GUILD_ROLE_DELETE, GuildRoleDeleteEvent.class);
    assertEquals(GUILD, deleted.guildId());
    assertEquals(MODS, deleted.roleId());
  }
}

package dev.shardwire.catalogue;

import static dev.shardwire.catalogue.Decoding.decode;
import static dev.shardwire.catalogue.GuildEventsDecodeTest.GUILD;
import static dev.shardwire.catalogue.GuildEventsDecodeTest.MODS;
import static dev.shardwire.catalogue.GuildEventsDecodeTest.NELLY;
import static dev.shardwire.catalogue.GuildEventsDecodeTest.assertModsRole;
import static dev.shardwire.catalogue.MemberAndChannelEventsDecodeTest.assertNelly;
import static dev.shardwire.catalogue.MessageEventsDecodeTest.MASON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shardwire.events.interaction.InteractionCreateEvent;
import dev.shardwire.events.presence.PresenceUpdateEvent;
import dev.shardwire.events.typing.TypingStartEvent;
import dev.shardwire.events.voice.VoiceStateUpdateEvent;
import dev.shardwire.models.Activity;
import dev.shardwire.models.ActivityType;
import dev.shardwire.models.ChannelType;
import dev.shardwire.models.ClientStatus;
import dev.shardwire.models.InteractionData;
import dev.shardwire.models.InteractionOption;
import dev.shardwire.models.InteractionType;
import dev.shardwire.models.OptionType;
import dev.shardwire.models.OptionalNullable;
import dev.shardwire.models.PartialMember;
import dev.shardwire.models.Permissions;
import dev.shardwire.models.ResolvedData;
import dev.shardwire.models.Snowflake;
import dev.shardwire.models.Status;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** INTERACTION_CREATE, PRESENCE_UPDATE, TYPING_START and VOICE_STATE_UPDATE, every field checked. */
class InteractionPresenceVoiceDecodeTest {

  @Test
  void aSlashCommandWithResolvedMapsAndAnOptionTree() {
    InteractionCreateEvent event =
        decode("INTERACTION_CREATE", CataloguePayloads.INTERACTION_CREATE, InteractionCreateEvent.class);
    assertEquals("INTERACTION_CREATE", event.eventType().gatewayName().orElseThrow());
    assertEquals(Snowflake.of(1100000000000000020L), event.id());
    assertEquals(Snowflake.of(1000000000000000002L), event.applicationId());
    assertEquals(InteractionType.APPLICATION_COMMAND, event.type());
    assertEquals("2", event.rawType());
    assertEquals(Optional.of(GUILD), event.guildId());
    assertEquals(Optional.of(GUILD), event.channelId());
    assertEquals(ChannelType.GUILD_TEXT, event.channel().orElseThrow().type());
    assertEquals(Optional.of(Permissions.of(2251799813685247L)), event.channel().orElseThrow().permissions());
    assertNelly(event.member().orElseThrow().user());
    assertEquals(Optional.of(Permissions.of(2251799813685247L)), event.member().orElseThrow().permissions());
    assertEquals(Optional.empty(), event.user());
    assertEquals("aW50ZXJhY3Rpb24tdG9rZW4", event.token());
    assertEquals(1, event.version());
    assertEquals(Optional.empty(), event.message());
    assertEquals(Optional.of(Permissions.of(2248473465835073L)), event.appPermissions());
    assertEquals(Optional.of("en-GB"), event.locale());
    assertEquals(Optional.of("en-US"), event.guildLocale());
    assertEquals("[]", event.entitlements().orElseThrow().json());
    assertEquals(Map.of("0", GUILD), event.authorizingIntegrationOwners());
    assertEquals(OptionalInt.of(0), event.context());
    assertEquals(OptionalLong.of(10485760), event.attachmentSizeLimit());

    InteractionData data = event.data().orElseThrow();
    assertEquals(Optional.of(Snowflake.of(1100000000000000021L)), data.id());
    assertEquals(Optional.of("ban"), data.name());
    assertEquals(OptionalInt.of(1), data.type());
    assertEquals(Optional.of(GUILD), data.guildId());
    assertEquals(Optional.empty(), data.targetId());
    assertEquals(Optional.empty(), data.customId());
    assertEquals(OptionalInt.empty(), data.componentType());
    assertEquals(List.of(), data.values());
    assertEquals(Optional.empty(), data.components());

    ResolvedData resolved = data.resolved().orElseThrow();
    assertEquals(List.of(MASON), List.copyOf(resolved.users().keySet()));
    assertTrue(resolved.users().get(MASON).isBot());
    PartialMember mason = resolved.members().get(MASON);
    assertEquals(OptionalNullable.of("m"), mason.nickname());
    assertEquals(Optional.of(Permissions.NONE), mason.permissions());
    assertEquals(Optional.of(Instant.parse("2016-01-01T00:00:00Z")), mason.joinedAt());
    assertModsRole(resolved.roles().get(MODS));
    assertEquals(ChannelType.GUILD_VOICE, resolved.channels().get(Snowflake.of(155101607195836416L)).type());
    assertEquals(Map.of(), resolved.messages());
    assertEquals(Map.of(), resolved.attachments());

    InteractionOption sub = data.options().get(0);
    assertEquals("user", sub.name());
    assertEquals(OptionType.SUB_COMMAND, sub.type());
    assertEquals(Optional.empty(), sub.value());
    List<InteractionOption> options = sub.options();
    assertEquals(List.of("target", "days", "ratio", "silent", "reason"), options.stream().map(InteractionOption::name).toList());
    assertEquals(List.of(OptionType.USER, OptionType.INTEGER, OptionType.NUMBER, OptionType.BOOLEAN, OptionType.STRING),
        options.stream().map(InteractionOption::type).toList());
    assertEquals("\"53908232506183680\"", options.get(0).value().orElseThrow().json());
    assertEquals(7, options.get(1).value().orElseThrow().tree().asInt());
    assertEquals(0.5, options.get(2).value().orElseThrow().tree().asDouble());
    assertTrue(options.get(3).value().orElseThrow().tree().asBoolean());
    assertEquals("spam", options.get(4).value().orElseThrow().tree().asString());
    assertTrue(options.get(4).focused());
    assertFalse(options.get(0).focused());
    assertEquals(List.of(), options.get(0).options());
  }

  @Test
  void aSelectMenuInADirectMessage() {
    InteractionCreateEvent event =
        decode("INTERACTION_CREATE", CataloguePayloads.INTERACTION_COMPONENT, InteractionCreateEvent.class);
    assertEquals(InteractionType.MESSAGE_COMPONENT, event.type());
    assertEquals(Optional.empty(), event.member());
    assertNelly(event.user().orElseThrow());
    assertEquals(Optional.empty(), event.guildId());
    assertEquals(Optional.of("fr"), event.locale());
    assertEquals(Optional.empty(), event.message());
    assertEquals(Map.of("1", NELLY), event.authorizingIntegrationOwners());
    assertEquals(OptionalInt.of(1), event.context());
    InteractionData data = event.data().orElseThrow();
    assertEquals(Optional.of("colour"), data.customId());
    assertEquals(OptionalInt.of(3), data.componentType());
    assertEquals(List.of("red", "blue"), data.values());
    assertEquals(Optional.of(Snowflake.of(5)), data.id()); // a component's numeric id
    assertEquals(Optional.empty(), data.resolved());
  }

  @Test
  void presenceUpdateWithActivitiesAndClientStatus() {
    PresenceUpdateEvent event = decode("PRESENCE_UPDATE", CataloguePayloads.PRESENCE_UPDATE, PresenceUpdateEvent.class);
    assertEquals("PRESENCE_UPDATE", event.eventType().gatewayName().orElseThrow());
    assertEquals(NELLY, event.userId());
    assertEquals(Optional.of(GUILD), event.guildId());
    assertEquals(Status.DO_NOT_DISTURB, event.status());
    assertEquals("dnd", event.rawStatus());
    ClientStatus client = event.clientStatus().orElseThrow();
    assertEquals(Optional.of(Status.DO_NOT_DISTURB), client.desktop());
    assertEquals(Optional.of(Status.IDLE), client.web());
    assertEquals(Optional.empty(), client.mobile());
    Activity stream = event.activities().get(0);
    assertEquals("Twitch", stream.name());
    assertEquals(ActivityType.STREAMING, stream.type());
    assertEquals("1", stream.rawType());
    assertEquals(OptionalNullable.of("https://twitch.example/shardwire"), stream.url());
    assertEquals(OptionalLong.of(1700000001000L), stream.createdAt());
    assertEquals(OptionalLong.of(1700000000000L), stream.timestamps().orElseThrow().start());
    assertEquals(OptionalLong.empty(), stream.timestamps().orElseThrow().end());
    assertEquals(Optional.empty(), stream.applicationId());
    assertEquals(OptionalNullable.of("Shardwire live"), stream.details());
    assertEquals(OptionalNullable.of("Coding"), stream.state());
    assertTrue(stream.emoji().isAbsent());
    assertEquals("{\"id\":\"p1\",\"size\":[1,4]}", stream.party().orElseThrow().json());
    assertEquals("{\"large_image\":\"twitch:shardwire\"}", stream.assets().orElseThrow().json());
    assertEquals(Optional.empty(), stream.secrets());
    assertFalse(stream.instance());
    assertEquals(OptionalLong.of(0), stream.flags());
    assertEquals("[\"Watch\"]", stream.buttons().orElseThrow().json());
    Activity future = event.activities().get(1);
    assertEquals(ActivityType.UNKNOWN, future.type()); // type 6 is newer than this catalogue
    assertEquals("6", future.rawType());
  }

  @Test
  void anUnknownStatusStillDecodes() {
    PresenceUpdateEvent event = decode("PRESENCE_UPDATE",
        CataloguePayloads.PRESENCE_UPDATE.replace("\"status\":\"dnd\"", "\"status\":\"brand_new_status\""),
        PresenceUpdateEvent.class);
    assertEquals(Status.UNKNOWN, event.status());
    assertEquals("brand_new_status", event.rawStatus());
  }

  @Test
  void typingStart() {
    TypingStartEvent event = decode("TYPING_START", CataloguePayloads.TYPING_START, TypingStartEvent.class);
    assertEquals("TYPING_START", event.eventType().gatewayName().orElseThrow());
    assertEquals(GUILD, event.channelId());
    assertEquals(Optional.of(GUILD), event.guildId());
    assertEquals(NELLY, event.userId());
    assertEquals(1717243200L, event.timestamp());
    assertEquals(Instant.parse("2024-06-01T12:00:00Z"), event.startedAt());
    assertNelly(event.member().orElseThrow().user());
  }

  @Test
  void voiceStateUpdate() {
    VoiceStateUpdateEvent event = decode("VOICE_STATE_UPDATE", CataloguePayloads.VOICE_STATE_UPDATE, VoiceStateUpdateEvent.class);
    assertEquals("VOICE_STATE_UPDATE", event.eventType().gatewayName().orElseThrow());
    assertEquals(Optional.of(GUILD), event.guildId());
    assertEquals(Optional.empty(), event.channelId());
    assertEquals(NELLY, event.userId());
    assertNelly(event.member().orElseThrow().user());
    assertEquals("90326bd25d71d39b9ef95b299e3872ff", event.sessionId());
    assertFalse(event.deaf());
    assertFalse(event.mute());
    assertTrue(event.selfDeaf());
    assertFalse(event.selfMute());
    assertTrue(event.selfStream());
    assertFalse(event.selfVideo());
    assertFalse(event.suppress());
    assertEquals(Optional.of(Instant.parse("2024-06-01T12:00:00Z")), event.requestToSpeakTimestamp());
  }
}

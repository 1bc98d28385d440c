package dev.shardwire.catalogue;

import static dev.shardwire.catalogue.Decoding.decode;
import static dev.shardwire.catalogue.GuildEventsDecodeTest.GUILD;
import static dev.shardwire.catalogue.GuildEventsDecodeTest.NELLY;
import static dev.shardwire.catalogue.MessageEventsDecodeTest.MASON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shardwire.events.MemberChunkEvent;
import dev.shardwire.events.ShardReadyEvent;
import dev.shardwire.events.channel.ChannelDeleteEvent;
import dev.shardwire.events.channel.ChannelUpdateEvent;
import dev.shardwire.events.channel.ThreadCreateEvent;
import dev.shardwire.events.guild.GuildCreateEvent;
import dev.shardwire.events.guild.GuildRoleCreateEvent;
import dev.shardwire.events.interaction.InteractionCreateEvent;
import dev.shardwire.events.member.GuildMemberUpdateEvent;
import dev.shardwire.events.message.MessageCreateEvent;
import dev.shardwire.events.message.MessageReactionAddEvent;
import dev.shardwire.events.message.MessageReactionRemoveEvent;
import dev.shardwire.events.message.MessageUpdateEvent;
import dev.shardwire.events.presence.PresenceUpdateEvent;
import dev.shardwire.events.typing.TypingStartEvent;
import dev.shardwire.events.voice.VoiceStateUpdateEvent;
import dev.shardwire.models.Activity;
import dev.shardwire.models.ActivityType;
import dev.shardwire.models.Attachment;
import dev.shardwire.models.ChannelType;
import dev.shardwire.models.InteractionType;
import dev.shardwire.models.Message;
import dev.shardwire.models.MessageType;
import dev.shardwire.models.Snowflake;
import dev.shardwire.models.Status;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The catalogue decodes the dispatches Discord sends outside the common case ({@link
 * RealTrafficPayloads}): what Discord leaves out or nulls there reads as absent, never as an error.
 */
class RealTrafficDecodeTest {

  @Test
  void aWebhookMessageHasAWebhookAuthorAndNoMember() {
    MessageCreateEvent event =
        decode("MESSAGE_CREATE", RealTrafficPayloads.MESSAGE_CREATE_BY_WEBHOOK, MessageCreateEvent.class);
    assertEquals(Optional.of(Snowflake.of(1200000000000000001L)), event.webhookId());
    assertEquals(event.webhookId().orElseThrow(), event.author().id());
    assertEquals("0000", event.author().discriminator());
    assertTrue(event.author().isBot());
    assertEquals(Optional.empty(), event.member());
    assertEquals("", event.content());
    assertEquals(Optional.of("build #42 passed"), event.embeds().get(0).description());
    assertEquals(Optional.empty(), event.nonce()); // sent as null
  }

  @Test
  void aDirectMessageWithAVoiceMessageAndAUserDecoratedEverywhere() {
    MessageCreateEvent event = decode("MESSAGE_CREATE", RealTrafficPayloads.MESSAGE_CREATE_IN_DM, MessageCreateEvent.class);
    assertEquals(Optional.empty(), event.guildId());
    assertEquals(Optional.empty(), event.member());
    assertEquals(NELLY, event.author().id());
    assertEquals("1257000000000000000", event.nonce().orElseThrow().json());
    assertEquals(OptionalDouble.of(3.56), event.attachments().get(0).durationSecs());
    assertEquals(OptionalLong.of(8192), event.attachments().get(0).flags());
    assertTrue(event.attachments().get(0).height().isAbsent());
  }

  @Test
  void aForwardKeepsItsSnapshotRaw() {
    MessageCreateEvent event = decode("MESSAGE_CREATE", RealTrafficPayloads.MESSAGE_CREATE_FORWARD, MessageCreateEvent.class);
    assertEquals(OptionalInt.of(1), event.messageReference().orElseThrow().type());
    assertTrue(event.messageSnapshots().orElseThrow().json().contains("\"content\":\"hello\""));
    assertEquals(Optional.empty(), event.member().orElseThrow().joinedAt());
    assertEquals(OptionalLong.of(16384), event.flags());
  }

  @Test
  void aReplyToADeletedMessage() {
    MessageCreateEvent event =
        decode("MESSAGE_CREATE", RealTrafficPayloads.MESSAGE_CREATE_REPLY_TO_DELETED, MessageCreateEvent.class);
    assertEquals(MessageType.CHAT_INPUT_COMMAND, event.type());
    assertTrue(event.referencedMessage().isNull());
    assertEquals(OptionalInt.of(4), event.position());
    assertTrue(event.interactionMetadata().isPresent());
    assertEquals(Optional.empty(), event.member());
  }

  @Test
  void aFullMessageUpdate() {
    MessageUpdateEvent event =
        decode("MESSAGE_UPDATE", RealTrafficPayloads.MESSAGE_UPDATE_FULL_EDIT, MessageUpdateEvent.class);
    assertEquals(Optional.of(Instant.parse("2024-07-01T08:05:00.123Z")), event.editedTimestamp());
    assertEquals(Optional.of(NELLY), event.author().map(a -> a.id()));
    assertEquals(Optional.of(true), event.pinned());
    assertEquals(List.of(MASON), event.mentions().stream().map(u -> u.id()).toList());
  }

  @Test
  void aSuperReactionWithANamelessCustomEmojiInADirectMessage() {
    MessageReactionAddEvent event =
        decode("MESSAGE_REACTION_ADD", RealTrafficPayloads.MESSAGE_REACTION_ADD_IN_DM, MessageReactionAddEvent.class);
    assertEquals(Optional.empty(), event.guildId());
    assertEquals(Optional.empty(), event.member());
    assertEquals(Optional.of(Snowflake.of(41771983429993937L)), event.emoji().id());
    assertEquals(Optional.empty(), event.emoji().name());
    assertTrue(event.burst());
    assertEquals(1, event.type());
    assertEquals(List.of("#ff0000", "#00ff00"), event.burstColors());
  }

  @Test
  void aGuestMemberHasNoJoinDate() {
    GuildMemberUpdateEvent event =
        decode("GUILD_MEMBER_UPDATE", RealTrafficPayloads.GUILD_MEMBER_UPDATE_GUEST, GuildMemberUpdateEvent.class);
    assertEquals(Optional.empty(), event.joinedAt());
    assertEquals(List.of(), event.roleIds());
    assertEquals(GUILD, event.guildId());
  }

  @Test
  void aSparseMemberUpdate() {
    GuildMemberUpdateEvent event =
        decode("GUILD_MEMBER_UPDATE", RealTrafficPayloads.GUILD_MEMBER_UPDATE_SPARSE, GuildMemberUpdateEvent.class);
    assertTrue(event.nickname().isAbsent());
    assertTrue(event.premiumSince().isAbsent());
    assertTrue(event.communicationDisabledUntil().isAbsent());
    assertEquals(OptionalLong.empty(), event.flags());
    assertFalse(event.isDeaf());
  }

  @Test
  void anOfflinePresenceWithAFullerUser() {
    PresenceUpdateEvent event =
        decode("PRESENCE_UPDATE", RealTrafficPayloads.PRESENCE_UPDATE_OFFLINE_FULL_USER, PresenceUpdateEvent.class);
    assertEquals(NELLY, event.userId());
    assertEquals(Status.OFFLINE, event.status());
    assertEquals(List.of(), event.activities());
    assertEquals(Optional.empty(), event.clientStatus().orElseThrow().desktop());
  }

  @Test
  void gameActivitiesAsClientsReportThem() {
    PresenceUpdateEvent event =
        decode("PRESENCE_UPDATE", RealTrafficPayloads.PRESENCE_UPDATE_GAME_ACTIVITIES, PresenceUpdateEvent.class);
    List<Activity> activities = event.activities();
    assertEquals(3, activities.size());
    assertEquals(ActivityType.CUSTOM, activities.get(0).type());
    assertEquals(Optional.of(Snowflake.of(41771983429993937L)), activities.get(0).emoji().get().id());
    Activity game = activities.get(1);
    assertEquals(Optional.of(Snowflake.of(1)), game.applicationId());
    assertEquals(OptionalLong.empty(), game.timestamps().orElseThrow().start());
    assertEquals(OptionalLong.of(1727660000000L), game.timestamps().orElseThrow().end());
    Activity spotify = activities.get(2);
    assertEquals(ActivityType.LISTENING, spotify.type());
    assertEquals(OptionalLong.of(48), spotify.flags());
    assertEquals("A Song", spotify.details().get());
  }

  @Test
  void aPrivateThreadTheBotWasAddedTo() {
    ThreadCreateEvent event =
        decode("THREAD_CREATE", RealTrafficPayloads.THREAD_CREATE_ADDED_TO_PRIVATE, ThreadCreateEvent.class);
    assertEquals(ChannelType.PRIVATE_THREAD, event.type());
    assertFalse(event.newlyCreated());
    assertFalse(event.threadMetadata().orElseThrow().invitable());
    assertTrue(event.member().orElseThrow().json().contains("\"user_id\":\"1000000000000000002\""));
  }

  @Test
  void aMessageCommandResolvesItsTargetMessage() {
    InteractionCreateEvent event =
        decode("INTERACTION_CREATE", RealTrafficPayloads.INTERACTION_MESSAGE_COMMAND, InteractionCreateEvent.class);
    Snowflake target = Snowflake.of(1200000000000000003L);
    assertEquals(Optional.of(target), event.data().orElseThrow().targetId());
    Message message = event.data().orElseThrow().resolved().orElseThrow().messages().get(target);
    assertEquals("quote me", message.content());
    assertEquals(MASON, message.author().id());
  }

  @Test
  void aModalSubmitKeepsItsComponentsRaw() {
    InteractionCreateEvent event =
        decode("INTERACTION_CREATE", RealTrafficPayloads.INTERACTION_MODAL_SUBMIT, InteractionCreateEvent.class);
    assertEquals(InteractionType.MODAL_SUBMIT, event.type());
    assertEquals(Optional.of("feedback"), event.data().orElseThrow().customId());
    assertTrue(event.data().orElseThrow().components().orElseThrow().json().contains("\"value\":\"great\""));
    assertEquals(NELLY, event.member().orElseThrow().user().id());
  }

  @Test
  void autocompleteInAGroupDirectMessage() {
    InteractionCreateEvent event =
        decode("INTERACTION_CREATE", RealTrafficPayloads.INTERACTION_AUTOCOMPLETE_IN_GROUP_DM, InteractionCreateEvent.class);
    assertEquals(InteractionType.APPLICATION_COMMAND_AUTOCOMPLETE, event.type());
    assertEquals(Optional.empty(), event.guildId());
    assertEquals(Optional.empty(), event.member());
    assertEquals(NELLY, event.user().orElseThrow().id());
    assertEquals(ChannelType.GROUP_DM, event.channel().orElseThrow().type());
    assertTrue(event.channel().orElseThrow().name().isNull());
    assertTrue(event.data().orElseThrow().options().get(0).focused());
  }

  @Test
  void aRequestToSpeakOnAStage() {
    VoiceStateUpdateEvent event =
        decode("VOICE_STATE_UPDATE", RealTrafficPayloads.VOICE_STATE_UPDATE_STAGE, VoiceStateUpdateEvent.class);
    assertTrue(event.suppress());
    assertEquals(NELLY, event.member().orElseThrow().user().id());
    assertEquals(Optional.of(Instant.parse("2024-07-01T08:10:00Z")), event.requestToSpeakTimestamp());
    assertFalse(event.selfStream());
  }

  @Test
  void typingInADirectMessage() {
    TypingStartEvent event = decode("TYPING_START", RealTrafficPayloads.TYPING_START_IN_DM, TypingStartEvent.class);
    assertEquals(Optional.empty(), event.guildId());
    assertEquals(Optional.empty(), event.member());
    assertEquals(Instant.ofEpochSecond(1719821400L), event.startedAt());
  }

  @Test
  void aChunkEchoesIdsItDidNotFindAsTheyWereSent() {
    MemberChunkEvent event =
        decode("GUILD_MEMBERS_CHUNK", RealTrafficPayloads.GUILD_MEMBERS_CHUNK_NOT_FOUND_AS_INTEGERS, MemberChunkEvent.class);
    assertEquals(List.of(Snowflake.of(1234), Snowflake.of(5678)), event.notFound());
    assertEquals(Status.IDLE, event.presences().get(NELLY).status());
    assertEquals(1, event.members().size());
    assertEquals(NELLY, event.members().get(NELLY).user().id());
  }

  @Test
  void aDeletedCategory() {
    ChannelDeleteEvent event =
        decode("CHANNEL_DELETE", RealTrafficPayloads.CHANNEL_DELETE_CATEGORY, ChannelDeleteEvent.class);
    assertEquals(ChannelType.GUILD_CATEGORY, event.type());
    assertTrue(event.parentId().isAbsent());
    assertTrue(event.topic().isAbsent());
  }

  @Test
  void aBoosterRoleWithNullValuedTags() {
    GuildRoleCreateEvent event =
        decode("GUILD_ROLE_CREATE", RealTrafficPayloads.GUILD_ROLE_CREATE_BOOSTER, GuildRoleCreateEvent.class);
    assertEquals("{\"premium_subscriber\":null}", event.role().tags().orElseThrow().json());
    assertEquals(OptionalInt.of(16023551), event.role().color());
    assertTrue(event.role().managed());
  }
  @Test
  void aLargeGuildWithStageForumAndMediaChannels() {
    GuildCreateEvent event = decode("GUILD_CREATE", RealTrafficPayloads.GUILD_CREATE_LARGE, GuildCreateEvent.class);
    assertTrue(event.large());
    assertEquals(OptionalInt.of(250001), event.memberCount());
    assertEquals(2, event.members().size());
    assertEquals(NELLY, event.voiceStates().get(0).member().orElseThrow().user().id());
    assertEquals(Optional.empty(), event.voiceStates().get(0).guildId());
    assertEquals(
        List.of(ChannelType.GUILD_STAGE_VOICE, ChannelType.GUILD_FORUM, ChannelType.GUILD_MEDIA, ChannelType.GUILD_ANNOUNCEMENT),
        event.channels().stream().map(c -> c.type()).toList());
    assertTrue(event.channels().get(1).defaultReactionEmoji().get().json().contains("emoji_name"));
    assertTrue(event.channels().get(2).defaultReactionEmoji().isNull());
    assertEquals(Optional.of(NELLY), event.emojis().get(0).user().map(u -> u.id()));
    assertTrue(event.maxPresences().isNull());
    assertEquals(OptionalLong.of(15), event.systemChannelFlags());
  }

  @Test
  void readyAsABotReceivesIt() {
    ShardReadyEvent event = decode("READY", RealTrafficPayloads.READY_BOT, ShardReadyEvent.class);
    assertEquals(10, event.actualGatewayVersion());
    assertTrue(event.myUser().isBot());
    assertTrue(event.myUser().isVerified());
    assertEquals(Snowflake.of(1000000000000000002L), event.applicationId());
    assertEquals(Set.of(GUILD), event.unavailableGuilds());
    assertEquals("wss://gateway-us-east1-c.discord.gg", event.resumeGatewayUrl());
  }

  @Test
  void aRoleSubscriptionPurchaseHasItsOwnType() {
    MessageCreateEvent event = decode(
        "MESSAGE_CREATE", RealTrafficPayloads.MESSAGE_CREATE_ROLE_SUBSCRIPTION_PURCHASE, MessageCreateEvent.class);
    assertEquals(MessageType.ROLE_SUBSCRIPTION_PURCHASE, event.type());
    assertEquals("25", event.rawType());
    assertEquals(NELLY, event.author().id());
  }

  @Test
  void activityNumbersAsRichPresenceClientsSendThem() {
    PresenceUpdateEvent event = decode(
        "PRESENCE_UPDATE", RealTrafficPayloads.PRESENCE_UPDATE_LOOSELY_TYPED_ACTIVITIES, PresenceUpdateEvent.class);
    Activity decimal = event.activities().get(0);
    assertEquals(OptionalLong.of(1727800000123L), decimal.timestamps().orElseThrow().start());
    assertEquals("1727800000123.456", decimal.timestamps().orElseThrow().rawStart().orElseThrow().json());
    assertEquals(OptionalLong.of(1727805739426L), decimal.createdAt());
    Activity strings = event.activities().get(1);
    assertEquals(OptionalLong.of(1727800000000L), strings.timestamps().orElseThrow().start());
    assertEquals(OptionalLong.of(1727809999000L), strings.timestamps().orElseThrow().end());
    assertEquals(OptionalLong.of(1727805739427L), strings.createdAt());
    assertEquals("\"1727805739427\"", strings.rawCreatedAt().orElseThrow().json());
    Activity nulls = event.activities().get(2);
    assertEquals(Optional.empty(), nulls.rawCreatedAt());
    assertEquals(OptionalLong.empty(), nulls.createdAt());
    assertEquals(OptionalLong.empty(), nulls.timestamps().orElseThrow().start());
  }

  @Test
  void aButtonOnAnEphemeralReplyInAThread() {
    InteractionCreateEvent event = decode(
        "INTERACTION_CREATE", RealTrafficPayloads.INTERACTION_BUTTON_ON_EPHEMERAL_IN_THREAD, InteractionCreateEvent.class);
    assertEquals(InteractionType.MESSAGE_COMPONENT, event.type());
    assertEquals(Optional.of("go"), event.data().orElseThrow().customId());
    assertEquals(OptionalInt.of(2), event.data().orElseThrow().componentType());
    Message message = event.message().orElseThrow();
    assertEquals(OptionalLong.of(32832), message.flags());
    assertTrue(message.components().orElseThrow().json().startsWith("[{\"type\":17"));
    assertTrue(message.interactionMetadata().isPresent());
    assertEquals(ChannelType.PUBLIC_THREAD, event.channel().orElseThrow().type());
    assertEquals(4320, event.channel().orElseThrow().threadMetadata().orElseThrow().autoArchiveDuration());
    assertEquals(NELLY, event.member().orElseThrow().user().id());
  }

  @Test
  void everyKindOfActivity() {
    PresenceUpdateEvent event = decode(
        "PRESENCE_UPDATE", RealTrafficPayloads.PRESENCE_UPDATE_EVERY_ACTIVITY_TYPE, PresenceUpdateEvent.class);
    assertEquals(Status.DO_NOT_DISTURB, event.status());
    assertEquals(Optional.of(Status.IDLE), event.clientStatus().orElseThrow().web());
    assertEquals(Optional.of(Status.ONLINE), event.clientStatus().orElseThrow().vr());
    assertEquals(Optional.empty(), event.clientStatus().orElseThrow().mobile());
    List<Activity> activities = event.activities();
    assertEquals(
        List.of(ActivityType.CUSTOM, ActivityType.CUSTOM, ActivityType.STREAMING, ActivityType.WATCHING,
            ActivityType.COMPETING, ActivityType.PLAYING),
        activities.stream().map(Activity::type).toList());
    assertEquals(Optional.empty(), activities.get(0).emoji().get().id());
    assertEquals(Optional.of("☕"), activities.get(0).emoji().get().name());
    assertTrue(activities.get(1).emoji().get().animated());
    assertTrue(activities.get(1).state().isAbsent());
    assertEquals("https://www.twitch.tv/nelly", activities.get(2).url().get());
    assertEquals("[\"Watch\"]", activities.get(3).buttons().orElseThrow().json());
    Activity game = activities.get(5);
    assertTrue(game.instance());
    assertTrue(game.details().isNull());
    assertEquals("{\"size\":[2,4],\"id\":\"party-1\"}", game.party().orElseThrow().json());
  }

  @Test
  void reactionsFromBeforeSuperReactionsHaveNoType() {
    MessageReactionAddEvent add =
        decode("MESSAGE_REACTION_ADD", RealTrafficPayloads.MESSAGE_REACTION_ADD_WITHOUT_TYPE, MessageReactionAddEvent.class);
    assertEquals(OptionalInt.empty(), add.sentType());
    assertEquals(0, add.type());
    assertFalse(add.burst());
    assertEquals(NELLY, add.member().orElseThrow().user().id());
    MessageReactionRemoveEvent remove = decode(
        "MESSAGE_REACTION_REMOVE", RealTrafficPayloads.MESSAGE_REACTION_REMOVE_WITHOUT_TYPE, MessageReactionRemoveEvent.class);
    assertEquals(0, remove.type());
    assertEquals(Optional.of("shardwire"), remove.emoji().name());
    MessageReactionAddEvent burst = decode("MESSAGE_REACTION_ADD",
        RealTrafficPayloads.MESSAGE_REACTION_ADD_WITHOUT_TYPE.replace("{\"user_id\"", "{\"burst\":true,\"user_id\""),
        MessageReactionAddEvent.class);
    assertEquals(OptionalInt.empty(), burst.sentType());
    assertEquals(1, burst.type());
  }

  @Test
  void aSuperReactionsTypeAsSent() {
    MessageReactionAddEvent event =
        decode("MESSAGE_REACTION_ADD", RealTrafficPayloads.MESSAGE_REACTION_ADD_IN_DM, MessageReactionAddEvent.class);
    assertEquals(OptionalInt.of(1), event.sentType());
    assertEquals(1, event.type());
  }

  @Test
  void wholeNumbersWrittenAsDecimalsReadAsIntegers() {
    PresenceUpdateEvent presence = decode(
        "PRESENCE_UPDATE", RealTrafficPayloads.PRESENCE_UPDATE_WHOLE_NUMBERS_AS_DECIMALS, PresenceUpdateEvent.class);
    Activity game = presence.activities().get(0);
    assertEquals(ActivityType.PLAYING, game.type());
    assertEquals("0", game.rawType());
    assertEquals(OptionalLong.of(1), game.flags());
    assertEquals(OptionalLong.of(1727805739426L), game.createdAt());
    assertEquals(OptionalLong.of(1727800000000L), game.timestamps().orElseThrow().start());

    ChannelUpdateEvent channel = decode(
        "CHANNEL_UPDATE", RealTrafficPayloads.CHANNEL_UPDATE_WHOLE_NUMBERS_AS_DECIMALS, ChannelUpdateEvent.class);
    assertEquals(ChannelType.GUILD_VOICE, channel.type());
    assertEquals(OptionalInt.of(64000), channel.bitrate());
    assertEquals(OptionalInt.of(0), channel.userLimit());
    assertEquals(OptionalInt.of(5), channel.position());
    assertEquals(OptionalLong.of(0), channel.flags());

    TypingStartEvent typing = decode(
        "TYPING_START", RealTrafficPayloads.TYPING_START_WHOLE_NUMBERS_AS_DECIMALS, TypingStartEvent.class);
    assertEquals(Instant.ofEpochSecond(1719821400L), typing.startedAt());

    MessageCreateEvent message = decode(
        "MESSAGE_CREATE", RealTrafficPayloads.MESSAGE_CREATE_WHOLE_NUMBERS_AS_DECIMALS, MessageCreateEvent.class);
    assertEquals(MessageType.DEFAULT, message.type());
    assertEquals(OptionalInt.of(3066993), message.embeds().get(0).color());
    Attachment attachment = message.attachments().get(0);
    assertEquals(9000L, attachment.size());
    assertEquals(640, attachment.width().get());
    assertEquals(480, attachment.height().get());
  }

  @Test
  void aCommandInTheBotsDirectMessagesNamesItsGuildOwnerAsTheNumberZero() {
    InteractionCreateEvent event = decode(
        "INTERACTION_CREATE", RealTrafficPayloads.INTERACTION_IN_BOT_DM_OWNER_ZERO_AS_NUMBER, InteractionCreateEvent.class);
    assertEquals(
        Map.of("0", Snowflake.of(0), "1", NELLY), event.authorizingIntegrationOwners());
    assertEquals(ChannelType.DM, event.channel().orElseThrow().type());
    assertEquals(NELLY, event.user().orElseThrow().id());
    assertEquals(Optional.empty(), event.member());
  }

  @Test
  void permissionsDiscordAddedSinceModerateMembersHaveTheirNames() {
    // Every bit Discord documents up to BYPASS_SLOWMODE (1 << 52); 1 << 47 is no longer documented.
    String json = RealTrafficPayloads.INTERACTION_BUTTON_ON_EPHEMERAL_IN_THREAD.replace(
        "\"app_permissions\":\"2251799813685247\"", "\"app_permissions\":\"9007199254740991\"");
    InteractionCreateEvent event = decode("INTERACTION_CREATE", json, InteractionCreateEvent.class);
    List<String> names = event.appPermissions().orElseThrow().names();
    assertEquals(
        List.of("VIEW_CREATOR_MONETIZATION_ANALYTICS", "USE_SOUNDBOARD", "CREATE_GUILD_EXPRESSIONS", "CREATE_EVENTS",
            "USE_EXTERNAL_SOUNDS", "SEND_VOICE_MESSAGES", "SET_VOICE_CHANNEL_STATUS", "SEND_POLLS", "USE_EXTERNAL_APPS",
            "PIN_MESSAGES", "BYPASS_SLOWMODE", "1<<47"),
        names.subList(names.indexOf("MODERATE_MEMBERS") + 1, names.size()));
  }
}

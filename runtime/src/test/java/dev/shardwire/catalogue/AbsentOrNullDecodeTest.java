package dev.shardwire.catalogue;

import static dev.shardwire.catalogue.Decoding.decode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shardwire.events.channel.ChannelUpdateEvent;
import dev.shardwire.events.channel.ThreadCreateEvent;
import dev.shardwire.events.guild.GuildRoleUpdateEvent;
import dev.shardwire.events.guild.GuildUpdateEvent;
import dev.shardwire.events.member.GuildMemberUpdateEvent;
import dev.shardwire.events.message.MessageCreateEvent;
import dev.shardwire.events.presence.PresenceUpdateEvent;
import dev.shardwire.models.Activity;
import dev.shardwire.models.Attachment;
import dev.shardwire.models.OptionalNullable;
import dev.shardwire.models.Role;
import dev.shardwire.models.Snowflake;
import dev.shardwire.models.ThreadMetadata;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Each catalogue model with a field Discord marks "optional and nullable" ({@code ?field: ?type})
 * decodes it once sent as {@code null} and once left out, and the two stay apart: the difference
 * is what an update uses to say "cleared" rather than "unchanged".
 */
class AbsentOrNullDecodeTest {

  private static final String GUILD_ID = "41771983423143937";

  /** A user that leaves out banner and accent colour (as partial users in mentions do). */
  private static final String USER_BARE =
      "{\"id\":\"53908232506183680\",\"username\":\"mason\",\"discriminator\":\"0\",\"avatar\":null,\"global_name\":null}";

  @Test
  void memberAndUserFieldsSentAsNull() {
    GuildMemberUpdateEvent event = decode("GUILD_MEMBER_UPDATE", """
        {"user":%s,"roles":[],"guild_id":"%s","nick":null,"avatar":null,"banner":null,"premium_since":null,
         "communication_disabled_until":null,"joined_at":null}""".formatted(CataloguePayloads.USER_NELLY, GUILD_ID),
        GuildMemberUpdateEvent.class);
    assertTrue(event.nickname().isNull());
    assertTrue(event.avatarHash().isNull());
    assertTrue(event.bannerHash().isNull());
    assertTrue(event.premiumSince().isNull());
    assertTrue(event.communicationDisabledUntil().isNull());
    assertTrue(event.user().bannerHash().isNull());
    assertTrue(event.user().accentColor().isNull());
  }

  @Test
  void memberAndUserFieldsLeftOut() {
    GuildMemberUpdateEvent event = decode("GUILD_MEMBER_UPDATE",
        "{\"guild_id\":\"%s\",\"roles\":[],\"user\":%s}".formatted(GUILD_ID, USER_BARE), GuildMemberUpdateEvent.class);
    assertTrue(event.nickname().isAbsent());
    assertTrue(event.avatarHash().isAbsent());
    assertTrue(event.bannerHash().isAbsent());
    assertTrue(event.premiumSince().isAbsent());
    assertTrue(event.communicationDisabledUntil().isAbsent());
    assertTrue(event.user().bannerHash().isAbsent());
    assertTrue(event.user().accentColor().isAbsent());
  }

  @Test
  void userFieldsSentAsValues() {
    String user = USER_BARE.replace("}", ",\"banner\":\"06c16474723fe537c283b8efa61a30c8\",\"accent_color\":16711680}");
    GuildMemberUpdateEvent event = decode("GUILD_MEMBER_UPDATE",
        "{\"guild_id\":\"%s\",\"roles\":[],\"user\":%s,\"banner\":\"a_b1\"}".formatted(GUILD_ID, user),
        GuildMemberUpdateEvent.class);
    assertEquals(OptionalNullable.of("06c16474723fe537c283b8efa61a30c8"), event.user().bannerHash());
    assertEquals(OptionalNullable.of(16711680), event.user().accentColor());
    assertEquals(OptionalNullable.of("a_b1"), event.bannerHash());
  }

  @Test
  void guildFieldsSentAsNullOrLeftOut() {
    GuildUpdateEvent sentNull = decode("GUILD_UPDATE",
        CataloguePayloads.GUILD_UPDATE.replace("\"max_presences\":null,", "\"max_presences\":null,\"widget_channel_id\":null,"),
        GuildUpdateEvent.class);
    assertTrue(sentNull.widgetChannelId().isNull());
    assertTrue(sentNull.maxPresences().isNull());

    GuildUpdateEvent leftOut = decode("GUILD_UPDATE",
        CataloguePayloads.GUILD_UPDATE.replace("\"max_presences\":null,", ""), GuildUpdateEvent.class);
    assertTrue(leftOut.widgetChannelId().isAbsent());
    assertTrue(leftOut.maxPresences().isAbsent());

    GuildUpdateEvent sent = decode("GUILD_UPDATE",
        CataloguePayloads.GUILD_UPDATE.replace("\"max_presences\":null,", "\"max_presences\":250,\"widget_channel_id\":\"7\","),
        GuildUpdateEvent.class);
    assertEquals(OptionalNullable.of(Snowflake.of(7)), sent.widgetChannelId());
    assertEquals(OptionalNullable.of(250), sent.maxPresences());
  }

  @Test
  void roleFieldsSentAsNullOrLeftOut() {
    Role sentNull = decode("GUILD_ROLE_UPDATE", CataloguePayloads.GUILD_ROLE_UPDATE, GuildRoleUpdateEvent.class).role();
    assertTrue(sentNull.icon().isNull());
    assertTrue(sentNull.unicodeEmoji().isNull());

    String leftOutJson = CataloguePayloads.GUILD_ROLE_UPDATE.replace("\"unicode_emoji\":null,", "").replace("\"icon\":null,", "");
    Role leftOut = decode("GUILD_ROLE_UPDATE", leftOutJson, GuildRoleUpdateEvent.class).role();
    assertTrue(leftOut.icon().isAbsent());
    assertTrue(leftOut.unicodeEmoji().isAbsent());

    String sentJson = CataloguePayloads.GUILD_ROLE_UPDATE.replace("\"unicode_emoji\":null", "\"unicode_emoji\":\"🛡\"");
    assertEquals(OptionalNullable.of("🛡"), decode("GUILD_ROLE_UPDATE", sentJson, GuildRoleUpdateEvent.class).role().unicodeEmoji());
  }

  @Test
  void channelFieldsSentAsNull() {
    ChannelUpdateEvent event = decode("CHANNEL_UPDATE", """
        {"id":"155101607195836416","type":3,"name":null,"topic":null,"last_message_id":null,"icon":null,
         "application_id":null,"parent_id":null,"last_pin_timestamp":null,"rtc_region":null,
         "default_reaction_emoji":null,"default_sort_order":null}""", ChannelUpdateEvent.class);
    assertTrue(event.name().isNull());
    assertTrue(event.topic().isNull());
    assertTrue(event.lastMessageId().isNull());
    assertTrue(event.icon().isNull());
    assertTrue(event.applicationId().isNull());
    assertTrue(event.parentId().isNull());
    assertTrue(event.lastPinTimestamp().isNull());
    assertTrue(event.rtcRegion().isNull());
    assertTrue(event.defaultReactionEmoji().isNull());
    assertTrue(event.defaultSortOrder().isNull());
  }

  @Test
  void channelFieldsLeftOut() {
    ChannelUpdateEvent event = decode("CHANNEL_UPDATE", "{\"type\":3,\"id\":\"155101607195836416\"}", ChannelUpdateEvent.class);
    assertTrue(event.name().isAbsent());
    assertTrue(event.topic().isAbsent());
    assertTrue(event.lastMessageId().isAbsent());
    assertTrue(event.icon().isAbsent());
    assertTrue(event.applicationId().isAbsent());
    assertTrue(event.parentId().isAbsent());
    assertTrue(event.lastPinTimestamp().isAbsent());
    assertTrue(event.rtcRegion().isAbsent());
    assertTrue(event.defaultReactionEmoji().isAbsent());
    assertTrue(event.defaultSortOrder().isAbsent());
  }

  @Test
  void channelFieldsSentAsValues() {
    ChannelUpdateEvent event = decode("CHANNEL_UPDATE", """
        {"id":"1100000000000000005","type":15,"default_sort_order":1,"last_pin_timestamp":"2024-06-01T12:00:00+00:00",
         "default_reaction_emoji":{"emoji_id":null,"emoji_name":"👍"},"icon":"i1","application_id":"7"}""",
        ChannelUpdateEvent.class);
    assertEquals(OptionalNullable.of(1), event.defaultSortOrder());
    assertEquals(OptionalNullable.of(Instant.parse("2024-06-01T12:00:00Z")), event.lastPinTimestamp());
    assertEquals("{\"emoji_id\":null,\"emoji_name\":\"👍\"}", event.defaultReactionEmoji().get().json());
    assertEquals(OptionalNullable.of("i1"), event.icon());
    assertEquals(OptionalNullable.of(Snowflake.of(7)), event.applicationId());
  }

  @Test
  void threadCreateTimestampSentAsNullOrLeftOut() {
    String created = "\"create_timestamp\":\"2024-06-01T12:00:00.123456+00:00\",";
    ThreadMetadata sentNull = decode("THREAD_CREATE",
        CataloguePayloads.THREAD_CREATE.replace(created, "\"create_timestamp\":null,"), ThreadCreateEvent.class)
        .threadMetadata().orElseThrow();
    assertTrue(sentNull.createTimestamp().isNull());

    ThreadMetadata leftOut = decode("THREAD_CREATE", CataloguePayloads.THREAD_CREATE.replace(created, ""),
        ThreadCreateEvent.class).threadMetadata().orElseThrow();
    assertTrue(leftOut.createTimestamp().isAbsent());
  }

  private static String message(String extra) {
    return """
        {"id":"1100000000000000040","channel_id":"%s","author":%s,"content":"re","type":19,
         "timestamp":"2024-06-01T12:00:01.234567+00:00","edited_timestamp":null%s}""".formatted(GUILD_ID, USER_BARE, extra);
  }

  @Test
  void messageAndAttachmentFieldsSentAsNull() {
    MessageCreateEvent event = decode("MESSAGE_CREATE", message("""
        ,"referenced_message":null,"attachments":[{"id":"1","filename":"notes.txt","size":3,
         "url":"https://cdn.example/notes.txt","proxy_url":"https://media.example/notes.txt","height":null,"width":null}]"""),
        MessageCreateEvent.class);
    assertTrue(event.referencedMessage().isNull(), "a reply whose message was deleted");
    Attachment attachment = event.attachments().get(0);
    assertTrue(attachment.height().isNull());
    assertTrue(attachment.width().isNull());
  }

  @Test
  void messageAndAttachmentFieldsLeftOut() {
    MessageCreateEvent event = decode("MESSAGE_CREATE", message("""
        ,"attachments":[{"id":"1","filename":"notes.txt","size":3,
         "url":"https://cdn.example/notes.txt","proxy_url":"https://media.example/notes.txt"}]"""),
        MessageCreateEvent.class);
    assertTrue(event.referencedMessage().isAbsent(), "Discord did not look the replied message up");
    Attachment attachment = event.attachments().get(0);
    assertTrue(attachment.height().isAbsent());
    assertTrue(attachment.width().isAbsent());
  }

  @Test
  void activityFieldsSentAsNullOrLeftOut() {
    PresenceUpdateEvent event = decode("PRESENCE_UPDATE", """
        {"user":{"id":"80351110224678912"},"status":"online","guild_id":"%s","activities":[
          {"type":0,"name":"Game","created_at":1700000000000,"url":null,"details":null,"state":null,"emoji":null},
          {"type":0,"name":"Other game","created_at":1700000000001}]}""".formatted(GUILD_ID), PresenceUpdateEvent.class);
    Activity sentNull = event.activities().get(0);
    assertTrue(sentNull.url().isNull());
    assertTrue(sentNull.details().isNull());
    assertTrue(sentNull.state().isNull());
    assertTrue(sentNull.emoji().isNull());
    Activity leftOut = event.activities().get(1);
    assertTrue(leftOut.url().isAbsent());
    assertTrue(leftOut.details().isAbsent());
    assertTrue(leftOut.state().isAbsent());
    assertTrue(leftOut.emoji().isAbsent());
  }
}

package dev.shardwire.catalogue;

import static dev.shardwire.catalogue.Decoding.decode;
import static dev.shardwire.catalogue.GuildEventsDecodeTest.GUILD;
import static dev.shardwire.catalogue.GuildEventsDecodeTest.MODS;
import static dev.shardwire.catalogue.GuildEventsDecodeTest.NELLY;
import static dev.shardwire.catalogue.MemberAndChannelEventsDecodeTest.assertNelly;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shardwire.events.message.MessageCreateEvent;
import dev.shardwire.events.message.MessageDeleteBulkEvent;
import dev.shardwire.events.message.MessageDeleteEvent;
import dev.shardwire.events.message.MessageReactionAddEvent;
import dev.shardwire.events.message.MessageReactionRemoveEvent;
import dev.shardwire.events.message.MessageUpdateEvent;
import dev.shardwire.models.Attachment;
import dev.shardwire.models.Embed;
import dev.shardwire.models.EmbedField;
import dev.shardwire.models.Message;
import dev.shardwire.models.MessageReference;
import dev.shardwire.models.MessageType;
import dev.shardwire.models.OptionalNullable;
import dev.shardwire.models.Reaction;
import dev.shardwire.models.Snowflake;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The message and reaction events, every field checked. */
class MessageEventsDecodeTest {

  static final Snowflake MESSAGE = Snowflake.of(1100000000000000010L);
  static final Snowflake MASON = Snowflake.of(53908232506183680L);

  @Test
  void messageCreate() {
    MessageCreateEvent event = decode("MESSAGE_CREATE", CataloguePayloads.MESSAGE_CREATE, MessageCreateEvent.class);
    assertEquals("MESSAGE_CREATE", event.eventType().gatewayName().orElseThrow());
    assertEquals(MESSAGE, event.id());
    assertEquals(GUILD, event.channelId());
    assertNelly(event.author());
    assertEquals("hello <@53908232506183680>", event.content());
    assertEquals(Instant.parse("2024-06-01T12:00:01.234567Z"), event.timestamp());
    assertEquals(Optional.empty(), event.editedTimestamp());
    assertFalse(event.tts());
    assertFalse(event.mentionEveryone());
    assertEquals(1, event.mentions().size());
    assertEquals(MASON, event.mentions().get(0).id());
    assertEquals("mason", event.mentions().get(0).username());
    assertTrue(event.mentions().get(0).bannerHash().isAbsent());
    assertTrue(event.mentions().get(0).accentColor().isAbsent());
    assertEquals(List.of(MODS), event.mentionRoles());
    assertEquals(Optional.empty(), event.mentionChannels());
    Attachment attachment = event.attachments().get(0);
    assertEquals(Snowflake.of(1100000000000000011L), attachment.id());
    assertEquals("a.png", attachment.filename());
    assertEquals(Optional.empty(), attachment.title());
    assertEquals(Optional.empty(), attachment.description());
    assertEquals(Optional.of("image/png"), attachment.contentType());
    assertEquals(12345, attachment.size());
    assertEquals("https://cdn.example/a.png", attachment.url());
    assertEquals("https://media.example/a.png", attachment.proxyUrl());
    assertEquals(OptionalNullable.of(480), attachment.height());
    assertEquals(OptionalNullable.of(640), attachment.width());
    assertFalse(attachment.ephemeral());
    assertEquals(OptionalLong.empty(), attachment.flags());
    Embed embed = event.embeds().get(0);
    assertEquals(Optional.of("rich"), embed.type());
    assertEquals(Optional.of("Release"), embed.title());
    assertEquals(Optional.of("v1 is out"), embed.description());
    assertEquals(Optional.empty(), embed.url());
    assertEquals(Optional.of(Instant.parse("2024-06-01T12:00:00Z")), embed.timestamp());
    assertEquals(OptionalInt.of(5814783), embed.color());
    EmbedField field = embed.fields().get(0);
    assertEquals("CI", field.name());
    assertEquals("all green", field.value());
    assertTrue(field.inline());
    assertEquals("{\"text\":\"shardwire\"}", embed.footer().orElseThrow().json());
    assertEquals(Optional.empty(), embed.image());
    assertEquals(Optional.empty(), embed.author());
    Reaction reaction = event.reactions().get(0);
    assertEquals(2, reaction.count());
    assertTrue(reaction.me());
    assertFalse(reaction.meBurst());
    assertEquals(Optional.of("👍"), reaction.emoji().name());
    assertEquals(Optional.empty(), reaction.emoji().id());
    assertEquals(List.of(), reaction.burstColors());
    assertEquals("{\"normal\":2,\"burst\":0}", reaction.countDetails().orElseThrow().json());
    assertEquals("\"1246520000000000000\"", event.nonce().orElseThrow().json());
    assertFalse(event.pinned());
    assertEquals(Optional.empty(), event.webhookId());
    assertEquals(MessageType.REPLY, event.type());
    assertEquals("19", event.rawType());
    assertEquals(OptionalLong.of(4), event.flags());
    MessageReference reference = event.messageReference().orElseThrow();
    assertEquals(OptionalInt.of(0), reference.type());
    assertEquals(Optional.of(Snowflake.of(1100000000000000009L)), reference.messageId());
    assertEquals(Optional.of(GUILD), reference.channelId());
    assertEquals(Optional.of(GUILD), reference.guildId());
    Message replied = event.referencedMessage().get();
    assertEquals("first", replied.content());
    assertEquals(MessageType.DEFAULT, replied.type());
    assertTrue(replied.referencedMessage().isAbsent());
    assertTrue(event.components().orElseThrow().json().contains("\"custom_id\":\"ack\""));
    assertEquals("[]", event.stickerItems().orElseThrow().json());
    assertEquals(OptionalInt.of(0), event.position());
    assertEquals(Optional.empty(), event.poll());
    assertEquals(Optional.empty(), event.thread());
    assertEquals(Optional.of(GUILD), event.guildId());
    assertEquals(OptionalNullable.of("nel"), event.member().orElseThrow().nickname());
    assertEquals(List.of(MODS), event.member().orElseThrow().roleIds());
  }

  @Test
  void aDirectMessageHasNoGuildNorMember() {
    String dm = "{\"id\":\"5\",\"channel_id\":\"6\",\"author\":" + CataloguePayloads.USER_NELLY
        + ",\"content\":\"hi\",\"timestamp\":\"2024-06-01T12:00:00+00:00\",\"type\":0,\"tts\":false,"
        + "\"mention_everyone\":false,\"mentions\":[],\"mention_roles\":[],\"attachments\":[],\"embeds\":[],"
        + "\"pinned\":false,\"flags\":0,\"components\":[]}";
    MessageCreateEvent event = decode("MESSAGE_CREATE", dm, MessageCreateEvent.class);
    assertEquals(Optional.empty(), event.guildId());
    assertEquals(Optional.empty(), event.member());
    assertEquals("hi", event.content());
  }

  @Test
  void messageUpdateIsPartial() {
    MessageUpdateEvent event = decode("MESSAGE_UPDATE", CataloguePayloads.MESSAGE_UPDATE, MessageUpdateEvent.class);
    assertEquals("MESSAGE_UPDATE", event.eventType().gatewayName().orElseThrow());
    assertEquals(MESSAGE, event.id());
    assertEquals(GUILD, event.channelId());
    assertEquals(Optional.of(GUILD), event.guildId());
    assertEquals(Optional.of("link"), event.embeds().get(0).type());
    assertEquals("{\"name\":\"Example\"}", event.embeds().get(0).provider().orElseThrow().json());
    assertEquals(Optional.empty(), event.author());
    assertEquals(Optional.empty(), event.member());
    assertEquals(Optional.empty(), event.content());
    assertEquals(Optional.empty(), event.timestamp());
    assertEquals(Optional.empty(), event.editedTimestamp());
    assertEquals(Optional.empty(), event.tts());
    assertEquals(Optional.empty(), event.mentionEveryone());
    assertEquals(Optional.empty(), event.pinned());
    assertEquals(Optional.empty(), event.type());
    assertEquals(Optional.empty(), event.rawType());
    assertEquals(OptionalLong.empty(), event.flags());
    assertEquals(List.of(), event.mentions());
    assertEquals(List.of(), event.attachments());
  }

  @Test
  void aFullMessageUpdateCarriesTheEdit() {
    String full = CataloguePayloads.MESSAGE_CREATE.replace("\"edited_timestamp\":null,\"content\":\"hello",
        "\"edited_timestamp\":\"2024-06-01T12:05:00.000000+00:00\",\"content\":\"edited");
    MessageUpdateEvent event = decode("MESSAGE_UPDATE", full, MessageUpdateEvent.class);
    assertEquals(Optional.of("edited <@53908232506183680>"), event.content());
    assertEquals(Optional.of(Instant.parse("2024-06-01T12:05:00Z")), event.editedTimestamp());
    assertEquals(Optional.of(MessageType.REPLY), event.type());
    assertEquals(Optional.of(NELLY), event.author().map(u -> u.id()));
    assertEquals(Optional.of(false), event.pinned());
    assertEquals(OptionalLong.of(4), event.flags());
    assertEquals(List.of(MODS), event.mentionRoles());
  }

  @Test
  void deletes() {
    MessageDeleteEvent deleted = decode("MESSAGE_DELETE", CataloguePayloads.MESSAGE_DELETE, MessageDeleteEvent.class);
    assertEquals(MESSAGE, deleted.messageId());
    assertEquals(GUILD, deleted.channelId());
    assertEquals(Optional.of(GUILD), deleted.guildId());
    MessageDeleteBulkEvent bulk = decode("MESSAGE_DELETE_BULK", CataloguePayloads.MESSAGE_DELETE_BULK, MessageDeleteBulkEvent.class);
    assertEquals(List.of(MESSAGE, Snowflake.of(1100000000000000009L)), bulk.messageIds());
    assertEquals(GUILD, bulk.channelId());
    assertEquals(Optional.of(GUILD), bulk.guildId());
  }

  @Test
  void reactionAdd() {
    MessageReactionAddEvent event =
        decode("MESSAGE_REACTION_ADD", CataloguePayloads.MESSAGE_REACTION_ADD, MessageReactionAddEvent.class);
    assertEquals(NELLY, event.userId());
    assertEquals(GUILD, event.channelId());
    assertEquals(MESSAGE, event.messageId());
    assertEquals(Optional.of(GUILD), event.guildId());
    assertNelly(event.member().orElseThrow().user());
    assertEquals(Optional.of(Snowflake.of(41771983429993937L)), event.emoji().id());
    assertEquals(Optional.of("shardwire"), event.emoji().name());
    assertTrue(event.emoji().animated());
    assertEquals(Optional.of(MASON), event.messageAuthorId());
    assertFalse(event.burst());
    assertEquals(List.of(), event.burstColors());
    assertEquals(0, event.type());
  }

  @Test
  void reactionRemoveInADirectMessage() {
    MessageReactionRemoveEvent event =
        decode("MESSAGE_REACTION_REMOVE", CataloguePayloads.MESSAGE_REACTION_REMOVE, MessageReactionRemoveEvent.class);
    assertEquals(NELLY, event.userId());
    assertEquals(GUILD, event.channelId());
    assertEquals(MESSAGE, event.messageId());
    assertEquals(Optional.empty(), event.guildId());
    assertEquals(Optional.of("🔥"), event.emoji().name());
    assertTrue(event.burst());
    assertEquals(1, event.type());
  }
}

package dev.shardwire.models;

import dev.shardwire.annotations.GatewayModel;
import dev.shardwire.annotations.RawValueOf;
import dev.shardwire.annotations.Repr;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * A message, as MESSAGE_CREATE, interactions and replies carry it. Sub-objects that bots rarely
 * read and Discord often extends (components, stickers, polls, snapshots, activity) are raw JSON.
 */
@GatewayModel(builder = true)
public interface Message {

  /** The message's id. */
  @Repr
  Snowflake id();

  /** The channel it was sent in. */
  @Repr
  Snowflake channelId();

  /** Its author (a webhook's name and avatar for webhook messages). */
  @Repr
  User author();

  /** Its text; empty without the MESSAGE_CONTENT intent unless the bot is mentioned. */
  String content();

  /** When it was sent. */
  Instant timestamp();

  /** When it was last edited, if it was. */
  Optional<Instant> editedTimestamp();

  /** Whether it was sent as text-to-speech. */
  boolean tts();

  /** Whether it mentions everyone. */
  boolean mentionEveryone();

  /** The users it mentions (empty when absent). */
  List<User> mentions();

  /** The roles it mentions. */
  List<Snowflake> mentionRoles();

  /** The channels of other guilds it mentions, as sent. */
  Optional<RawJson> mentionChannels();

  /** Its attachments. */
  List<Attachment> attachments();

  /** Its embeds. */
  List<Embed> embeds();

  /** Its reactions. */
  List<Reaction> reactions();

  /** The nonce the sender chose (a string or an integer), as sent. */
  Optional<RawJson> nonce();

  /** Whether it is pinned. */
  boolean pinned();

  /** The webhook that sent it, if one did. */
  Optional<Snowflake> webhookId();

  /** Its type; {@link MessageType#UNKNOWN} for one this version does not know. */
  @Repr
  MessageType type();

  /** The type as the payload sent it, as {@code "0"}. */
  @RawValueOf("type")
  String rawType();

  /** A rich presence invite's activity, as sent. */
  Optional<RawJson> activity();

  /** A rich presence invite's application, as sent. */
  Optional<RawJson> application();

  /** The application of an interaction's response or webhook message. */
  Optional<Snowflake> applicationId();

  /** The message's flags, when sent. */
  OptionalLong flags();

  /** What it replies to, forwards or crossposts. */
  Optional<MessageReference> messageReference();

  /** A forwarded message's snapshot, as sent. */
  Optional<RawJson> messageSnapshots();

  /** The message it replies to: absent when Discord did not try to fetch it, null when it was deleted. */
  OptionalNullable<Message> referencedMessage();

  /** The interaction it answers, as sent. */
  Optional<RawJson> interactionMetadata();

  /** The thread started from it. */
  Optional<Channel> thread();

  /** Its components (buttons, select menus), as sent. */
  Optional<RawJson> components();

  /** Its stickers, as sent. */
  Optional<RawJson> stickerItems();

  /** Its position in a thread. */
  OptionalInt position();

  /** Its poll, as sent. */
  Optional<RawJson> poll();
}

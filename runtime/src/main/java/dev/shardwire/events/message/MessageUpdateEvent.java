package dev.shardwire.events.message;

import dev.shardwire.annotations.RawValueOf;
import dev.shardwire.annotations.Repr;
import dev.shardwire.models.Attachment;
import dev.shardwire.models.Embed;
import dev.shardwire.models.MessageType;
import dev.shardwire.models.PartialMember;
import dev.shardwire.models.RawJson;
import dev.shardwire.models.Snowflake;
import dev.shardwire.models.User;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * MESSAGE_UPDATE: a message was edited or gained embeds. Discord may send only the fields that
 * changed, so all but the ids are optional (lists read as empty when not sent); absent means
 * "not sent", not "removed".
 */
@dev.shardwire.annotations.ShardEvent(name = "MESSAGE_UPDATE", intents = {"GUILD_MESSAGES", "DIRECT_MESSAGES"}, builder = true)
public interface MessageUpdateEvent extends MessageEvent {

  /** The message's id. */
  @Repr
  Snowflake id();

  /** The channel. */
  @Repr
  Snowflake channelId();

  /** The guild; empty for direct messages. */
  Optional<Snowflake> guildId();

  /** The author, when sent. */
  Optional<User> author();

  /** The author's member, when sent. */
  Optional<PartialMember> member();

  /** The text, when sent. */
  Optional<String> content();

  /** When the message was sent, when sent. */
  Optional<Instant> timestamp();

  /** When it was edited. */
  Optional<Instant> editedTimestamp();

  /** Whether it is text-to-speech, when sent. */
  Optional<Boolean> tts();

  /** Whether it mentions everyone, when sent. */
  Optional<Boolean> mentionEveryone();

  /** The users it mentions (empty when not sent). */
  List<User> mentions();

  /** The roles it mentions (empty when not sent). */
  List<Snowflake> mentionRoles();

  /** Its attachments (empty when not sent). */
  List<Attachment> attachments();

  /** Its embeds (empty when not sent). */
  List<Embed> embeds();

  /** Whether it is pinned, when sent. */
  Optional<Boolean> pinned();

  /** The webhook that sent it. */
  Optional<Snowflake> webhookId();

  /** Its type, when sent. */
  Optional<MessageType> type();

  /** Its type as sent. */
  @RawValueOf("type")
  Optional<String> rawType();

  /** Its flags, when sent. */
  OptionalLong flags();

  /** Its components, as sent. */
  Optional<RawJson> components();
}

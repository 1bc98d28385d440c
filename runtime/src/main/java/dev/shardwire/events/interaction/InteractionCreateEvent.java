package dev.shardwire.events.interaction;

import dev.shardwire.annotations.RawValueOf;
import dev.shardwire.annotations.Repr;
import dev.shardwire.events.ShardEvent;
import dev.shardwire.models.Channel;
import dev.shardwire.models.InteractionData;
import dev.shardwire.models.InteractionType;
import dev.shardwire.models.Member;
import dev.shardwire.models.Message;
import dev.shardwire.models.Permissions;
import dev.shardwire.models.RawJson;
import dev.shardwire.models.Snowflake;
import dev.shardwire.models.User;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * INTERACTION_CREATE: a user used a command, component, autocomplete or modal. The bot answers
 * through Discord's REST API with {@link #id()} and {@link #token()}. A guild interaction has a
 * {@link #member()}, a direct message one a {@link #user()}.
 */
@dev.shardwire.annotations.ShardEvent(name = "INTERACTION_CREATE", builder = true)
public interface InteractionCreateEvent extends ShardEvent {

  /** The interaction's id. */
  @Repr
  Snowflake id();

  /** The application it is for. */
  Snowflake applicationId();

  /** Its type; {@link InteractionType#UNKNOWN} for one this version does not know. */
  @Repr
  InteractionType type();

  /** The type as the payload sent it, as {@code "2"}. */
  @RawValueOf("type")
  String rawType();

  /** The command, component or modal data (absent for PING). */
  Optional<InteractionData> data();

  /** The guild it was used in. */
  Optional<Snowflake> guildId();

  /** The channel it was used in (partial). */
  Optional<Channel> channel();

  /** The channel's id. */
  Optional<Snowflake> channelId();

  /** The invoking member, in guilds (with {@code permissions}). */
  Optional<Member> member();

  /** The invoking user, in direct messages. */
  Optional<User> user();

  /** The token for answering it (valid 15 minutes); not the bot token. */
  String token();

  /** Always 1. */
  int version();

  /** The message a component is attached to. */
  Optional<Message> message();

  /** The bot's permissions in the channel. */
  Optional<Permissions> appPermissions();

  /** The invoking user's language (not for PING). */
  Optional<String> locale();

  /** The guild's preferred language. */
  Optional<String> guildLocale();

  /** The entitlements of the user and guild, as sent. */
  Optional<RawJson> entitlements();

  /** Who installed the application, by installation context. */
  Map<String, Snowflake> authorizingIntegrationOwners();

  /** Where it was triggered (0 guild, 1 bot DM, 2 private channel). */
  OptionalInt context();

  /** The largest attachment size allowed in the answer, in bytes. */
  OptionalLong attachmentSizeLimit();
}

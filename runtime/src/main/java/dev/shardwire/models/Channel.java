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
 * A guild channel, thread or direct message channel. Discord sends different fields for each type
 * and partial channels inside interactions, so all but the id and type may be absent.
 */
@GatewayModel(builder = true)
public interface Channel {

  /** The channel's id. */
  @Repr
  Snowflake id();

  /** The channel's type; {@link ChannelType#UNKNOWN} for one this version does not know. */
  @Repr
  ChannelType type();

  /** The type as the payload sent it, as {@code "0"}. */
  @RawValueOf("type")
  String rawType();

  /** The guild, when the payload names it (absent inside GUILD_CREATE). */
  Optional<Snowflake> guildId();

  /** The sorting position. */
  OptionalInt position();

  /** The permission overwrites (empty when absent). */
  List<PermissionOverwrite> permissionOverwrites();

  /** The channel's name; absent for channels without one, null for an unnamed group DM. */
  @Repr
  OptionalNullable<String> name();

  /** The channel's topic; absent when not sent, null when not set. */
  OptionalNullable<String> topic();

  /** Whether the channel is age-restricted. */
  boolean nsfw();

  /** The id of the last message sent; absent when not sent, null when there is none. */
  OptionalNullable<Snowflake> lastMessageId();

  /** A voice channel's bitrate. */
  OptionalInt bitrate();

  /** A voice channel's user limit. */
  OptionalInt userLimit();

  /** The slow mode delay in seconds. */
  OptionalInt rateLimitPerUser();

  /** A direct message's recipients (empty when absent). */
  List<User> recipients();

  /** A group direct message's icon hash; absent for other channels, null when it has none. */
  OptionalNullable<String> icon();

  /** The creator of a thread or group direct message. */
  Optional<Snowflake> ownerId();

  /** The application that created a group direct message; absent when not sent, null when none. */
  OptionalNullable<Snowflake> applicationId();

  /** The category of a channel, or the parent channel of a thread; absent when not sent, null for none. */
  OptionalNullable<Snowflake> parentId();

  /** When a message was last pinned; absent when not sent, null when none is pinned. */
  OptionalNullable<Instant> lastPinTimestamp();

  /** A voice channel's region; absent for other channels, null for automatic. */
  OptionalNullable<String> rtcRegion();

  /** A voice channel's video quality mode. */
  OptionalInt videoQualityMode();

  /** A thread's message count. */
  OptionalInt messageCount();

  /** A thread's approximate member count. */
  OptionalInt memberCount();

  /** A thread's state. */
  Optional<ThreadMetadata> threadMetadata();

  /** The bot's thread member object, for threads it joined, as sent. */
  Optional<RawJson> member();

  /** The default auto-archive duration of new threads, in minutes. */
  OptionalInt defaultAutoArchiveDuration();

  /** The invoking member's permissions, inside interactions. */
  Optional<Permissions> permissions();

  /** The channel's flags, when sent. */
  OptionalLong flags();

  /** How many messages were ever sent in a thread. */
  OptionalInt totalMessageSent();

  /** A forum's tags, as sent. */
  Optional<RawJson> availableTags();

  /** The tags applied to a forum thread (empty when absent). */
  List<Snowflake> appliedTags();

  /** A forum's default reaction emoji, as sent; absent when not sent, null when not set. */
  OptionalNullable<RawJson> defaultReactionEmoji();

  /** The slow mode delay of new threads. */
  OptionalInt defaultThreadRateLimitPerUser();

  /** A forum's default sort order; absent when not sent, null when no admin has set one. */
  OptionalNullable<Integer> defaultSortOrder();

  /** A forum's default layout. */
  OptionalInt defaultForumLayout();
}

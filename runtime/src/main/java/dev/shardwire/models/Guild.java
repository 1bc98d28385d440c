package dev.shardwire.models;

import dev.shardwire.annotations.GatewayModel;
import dev.shardwire.annotations.Repr;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * A guild, as GUILD_CREATE and GUILD_UPDATE carry it. Only the id is certain: an unavailable guild
 * carries nothing else, so every other field may be absent.
 */
@GatewayModel(builder = true)
public interface Guild {

  /** The guild's id. */
  @Repr
  Snowflake id();

  /** The guild's name. */
  @Repr
  Optional<String> name();

  /** The icon hash. */
  Optional<String> icon();

  /** The splash hash. */
  Optional<String> splash();

  /** The discovery splash hash. */
  Optional<String> discoverySplash();

  /** The owner's id. */
  Optional<Snowflake> ownerId();

  /** The AFK channel's id. */
  Optional<Snowflake> afkChannelId();

  /** The AFK timeout in seconds. */
  OptionalInt afkTimeout();

  /** Whether the widget is enabled. */
  boolean widgetEnabled();

  /** The widget's channel; absent when not sent, null when the widget invites nowhere. */
  OptionalNullable<Snowflake> widgetChannelId();

  /** The verification level (0 none to 4 very high). */
  OptionalInt verificationLevel();

  /** The default notification level (0 all messages, 1 mentions only). */
  OptionalInt defaultMessageNotifications();

  /** The explicit content filter level. */
  OptionalInt explicitContentFilter();

  /** The roles. */
  List<Role> roles();

  /** The custom emojis. */
  List<Emoji> emojis();

  /** The enabled features, as Discord names them ({@code "COMMUNITY"}, …). */
  List<String> features();

  /** The MFA level required of moderators. */
  OptionalInt mfaLevel();

  /** The application that created the guild, if one did. */
  Optional<Snowflake> applicationId();

  /** The system messages' channel. */
  Optional<Snowflake> systemChannelId();

  /** The system channel's flags. */
  OptionalLong systemChannelFlags();

  /** The rules channel of a community guild. */
  Optional<Snowflake> rulesChannelId();

  /** The maximum presences; absent when not sent, null for the default. */
  OptionalNullable<Integer> maxPresences();

  /** The maximum members. */
  OptionalInt maxMembers();

  /** The vanity invite code. */
  Optional<String> vanityUrlCode();

  /** The description. */
  Optional<String> description();

  /** The banner hash. */
  Optional<String> banner();

  /** The boost tier (0 to 3). */
  OptionalInt premiumTier();

  /** How many boosts the guild has. */
  OptionalInt premiumSubscriptionCount();

  /** The preferred locale of a community guild. */
  Optional<String> preferredLocale();

  /** Where Discord sends notices to a community guild's moderators. */
  Optional<Snowflake> publicUpdatesChannelId();

  /** The maximum users in a video channel. */
  OptionalInt maxVideoChannelUsers();

  /** The maximum users in a stage video channel. */
  OptionalInt maxStageVideoChannelUsers();

  /** The age-restriction level. */
  OptionalInt nsfwLevel();

  /** The custom stickers, as sent. */
  Optional<RawJson> stickers();

  /** Whether the boost progress bar is shown. */
  boolean premiumProgressBarEnabled();

  /** Where Discord sends safety alerts. */
  Optional<Snowflake> safetyAlertsChannelId();
}

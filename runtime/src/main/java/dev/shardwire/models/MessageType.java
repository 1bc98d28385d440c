package dev.shardwire.models;

import dev.shardwire.annotations.JsonName;
import dev.shardwire.annotations.UnknownValue;

/**
 * The type of a {@link Message}, as Discord numbers it.
 * Open: a value Discord adds later decodes to {@link #UNKNOWN}, whose raw value a
 * {@code @RawValueOf} accessor beside the property keeps.
 */
public enum MessageType {
  /** An ordinary message ({@code 0}). */
  @JsonName("0")
  DEFAULT,
  /** A recipient was added ({@code 1}). */
  @JsonName("1")
  RECIPIENT_ADD,
  /** A recipient was removed ({@code 2}). */
  @JsonName("2")
  RECIPIENT_REMOVE,
  /** A call ({@code 3}). */
  @JsonName("3")
  CALL,
  /** The channel was renamed ({@code 4}). */
  @JsonName("4")
  CHANNEL_NAME_CHANGE,
  /** The channel icon changed ({@code 5}). */
  @JsonName("5")
  CHANNEL_ICON_CHANGE,
  /** A message was pinned ({@code 6}). */
  @JsonName("6")
  CHANNEL_PINNED_MESSAGE,
  /** A member joined ({@code 7}). */
  @JsonName("7")
  USER_JOIN,
  /** A boost ({@code 8}). */
  @JsonName("8")
  GUILD_BOOST,
  /** A boost reached tier 1 ({@code 9}). */
  @JsonName("9")
  GUILD_BOOST_TIER_1,
  /** A boost reached tier 2 ({@code 10}). */
  @JsonName("10")
  GUILD_BOOST_TIER_2,
  /** A boost reached tier 3 ({@code 11}). */
  @JsonName("11")
  GUILD_BOOST_TIER_3,
  /** A channel was followed ({@code 12}). */
  @JsonName("12")
  CHANNEL_FOLLOW_ADD,
  /** The guild was disqualified from Discovery ({@code 14}). */
  @JsonName("14")
  GUILD_DISCOVERY_DISQUALIFIED,
  /** The guild was requalified for Discovery ({@code 15}). */
  @JsonName("15")
  GUILD_DISCOVERY_REQUALIFIED,
  /** The first warning of a Discovery grace period ({@code 16}). */
  @JsonName("16")
  GUILD_DISCOVERY_GRACE_PERIOD_INITIAL_WARNING,
  /** The last warning of a Discovery grace period ({@code 17}). */
  @JsonName("17")
  GUILD_DISCOVERY_GRACE_PERIOD_FINAL_WARNING,
  /** A thread was created ({@code 18}). */
  @JsonName("18")
  THREAD_CREATED,
  /** A reply ({@code 19}). */
  @JsonName("19")
  REPLY,
  /** A slash command's response ({@code 20}). */
  @JsonName("20")
  CHAT_INPUT_COMMAND,
  /** A thread's starter message ({@code 21}). */
  @JsonName("21")
  THREAD_STARTER_MESSAGE,
  /** An invite reminder ({@code 22}). */
  @JsonName("22")
  GUILD_INVITE_REMINDER,
  /** A context menu command's response ({@code 23}). */
  @JsonName("23")
  CONTEXT_MENU_COMMAND,
  /** An auto-moderation action ({@code 24}). */
  @JsonName("24")
  AUTO_MODERATION_ACTION,
  /** A role subscription was bought or renewed ({@code 25}). */
  @JsonName("25")
  ROLE_SUBSCRIPTION_PURCHASE,
  /** An app's premium upsell ({@code 26}). */
  @JsonName("26")
  INTERACTION_PREMIUM_UPSELL,
  /** A stage started ({@code 27}). */
  @JsonName("27")
  STAGE_START,
  /** A stage ended ({@code 28}). */
  @JsonName("28")
  STAGE_END,
  /** A member became a stage speaker ({@code 29}). */
  @JsonName("29")
  STAGE_SPEAKER,
  /** A stage's topic changed ({@code 31}). */
  @JsonName("31")
  STAGE_TOPIC,
  /** A member subscribed to an app in the guild ({@code 32}). */
  @JsonName("32")
  GUILD_APPLICATION_PREMIUM_SUBSCRIPTION,
  /** Raid alert mode was enabled ({@code 36}). */
  @JsonName("36")
  GUILD_INCIDENT_ALERT_MODE_ENABLED,
  /** Raid alert mode was disabled ({@code 37}). */
  @JsonName("37")
  GUILD_INCIDENT_ALERT_MODE_DISABLED,
  /** A raid was reported ({@code 38}). */
  @JsonName("38")
  GUILD_INCIDENT_REPORT_RAID,
  /** A raid report was a false alarm ({@code 39}). */
  @JsonName("39")
  GUILD_INCIDENT_REPORT_FALSE_ALARM,
  /** A purchase in the guild ({@code 44}). */
  @JsonName("44")
  PURCHASE_NOTIFICATION,
  /** A poll's result ({@code 46}). */
  @JsonName("46")
  POLL_RESULT,
  /** A value this version does not know; the payload's raw value is kept beside it. */
  @UnknownValue
  UNKNOWN
}

package dev.shardwire.benchmarks.decode.peer;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** GUILD_CREATE, as the fields of {@code GuildCreateEvent} and {@code Guild} (raw JSON fields skipped). Jackson 3 only. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GuildCreateRecord(
    @JsonProperty("id") String id,
    @JsonProperty("name") String name,
    @JsonProperty("icon") String icon,
    @JsonProperty("splash") String splash,
    @JsonProperty("discovery_splash") String discoverySplash,
    @JsonProperty("owner_id") String ownerId,
    @JsonProperty("afk_channel_id") String afkChannelId,
    @JsonProperty("afk_timeout") Integer afkTimeout,
    @JsonProperty("widget_enabled") boolean widgetEnabled,
    @JsonProperty("widget_channel_id") String widgetChannelId,
    @JsonProperty("verification_level") Integer verificationLevel,
    @JsonProperty("default_message_notifications") Integer defaultMessageNotifications,
    @JsonProperty("explicit_content_filter") Integer explicitContentFilter,
    @JsonProperty("roles") List<RoleRecord> roles,
    @JsonProperty("emojis") List<EmojiRecord> emojis,
    @JsonProperty("features") List<String> features,
    @JsonProperty("mfa_level") Integer mfaLevel,
    @JsonProperty("application_id") String applicationId,
    @JsonProperty("system_channel_id") String systemChannelId,
    @JsonProperty("system_channel_flags") Long systemChannelFlags,
    @JsonProperty("rules_channel_id") String rulesChannelId,
    @JsonProperty("max_presences") Integer maxPresences,
    @JsonProperty("max_members") Integer maxMembers,
    @JsonProperty("vanity_url_code") String vanityUrlCode,
    @JsonProperty("description") String description,
    @JsonProperty("banner") String banner,
    @JsonProperty("premium_tier") Integer premiumTier,
    @JsonProperty("premium_subscription_count") Integer premiumSubscriptionCount,
    @JsonProperty("preferred_locale") String preferredLocale,
    @JsonProperty("public_updates_channel_id") String publicUpdatesChannelId,
    @JsonProperty("max_video_channel_users") Integer maxVideoChannelUsers,
    @JsonProperty("max_stage_video_channel_users") Integer maxStageVideoChannelUsers,
    @JsonProperty("nsfw_level") Integer nsfwLevel,
    @JsonProperty("premium_progress_bar_enabled") boolean premiumProgressBarEnabled,
    @JsonProperty("safety_alerts_channel_id") String safetyAlertsChannelId,
    @JsonProperty("joined_at") String joinedAt,
    @JsonProperty("large") boolean large,
    @JsonProperty("unavailable") boolean unavailable,
    @JsonProperty("member_count") Integer memberCount,
    @JsonProperty("voice_states") List<VoiceStateRecord> voiceStates,
    @JsonProperty("members") List<MemberRecord> members,
    @JsonProperty("channels") List<ChannelRecord> channels,
    @JsonProperty("threads") List<ChannelRecord> threads,
    @JsonProperty("presences") List<PresenceRecord> presences) {}

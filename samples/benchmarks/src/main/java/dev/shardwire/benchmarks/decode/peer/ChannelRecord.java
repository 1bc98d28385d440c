package dev.shardwire.benchmarks.decode.peer;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** A channel or thread, as the fields of {@code Channel} (raw JSON fields skipped). Jackson 3 only. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ChannelRecord(
    @JsonProperty("id") String id,
    @JsonProperty("type") int type,
    @JsonProperty("guild_id") String guildId,
    @JsonProperty("position") Integer position,
    @JsonProperty("permission_overwrites") List<OverwriteRecord> permissionOverwrites,
    @JsonProperty("name") String name,
    @JsonProperty("topic") String topic,
    @JsonProperty("nsfw") boolean nsfw,
    @JsonProperty("last_message_id") String lastMessageId,
    @JsonProperty("bitrate") Integer bitrate,
    @JsonProperty("user_limit") Integer userLimit,
    @JsonProperty("rate_limit_per_user") Integer rateLimitPerUser,
    @JsonProperty("recipients") List<UserRecord> recipients,
    @JsonProperty("icon") String icon,
    @JsonProperty("owner_id") String ownerId,
    @JsonProperty("application_id") String applicationId,
    @JsonProperty("parent_id") String parentId,
    @JsonProperty("last_pin_timestamp") String lastPinTimestamp,
    @JsonProperty("rtc_region") String rtcRegion,
    @JsonProperty("video_quality_mode") Integer videoQualityMode,
    @JsonProperty("message_count") Integer messageCount,
    @JsonProperty("member_count") Integer memberCount,
    @JsonProperty("thread_metadata") ThreadMetadataRecord threadMetadata,
    @JsonProperty("default_auto_archive_duration") Integer defaultAutoArchiveDuration,
    @JsonProperty("permissions") String permissions,
    @JsonProperty("flags") Long flags,
    @JsonProperty("total_message_sent") Integer totalMessageSent,
    @JsonProperty("applied_tags") List<String> appliedTags,
    @JsonProperty("default_thread_rate_limit_per_user") Integer defaultThreadRateLimitPerUser,
    @JsonProperty("default_sort_order") Integer defaultSortOrder,
    @JsonProperty("default_forum_layout") Integer defaultForumLayout) {}

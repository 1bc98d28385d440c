package dev.shardwire.benchmarks.decode.peer;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** MESSAGE_CREATE, as the fields of {@code MessageCreateEvent} and {@code Message} (raw JSON fields skipped). Jackson 3 only. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MessageRecord(
    @JsonProperty("id") String id,
    @JsonProperty("channel_id") String channelId,
    @JsonProperty("author") UserRecord author,
    @JsonProperty("content") String content,
    @JsonProperty("timestamp") String timestamp,
    @JsonProperty("edited_timestamp") String editedTimestamp,
    @JsonProperty("tts") boolean tts,
    @JsonProperty("mention_everyone") boolean mentionEveryone,
    @JsonProperty("mentions") List<UserRecord> mentions,
    @JsonProperty("mention_roles") List<String> mentionRoles,
    @JsonProperty("attachments") List<AttachmentRecord> attachments,
    @JsonProperty("embeds") List<EmbedRecord> embeds,
    @JsonProperty("reactions") List<ReactionRecord> reactions,
    @JsonProperty("pinned") boolean pinned,
    @JsonProperty("webhook_id") String webhookId,
    @JsonProperty("type") int type,
    @JsonProperty("application_id") String applicationId,
    @JsonProperty("flags") Long flags,
    @JsonProperty("message_reference") MessageReferenceRecord messageReference,
    @JsonProperty("referenced_message") MessageRecord referencedMessage,
    @JsonProperty("thread") ChannelRecord thread,
    @JsonProperty("position") Integer position,
    @JsonProperty("guild_id") String guildId,
    @JsonProperty("member") MemberRecord member) {}

package dev.shardwire.benchmarks.decode.peer;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** What a message replies to, as the fields of {@code MessageReference}. Jackson 3 only. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MessageReferenceRecord(
    @JsonProperty("type") Integer type,
    @JsonProperty("message_id") String messageId,
    @JsonProperty("channel_id") String channelId,
    @JsonProperty("guild_id") String guildId,
    @JsonProperty("fail_if_not_exists") boolean failIfNotExists) {}

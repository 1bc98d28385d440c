package dev.shardwire.benchmarks.decode.peer;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A voice state, as the fields of {@code VoiceState}. Jackson 3 only. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record VoiceStateRecord(
    @JsonProperty("guild_id") String guildId,
    @JsonProperty("channel_id") String channelId,
    @JsonProperty("user_id") String userId,
    @JsonProperty("member") MemberRecord member,
    @JsonProperty("session_id") String sessionId,
    @JsonProperty("deaf") boolean deaf,
    @JsonProperty("mute") boolean mute,
    @JsonProperty("self_deaf") boolean selfDeaf,
    @JsonProperty("self_mute") boolean selfMute,
    @JsonProperty("self_stream") boolean selfStream,
    @JsonProperty("self_video") boolean selfVideo,
    @JsonProperty("suppress") boolean suppress,
    @JsonProperty("request_to_speak_timestamp") String requestToSpeakTimestamp) {}

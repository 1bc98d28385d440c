package dev.shardwire.benchmarks.decode.peer;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** An attachment, as the fields of {@code Attachment}. Jackson 3 only. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AttachmentRecord(
    @JsonProperty("id") String id,
    @JsonProperty("filename") String filename,
    @JsonProperty("title") String title,
    @JsonProperty("description") String description,
    @JsonProperty("content_type") String contentType,
    @JsonProperty("size") long size,
    @JsonProperty("url") String url,
    @JsonProperty("proxy_url") String proxyUrl,
    @JsonProperty("height") Integer height,
    @JsonProperty("width") Integer width,
    @JsonProperty("ephemeral") boolean ephemeral,
    @JsonProperty("duration_secs") Double durationSecs,
    @JsonProperty("waveform") String waveform,
    @JsonProperty("flags") Long flags) {}

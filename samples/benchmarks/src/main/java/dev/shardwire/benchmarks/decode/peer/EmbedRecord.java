package dev.shardwire.benchmarks.decode.peer;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** An embed, as the fields of {@code Embed} (raw JSON fields skipped). Jackson 3 only. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EmbedRecord(
    @JsonProperty("title") String title,
    @JsonProperty("type") String type,
    @JsonProperty("description") String description,
    @JsonProperty("url") String url,
    @JsonProperty("timestamp") String timestamp,
    @JsonProperty("color") Integer color,
    @JsonProperty("fields") List<EmbedFieldRecord> fields) {}

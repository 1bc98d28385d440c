package dev.shardwire.benchmarks.decode.peer;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** An embed's field, as the fields of {@code EmbedField}. Jackson 3 only. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EmbedFieldRecord(
    @JsonProperty("name") String name,
    @JsonProperty("value") String value,
    @JsonProperty("inline") boolean inline) {}

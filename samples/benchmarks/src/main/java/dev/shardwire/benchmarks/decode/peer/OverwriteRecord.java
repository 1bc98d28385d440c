package dev.shardwire.benchmarks.decode.peer;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A permission overwrite, as the fields of {@code PermissionOverwrite}. Jackson 3 only. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OverwriteRecord(
    @JsonProperty("id") String id,
    @JsonProperty("type") int type,
    @JsonProperty("allow") String allow,
    @JsonProperty("deny") String deny) {}

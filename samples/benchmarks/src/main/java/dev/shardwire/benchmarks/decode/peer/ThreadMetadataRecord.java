package dev.shardwire.benchmarks.decode.peer;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A thread's state, as the fields of {@code ThreadMetadata}. Jackson 3 only. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ThreadMetadataRecord(
    @JsonProperty("archived") boolean archived,
    @JsonProperty("auto_archive_duration") int autoArchiveDuration,
    @JsonProperty("archive_timestamp") String archiveTimestamp,
    @JsonProperty("locked") boolean locked,
    @JsonProperty("invitable") boolean invitable,
    @JsonProperty("create_timestamp") String createTimestamp) {}

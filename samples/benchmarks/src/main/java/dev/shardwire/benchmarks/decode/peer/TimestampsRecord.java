package dev.shardwire.benchmarks.decode.peer;

import com.dslplatform.json.CompiledJson;
import com.dslplatform.json.JsonAttribute;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** An activity's timestamps, as {@code ActivityTimestamps}. */
@CompiledJson
@JsonIgnoreProperties(ignoreUnknown = true)
public record TimestampsRecord(
    @JsonAttribute(name = "start") @JsonProperty("start") Long start,
    @JsonAttribute(name = "end") @JsonProperty("end") Long end) {}

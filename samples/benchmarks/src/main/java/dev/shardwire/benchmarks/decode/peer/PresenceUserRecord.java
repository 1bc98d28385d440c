package dev.shardwire.benchmarks.decode.peer;

import com.dslplatform.json.CompiledJson;
import com.dslplatform.json.JsonAttribute;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The partial user of a presence: its id only. */
@CompiledJson
@JsonIgnoreProperties(ignoreUnknown = true)
public record PresenceUserRecord(@JsonAttribute(name = "id") @JsonProperty("id") String id) {}

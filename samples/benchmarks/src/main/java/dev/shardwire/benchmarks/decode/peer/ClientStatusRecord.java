package dev.shardwire.benchmarks.decode.peer;

import com.dslplatform.json.CompiledJson;
import com.dslplatform.json.JsonAttribute;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A presence's client_status, as {@code ClientStatus}. */
@CompiledJson
@JsonIgnoreProperties(ignoreUnknown = true)
public record ClientStatusRecord(
    @JsonAttribute(name = "desktop") @JsonProperty("desktop") String desktop,
    @JsonAttribute(name = "mobile") @JsonProperty("mobile") String mobile,
    @JsonAttribute(name = "web") @JsonProperty("web") String web) {}

package dev.shardwire.benchmarks.decode.peer;

import com.dslplatform.json.CompiledJson;
import com.dslplatform.json.JsonAttribute;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An activity, as the typed fields of {@code Activity}. Shardwire also keeps party, assets,
 * secrets and buttons as raw JSON text; these records skip them.
 */
@CompiledJson
@JsonIgnoreProperties(ignoreUnknown = true)
public record ActivityRecord(
    @JsonAttribute(name = "name") @JsonProperty("name") String name,
    @JsonAttribute(name = "type") @JsonProperty("type") int type,
    @JsonAttribute(name = "url") @JsonProperty("url") String url,
    @JsonAttribute(name = "created_at") @JsonProperty("created_at") Long createdAt,
    @JsonAttribute(name = "timestamps") @JsonProperty("timestamps") TimestampsRecord timestamps,
    @JsonAttribute(name = "application_id") @JsonProperty("application_id") String applicationId,
    @JsonAttribute(name = "details") @JsonProperty("details") String details,
    @JsonAttribute(name = "state") @JsonProperty("state") String state,
    @JsonAttribute(name = "emoji") @JsonProperty("emoji") EmojiRecord emoji,
    @JsonAttribute(name = "instance") @JsonProperty("instance") boolean instance,
    @JsonAttribute(name = "flags") @JsonProperty("flags") Long flags) {}

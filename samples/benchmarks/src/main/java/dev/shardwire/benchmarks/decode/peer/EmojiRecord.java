package dev.shardwire.benchmarks.decode.peer;

import com.dslplatform.json.CompiledJson;
import com.dslplatform.json.JsonAttribute;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** An activity's emoji, as the fields of {@code Emoji} a presence carries. */
@CompiledJson
@JsonIgnoreProperties(ignoreUnknown = true)
public record EmojiRecord(
    @JsonAttribute(name = "id") @JsonProperty("id") String id,
    @JsonAttribute(name = "name") @JsonProperty("name") String name,
    @JsonAttribute(name = "roles") @JsonProperty("roles") List<String> roles,
    @JsonAttribute(name = "require_colons") @JsonProperty("require_colons") boolean requireColons,
    @JsonAttribute(name = "managed") @JsonProperty("managed") boolean managed,
    @JsonAttribute(name = "animated") @JsonProperty("animated") boolean animated,
    @JsonAttribute(name = "available") @JsonProperty("available") boolean available) {}

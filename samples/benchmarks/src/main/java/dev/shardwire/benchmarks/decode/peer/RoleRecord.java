package dev.shardwire.benchmarks.decode.peer;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A role, as the fields of {@code Role}. Jackson 3 only. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RoleRecord(
    @JsonProperty("id") String id,
    @JsonProperty("name") String name,
    @JsonProperty("color") Integer color,
    @JsonProperty("hoist") boolean hoist,
    @JsonProperty("icon") String icon,
    @JsonProperty("unicode_emoji") String unicodeEmoji,
    @JsonProperty("position") int position,
    @JsonProperty("permissions") String permissions,
    @JsonProperty("managed") boolean managed,
    @JsonProperty("mentionable") boolean mentionable,
    @JsonProperty("flags") Long flags) {}

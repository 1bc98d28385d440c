package dev.shardwire.benchmarks.decode.peer;

import com.dslplatform.json.CompiledJson;
import com.dslplatform.json.JsonAttribute;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** A guild member, as the fields of {@code Member}. */
@CompiledJson
@JsonIgnoreProperties(ignoreUnknown = true)
public record MemberRecord(
    @JsonAttribute(name = "user") @JsonProperty("user") UserRecord user,
    @JsonAttribute(name = "nick") @JsonProperty("nick") String nick,
    @JsonAttribute(name = "roles") @JsonProperty("roles") List<String> roles,
    @JsonAttribute(name = "joined_at") @JsonProperty("joined_at") String joinedAt,
    @JsonAttribute(name = "deaf") @JsonProperty("deaf") boolean deaf,
    @JsonAttribute(name = "mute") @JsonProperty("mute") boolean mute,
    @JsonAttribute(name = "pending") @JsonProperty("pending") boolean pending) {}

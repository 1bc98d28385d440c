package dev.shardwire.benchmarks.decode.peer;

import com.dslplatform.json.CompiledJson;
import com.dslplatform.json.JsonAttribute;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** A guild member, as the fields of {@code Member} (timestamps kept as text; Shardwire parses them). */
@CompiledJson
@JsonIgnoreProperties(ignoreUnknown = true)
public record MemberRecord(
    @JsonAttribute(name = "user") @JsonProperty("user") UserRecord user,
    @JsonAttribute(name = "nick") @JsonProperty("nick") String nick,
    @JsonAttribute(name = "avatar") @JsonProperty("avatar") String avatar,
    @JsonAttribute(name = "banner") @JsonProperty("banner") String banner,
    @JsonAttribute(name = "roles") @JsonProperty("roles") List<String> roles,
    @JsonAttribute(name = "joined_at") @JsonProperty("joined_at") String joinedAt,
    @JsonAttribute(name = "premium_since") @JsonProperty("premium_since") String premiumSince,
    @JsonAttribute(name = "deaf") @JsonProperty("deaf") boolean deaf,
    @JsonAttribute(name = "mute") @JsonProperty("mute") boolean mute,
    @JsonAttribute(name = "flags") @JsonProperty("flags") Long flags,
    @JsonAttribute(name = "pending") @JsonProperty("pending") boolean pending,
    @JsonAttribute(name = "permissions") @JsonProperty("permissions") String permissions,
    @JsonAttribute(name = "communication_disabled_until") @JsonProperty("communication_disabled_until")
        String communicationDisabledUntil) {}

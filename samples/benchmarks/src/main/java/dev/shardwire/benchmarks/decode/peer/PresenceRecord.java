package dev.shardwire.benchmarks.decode.peer;

import com.dslplatform.json.CompiledJson;
import com.dslplatform.json.JsonAttribute;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** A presence, as the fields of {@code MemberPresence}. */
@CompiledJson
@JsonIgnoreProperties(ignoreUnknown = true)
public record PresenceRecord(
    @JsonAttribute(name = "user") @JsonProperty("user") PresenceUserRecord user,
    @JsonAttribute(name = "guild_id") @JsonProperty("guild_id") String guildId,
    @JsonAttribute(name = "status") @JsonProperty("status") String status,
    @JsonAttribute(name = "activities") @JsonProperty("activities") List<ActivityRecord> activities,
    @JsonAttribute(name = "client_status") @JsonProperty("client_status") ClientStatusRecord clientStatus) {}

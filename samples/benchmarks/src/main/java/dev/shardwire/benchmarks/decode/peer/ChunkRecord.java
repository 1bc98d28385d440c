package dev.shardwire.benchmarks.decode.peer;

import com.dslplatform.json.CompiledJson;
import com.dslplatform.json.JsonAttribute;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** GUILD_MEMBERS_CHUNK, as the fields of {@code MemberChunkEvent}. */
@CompiledJson
@JsonIgnoreProperties(ignoreUnknown = true)
public record ChunkRecord(
    @JsonAttribute(name = "guild_id") @JsonProperty("guild_id") String guildId,
    @JsonAttribute(name = "members") @JsonProperty("members") List<MemberRecord> members,
    @JsonAttribute(name = "chunk_count") @JsonProperty("chunk_count") int chunkCount,
    @JsonAttribute(name = "chunk_index") @JsonProperty("chunk_index") int chunkIndex,
    @JsonAttribute(name = "not_found") @JsonProperty("not_found") List<String> notFound,
    @JsonAttribute(name = "presences") @JsonProperty("presences") List<PresenceRecord> presences,
    @JsonAttribute(name = "nonce") @JsonProperty("nonce") String nonce) {}

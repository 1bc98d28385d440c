package dev.shardwire.benchmarks.decode.peer;

import com.dslplatform.json.CompiledJson;
import com.dslplatform.json.JsonAttribute;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A user, as the fields of {@code User}. */
@CompiledJson
@JsonIgnoreProperties(ignoreUnknown = true)
public record UserRecord(
    @JsonAttribute(name = "id") @JsonProperty("id") String id,
    @JsonAttribute(name = "username") @JsonProperty("username") String username,
    @JsonAttribute(name = "discriminator") @JsonProperty("discriminator") String discriminator,
    @JsonAttribute(name = "global_name") @JsonProperty("global_name") String globalName,
    @JsonAttribute(name = "avatar") @JsonProperty("avatar") String avatar,
    @JsonAttribute(name = "bot") @JsonProperty("bot") boolean bot,
    @JsonAttribute(name = "system") @JsonProperty("system") boolean system,
    @JsonAttribute(name = "banner") @JsonProperty("banner") String banner,
    @JsonAttribute(name = "accent_color") @JsonProperty("accent_color") Integer accentColor,
    @JsonAttribute(name = "public_flags") @JsonProperty("public_flags") Long publicFlags) {}

package dev.shardwire.benchmarks.decode.peer;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** A reaction, as the fields of {@code Reaction} (raw JSON fields skipped). Jackson 3 only. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReactionRecord(
    @JsonProperty("count") int count,
    @JsonProperty("me") boolean me,
    @JsonProperty("me_burst") boolean meBurst,
    @JsonProperty("emoji") EmojiRecord emoji,
    @JsonProperty("burst_colors") List<String> burstColors) {}

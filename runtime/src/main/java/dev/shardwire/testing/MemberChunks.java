package dev.shardwire.testing;

import dev.shardwire.models.Snowflake;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Answers REQUEST_GUILD_MEMBERS from the configured members, as Discord does: by user ids
 * (reporting the ids not found in the first chunk) or by name prefix up to a limit, in chunks of
 * at most {@value #CHUNK_SIZE} members, always at least one. Immutable.
 */
final class MemberChunks {

  static final int CHUNK_SIZE = 1000;

  private final Map<Snowflake, List<EmbeddedMember>> members;

  MemberChunks(Map<Snowflake, List<EmbeddedMember>> members) {
    this.members = members;
  }

  /** The GUILD_MEMBERS_CHUNK payloads that answer request {@code d} for {@code guild}, in order. */
  List<String> answer(Snowflake guild, JsonNode d) {
    List<EmbeddedMember> all = members.getOrDefault(guild, List.of());
    List<EmbeddedMember> found = new ArrayList<>();
    List<String> notFound = new ArrayList<>();
    JsonNode userIds = d.path("user_ids");
    if (userIds.isArray()) {
      Set<String> wanted = new LinkedHashSet<>();
      for (JsonNode id : userIds.values()) {
        wanted.add(id.asString(""));
      }
      for (EmbeddedMember m : all) {
        if (wanted.remove(m.id().toString())) {
          found.add(m);
        }
      }
      notFound.addAll(wanted);
    } else {
      found.addAll(byPrefix(all, d.path("query").asString(""), d.path("limit").asInt(0)));
    }
    boolean presences = d.path("presences").asBoolean(false);
    String nonce = d.has("nonce") && !d.get("nonce").isNull() ? d.get("nonce").asString() : null;
    int count = Math.max(1, (found.size() + CHUNK_SIZE - 1) / CHUNK_SIZE);
    List<String> chunks = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      List<EmbeddedMember> chunk = found.subList(Math.min(found.size(), i * CHUNK_SIZE),
          Math.min(found.size(), (i + 1) * CHUNK_SIZE));
      chunks.add(ServerPayloads.memberChunk(guild, chunk, i, count, i == 0 ? notFound : List.of(), presences, nonce));
    }
    return chunks;
  }

  /** Members whose name starts with {@code query}, ignoring case; a limit of 0 means all. */
  private static List<EmbeddedMember> byPrefix(List<EmbeddedMember> all, String query, int limit) {
    String prefix = query.toLowerCase(Locale.ROOT);
    List<EmbeddedMember> found = new ArrayList<>();
    for (EmbeddedMember m : all) {
      if (limit > 0 && found.size() >= limit) {
        break;
      }
      if (m.username().toLowerCase(Locale.ROOT).startsWith(prefix)) {
        found.add(m);
      }
    }
    return found;
  }
}

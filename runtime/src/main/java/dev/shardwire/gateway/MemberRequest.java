package dev.shardwire.gateway;

import dev.shardwire.models.Snowflake;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A REQUEST_GUILD_MEMBERS (op 8): either members whose name starts with a query (up to a limit;
 * the empty query with limit 0 asks for every member), or up to 100 members by id. Immutable;
 * every check that does not depend on the shard happens here.
 */
public final class MemberRequest {

  /** Most user ids one request may name. */
  public static final int MAX_USER_IDS = 100;

  /** Longest nonce, in UTF-8 bytes. */
  public static final int MAX_NONCE_BYTES = 32;

  private final Snowflake guildId;
  private final String query;
  private final int limit;
  private final List<Snowflake> userIds;
  private final boolean presences;
  private final String nonce;

  private MemberRequest(Snowflake guildId, String query, int limit, List<Snowflake> userIds,
      boolean presences, String nonce) {
    this.guildId = Objects.requireNonNull(guildId, "guildId");
    this.query = query;
    this.limit = limit;
    this.userIds = userIds;
    this.presences = presences;
    this.nonce = nonce;
  }

  /**
   * Members whose username starts with {@code query}, at most {@code limit} of them.
   *
   * @throws IllegalArgumentException if {@code limit} is outside 0..100 (0 only with the empty query)
   */
  public static MemberRequest query(Snowflake guildId, String query, int limit) {
    Objects.requireNonNull(query, "query");
    if (limit < 0 || limit > 100) {
      throw new IllegalArgumentException("limit must be between 0 and 100, got " + limit);
    }
    if (limit == 0 && !query.isEmpty()) {
      throw new IllegalArgumentException("limit 0 (every member) needs the empty query, got query '" + query + "'");
    }
    return new MemberRequest(guildId, query, limit, null, false, null);
  }

  /** Every member of the guild (the empty query with limit 0); needs the GUILD_MEMBERS intent. */
  public static MemberRequest all(Snowflake guildId) {
    return query(guildId, "", 0);
  }

  /**
   * The members with the given ids.
   *
   * @throws IllegalArgumentException if {@code userIds} is empty or names more than 100 users
   */
  public static MemberRequest users(Snowflake guildId, List<Snowflake> userIds) {
    List<Snowflake> ids = List.copyOf(userIds);
    if (ids.isEmpty() || ids.size() > MAX_USER_IDS) {
      throw new IllegalArgumentException("a request names 1 to " + MAX_USER_IDS + " user ids, got " + ids.size());
    }
    return new MemberRequest(guildId, null, 0, ids, false, null);
  }

  /** This request, also asking for the members' presences (needs the GUILD_PRESENCES intent). */
  public MemberRequest withPresences(boolean presences) {
    return new MemberRequest(guildId, query, limit, userIds, presences, nonce);
  }

  /**
   * This request with the given nonce, echoed in every chunk of the answer.
   *
   * @throws IllegalArgumentException if the nonce is longer than 32 UTF-8 bytes
   */
  public MemberRequest withNonce(String nonce) {
    int bytes = nonce.getBytes(StandardCharsets.UTF_8).length;
    if (bytes > MAX_NONCE_BYTES) {
      throw new IllegalArgumentException("a nonce is at most " + MAX_NONCE_BYTES + " bytes, got " + bytes);
    }
    return new MemberRequest(guildId, query, limit, userIds, presences, nonce);
  }

  /** The guild to ask about. */
  public Snowflake guildId() {
    return guildId;
  }

  /** The name prefix, unless the request names user ids. */
  public Optional<String> query() {
    return Optional.ofNullable(query);
  }

  /** The most members to return for a query (0 with the empty query: all). */
  public int limit() {
    return limit;
  }

  /** The user ids asked for; empty for a query. */
  public List<Snowflake> userIds() {
    return userIds == null ? List.of() : userIds;
  }

  /** Whether presences are asked for. */
  public boolean presences() {
    return presences;
  }

  /** The nonce, if one was set. */
  public Optional<String> nonce() {
    return Optional.ofNullable(nonce);
  }

  /** Whether this asks for the guild's whole member list (needs GUILD_MEMBERS). */
  public boolean isWholeList() {
    return query != null && query.isEmpty() && limit == 0;
  }

  @Override
  public String toString() {
    return "MemberRequest[guild=" + guildId + (query != null ? ", query='" + query + "', limit=" + limit
        : ", userIds=" + userIds.size()) + ", presences=" + presences + ", nonce=" + nonce + "]";
  }
}

package dev.shardwire.events;

import dev.shardwire.annotations.JsonName;
import dev.shardwire.annotations.KeyedBy;
import dev.shardwire.annotations.Repr;
import dev.shardwire.models.Member;
import dev.shardwire.models.MemberPresence;
import dev.shardwire.models.Snowflake;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One chunk of the members of a guild, answering a REQUEST_GUILD_MEMBERS (dispatch {@code
 * GUILD_MEMBERS_CHUNK}).
 *
 * <p>The event is also the list of its members, indexed by position in payload order (never by
 * id): {@code event.get(0)} is the first member of the chunk.
 */
@dev.shardwire.annotations.ShardEvent(name = "GUILD_MEMBERS_CHUNK", intents = "GUILD_MEMBERS", builder = true)
public interface MemberChunkEvent extends ShardEvent, List<Member> {

  /** The guild the members belong to. */
  @Repr
  Snowflake guildId();

  /** The members of this chunk by user id, in payload order. */
  @KeyedBy("user.id")
  Map<Snowflake, Member> members();

  /** How many chunks answer the request. */
  @Repr
  int chunkCount();

  /** This chunk's index, from 0 to {@code chunkCount() - 1}. */
  @Repr
  int chunkIndex();

  /** The requested user ids that are not members of the guild. */
  @JsonName("not_found")
  List<Snowflake> notFound();

  /** The members' presences by user id, when the request asked for them; otherwise empty. */
  @KeyedBy("user.id")
  Map<Snowflake, MemberPresence> presences();

  /** The nonce of the request, if it set one. */
  @Repr
  Optional<String> nonce();
}

package dev.shardwire.models;

import dev.shardwire.annotations.GatewayModel;
import dev.shardwire.annotations.JsonName;
import dev.shardwire.annotations.Repr;
import java.util.List;
import java.util.Optional;

/** A user's membership of a guild, as GUILD_MEMBERS_CHUNK carries it. */
@GatewayModel
public interface Member {

  /** The member's user. */
  @Repr
  User user();

  /** The member's guild nickname, if set. */
  @JsonName("nick")
  Optional<String> nickname();

  /** The ids of the member's roles. */
  @JsonName("roles")
  List<Snowflake> roleIds();

  /** When the user joined the guild, as Discord's ISO-8601 timestamp (absent for guests). */
  Optional<String> joinedAt();

  /** Whether the member is deafened in voice channels. */
  @JsonName("deaf")
  boolean isDeaf();

  /** Whether the member is muted in voice channels. */
  @JsonName("mute")
  boolean isMute();

  /** Whether the member has not yet passed the guild's membership screening. */
  @JsonName("pending")
  boolean isPending();
}

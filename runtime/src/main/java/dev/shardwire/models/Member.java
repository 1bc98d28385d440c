package dev.shardwire.models;

import dev.shardwire.annotations.GatewayModel;
import dev.shardwire.annotations.Repr;

/**
 * A user's membership of a guild, with the user: as GUILD_MEMBERS_CHUNK, GUILD_CREATE,
 * GUILD_MEMBER_ADD and interactions carry it.
 */
@GatewayModel(builder = true)
public interface Member extends PartialMember {

  /** The member's user. */
  @Repr
  User user();
}

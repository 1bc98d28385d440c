package dev.shardwire.models;

import dev.shardwire.annotations.GatewayModel;
import dev.shardwire.annotations.Repr;

/**
 * Permissions a channel grants or denies one role or member.
 */
@GatewayModel(builder = true)
public interface PermissionOverwrite {

  /** The role or user the overwrite is for. */
  @Repr
  Snowflake id();

  /** 0 for a role, 1 for a member. */
  int type();

  /** The permissions granted. */
  Permissions allow();

  /** The permissions denied. */
  Permissions deny();
}

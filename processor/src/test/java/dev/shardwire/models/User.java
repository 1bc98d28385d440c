package dev.shardwire.models;

import dev.shardwire.annotations.GatewayModel;

/** Stub of the runtime's user model: a {@code @GatewayModel} with an id, for map and key rules. */
@GatewayModel
public interface User {
  Snowflake id();

  String username();
}

package dev.shardwire.models;

import dev.shardwire.annotations.GatewayModel;
import java.util.Map;

/**
 * The users, members, roles, channels, messages and attachments an interaction refers to, each keyed by id.
 */
@GatewayModel(builder = true)
public interface ResolvedData {

  /** The users, by id. */
  Map<Snowflake, User> users();

  /** The members (without their user, who is in {@link #users()}), by user id. */
  Map<Snowflake, PartialMember> members();

  /** The roles, by id. */
  Map<Snowflake, Role> roles();

  /** The partial channels, by id. */
  Map<Snowflake, Channel> channels();

  /** The messages, by id. */
  Map<Snowflake, Message> messages();

  /** The attachments, by id. */
  Map<Snowflake, Attachment> attachments();
}

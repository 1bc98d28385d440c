package dev.shardwire.models;

import dev.shardwire.annotations.GatewayModel;
import dev.shardwire.annotations.Repr;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * A guild role.
 */
@GatewayModel(builder = true)
public interface Role {

  /** The role's id. */
  @Repr
  Snowflake id();

  /** The role's name. */
  @Repr
  String name();

  /** The role's colour as an RGB integer (0 for none), when sent. */
  OptionalInt color();

  /** Whether the role is shown apart in the member list. */
  boolean hoist();

  /** The role's icon hash; absent when not sent, null when it has none. */
  OptionalNullable<String> icon();

  /** The role's Unicode emoji; absent when not sent, null when it has none. */
  OptionalNullable<String> unicodeEmoji();

  /** The role's position. */
  int position();

  /** The role's permissions. */
  Permissions permissions();

  /** Whether an integration manages the role. */
  boolean managed();

  /** Whether anyone can mention the role. */
  boolean mentionable();

  /** The role's tags (bot, integration, premium subscriber), as sent. */
  Optional<RawJson> tags();

  /** The role's flags, when sent. */
  OptionalLong flags();
}

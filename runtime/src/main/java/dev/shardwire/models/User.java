package dev.shardwire.models;

import dev.shardwire.annotations.GatewayModel;
import dev.shardwire.annotations.JsonName;
import dev.shardwire.annotations.Repr;
import java.util.Optional;

/**
 * A Discord user, as the gateway sends it inside members, messages, interactions and READY.
 */
@GatewayModel(builder = true)
public interface User {

  /** The user's id. */
  @Repr
  Snowflake id();

  /** The user's unique handle. */
  @Repr
  String username();

  /** The legacy four-digit tag; {@code "0"} for users on the new username system. */
  String discriminator();

  /** The display name, if the user set one. */
  Optional<String> globalName();

  /** The avatar hash, if the user has an avatar. */
  @JsonName("avatar")
  Optional<String> avatarHash();

  /** Whether the user is a bot; absent in the payload means {@code false}. */
  @JsonName("bot")
  boolean isBot();

  /** Whether the user is an official Discord system user; absent means {@code false}. */
  @JsonName("system")
  boolean isSystem();

  /** The banner hash; absent when the payload does not carry it, null when the user has none. */
  @JsonName("banner")
  OptionalNullable<String> bannerHash();

  /** The banner colour as an RGB integer; absent when not sent, null when not set. */
  OptionalNullable<Integer> accentColor();

  /** The public flags of the account, when the payload carries them. */
  Optional<UserFlags> publicFlags();
}

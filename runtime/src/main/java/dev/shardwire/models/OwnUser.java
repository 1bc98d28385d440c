package dev.shardwire.models;

import dev.shardwire.annotations.GatewayModel;
import dev.shardwire.annotations.JsonName;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The bot's own user, as READY carries it, with the fields only the account itself sees.
 */
@GatewayModel(builder = true)
public interface OwnUser extends User {

  /** Whether the account has two-factor authentication enabled; absent means {@code false}. */
  @JsonName("mfa_enabled")
  boolean isMfaEnabled();

  /** Whether the account's email is verified; absent means {@code false}. */
  @JsonName("verified")
  boolean isVerified();

  /** The account's chosen language, if sent. */
  Optional<String> locale();

  /** The account's flags, if sent. */
  Optional<UserFlags> flags();

  /** The account's Nitro subscription type (0 none), if sent. */
  OptionalInt premiumType();
}

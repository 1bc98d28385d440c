package dev.shardwire.models;

import dev.shardwire.annotations.GatewayModel;
import dev.shardwire.annotations.JsonName;
import dev.shardwire.annotations.Repr;
import java.util.List;
import java.util.Optional;

/**
 * An emoji: a Unicode emoji (no id, the character as its name) or a custom one (an id; its name may
 * be null for a deleted one in reactions).
 */
@GatewayModel(builder = true)
public interface Emoji {

  /** The custom emoji's id; empty for a Unicode emoji. */
  @Repr
  Optional<Snowflake> id();

  /** The name, or the Unicode character; empty for a deleted custom emoji. */
  @Repr
  Optional<String> name();

  /** The roles allowed to use a guild emoji (empty when absent). */
  @JsonName("roles")
  List<Snowflake> roleIds();

  /** Who created a guild emoji, when the payload says. */
  Optional<User> user();

  /** Whether the emoji must be wrapped in colons. */
  boolean requireColons();

  /** Whether an integration manages the emoji. */
  boolean managed();

  /** Whether the emoji is animated. */
  boolean animated();

  /** Whether the emoji can be used (false when a lost boost disabled it); absent means {@code false}. */
  boolean available();
}

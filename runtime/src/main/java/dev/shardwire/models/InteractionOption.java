package dev.shardwire.models;

import dev.shardwire.annotations.GatewayModel;
import dev.shardwire.annotations.RawValueOf;
import dev.shardwire.annotations.Repr;
import java.util.List;
import java.util.Optional;

/**
 * One option of a command an interaction invokes; a subcommand or group holds its options in turn.
 */
@GatewayModel(builder = true)
public interface InteractionOption {

  /** The option's name. */
  @Repr
  String name();

  /** The option's type; {@link OptionType#UNKNOWN} for one this version does not know. */
  @Repr
  OptionType type();

  /** The type as the payload sent it, as {@code "3"}. */
  @RawValueOf("type")
  String rawType();

  /** The value (a string, integer, double or boolean; ids as strings), as sent. */
  Optional<RawJson> value();

  /** A subcommand's or group's options (empty when absent). */
  List<InteractionOption> options();

  /** Whether this option has the user's focus (autocomplete). */
  boolean focused();
}

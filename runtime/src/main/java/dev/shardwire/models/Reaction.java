package dev.shardwire.models;

import dev.shardwire.annotations.GatewayModel;
import dev.shardwire.annotations.Repr;
import java.util.List;
import java.util.Optional;

/**
 * The reactions of one emoji on a message.
 */
@GatewayModel(builder = true)
public interface Reaction {

  /** How many times the emoji was used, burst reactions included. */
  @Repr
  int count();

  /** The normal and burst counts, as sent. */
  Optional<RawJson> countDetails();

  /** Whether the bot reacted with it. */
  boolean me();

  /** Whether the bot super-reacted with it. */
  boolean meBurst();

  /** The emoji. */
  @Repr
  Emoji emoji();

  /** The colours of super reactions, as hexadecimal strings (empty when absent). */
  List<String> burstColors();
}

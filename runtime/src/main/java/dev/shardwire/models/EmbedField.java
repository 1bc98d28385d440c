package dev.shardwire.models;

import dev.shardwire.annotations.GatewayModel;
import dev.shardwire.annotations.Repr;

/**
 * One field of an embed.
 */
@GatewayModel(builder = true)
public interface EmbedField {

  /** The field's name. */
  @Repr
  String name();

  /** The field's value. */
  String value();

  /** Whether the field is shown inline. */
  boolean inline();
}

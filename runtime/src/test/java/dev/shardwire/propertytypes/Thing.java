package dev.shardwire.propertytypes;

import dev.shardwire.annotations.GatewayModel;
import dev.shardwire.models.OptionalNullable;
import java.time.Instant;

/** A small model, for maps and OptionalNullable of models. */
@GatewayModel
public interface Thing {

  /** Its name. */
  String name();

  /** A note that may be absent or null. */
  OptionalNullable<String> note();

  /** When it was made, if known. */
  OptionalNullable<Instant> madeAt();
}

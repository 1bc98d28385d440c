package dev.shardwire.models;

import dev.shardwire.annotations.GatewayModel;
import java.util.Optional;

/**
 * On which platforms a user is active, each with its own status; a platform the user is not active on is absent.
 */
@GatewayModel(builder = true)
public interface ClientStatus {

  /** The status on the desktop client. */
  Optional<Status> desktop();

  /** The status on a mobile client. */
  Optional<Status> mobile();

  /** The status on the web client (bots are active there). */
  Optional<Status> web();

  /** The status on a virtual reality client. */
  Optional<Status> vr();
}

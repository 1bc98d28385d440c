package dev.shardwire.models;

import dev.shardwire.annotations.GatewayModel;
import dev.shardwire.annotations.JsonName;
import dev.shardwire.annotations.RawValueOf;
import dev.shardwire.annotations.Repr;
import java.util.Optional;

/** A member's presence in a guild, as GUILD_MEMBERS_CHUNK carries it when presences were asked for. */
@GatewayModel
public interface MemberPresence {

  /** The id of the user whose presence this is. */
  @Repr
  @JsonName("user.id")
  Snowflake userId();

  /** The guild the presence is for, when the payload names it. */
  Optional<Snowflake> guildId();

  /** The user's status; {@link Status#UNKNOWN} for a status this version does not know. */
  @Repr
  Status status();

  /** The status as the payload spelled it, as {@code "online"}, or a new one such as {@code "brand_new_status"}. */
  @RawValueOf("status")
  String rawStatus();
}

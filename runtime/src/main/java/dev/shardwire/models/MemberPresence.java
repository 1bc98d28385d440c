package dev.shardwire.models;

import dev.shardwire.annotations.GatewayModel;
import dev.shardwire.annotations.JsonName;
import dev.shardwire.annotations.RawValueOf;
import dev.shardwire.annotations.Repr;
import java.util.List;
import java.util.Optional;

/**
 * A user's presence in a guild, as GUILD_MEMBERS_CHUNK, GUILD_CREATE and PRESENCE_UPDATE carry it.
 */
@GatewayModel(builder = true)
public interface MemberPresence {

  /** The id of the user whose presence this is (the payload's user is partial). */
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

  /** The user's activities, in the order Discord sent them (empty when absent). */
  List<Activity> activities();

  /** The user's status on each platform, when sent. */
  Optional<ClientStatus> clientStatus();
}

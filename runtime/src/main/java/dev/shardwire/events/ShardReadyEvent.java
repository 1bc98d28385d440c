package dev.shardwire.events;

import dev.shardwire.annotations.JsonName;
import dev.shardwire.annotations.KeyedBy;
import dev.shardwire.annotations.Repr;
import dev.shardwire.models.ApplicationFlags;
import dev.shardwire.models.OwnUser;
import dev.shardwire.models.Snowflake;
import java.util.Set;

/** The gateway accepted the shard's IDENTIFY and started a new session (dispatch {@code READY}). */
@dev.shardwire.annotations.ShardEvent(name = "READY", builder = true)
public interface ShardReadyEvent extends ShardStateEvent {

  /** The gateway version the session speaks. */
  @Repr
  @JsonName("v")
  int actualGatewayVersion();

  /** The session's id, which RESUME names. */
  @Repr
  String sessionId();

  /** The URL to reconnect to when resuming this session. */
  String resumeGatewayUrl();

  /** The bot's own user. */
  @Repr
  @JsonName("user")
  OwnUser myUser();

  /** The guilds the bot is in, all unavailable until their GUILD_CREATE arrives. */
  @JsonName("guilds")
  @KeyedBy("id")
  Set<Snowflake> unavailableGuilds();

  /** The bot's application id. */
  @Repr
  @JsonName("application.id")
  Snowflake applicationId();

  /** The bot's application flags. */
  @JsonName("application.flags")
  ApplicationFlags applicationFlags();
}

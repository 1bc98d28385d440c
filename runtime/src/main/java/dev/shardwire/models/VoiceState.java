package dev.shardwire.models;

import dev.shardwire.annotations.GatewayModel;
import dev.shardwire.annotations.Repr;
import java.time.Instant;
import java.util.Optional;

/**
 * A user's voice connection state.
 */
@GatewayModel(builder = true)
public interface VoiceState {

  /** The guild (absent inside GUILD_CREATE). */
  @Repr
  Optional<Snowflake> guildId();

  /** The channel the user is connected to; empty when they left. */
  @Repr
  Optional<Snowflake> channelId();

  /** The user. */
  @Repr
  Snowflake userId();

  /** The member, when in a guild. */
  Optional<Member> member();

  /** The voice session's id. */
  String sessionId();

  /** Whether the guild deafened the user. */
  boolean deaf();

  /** Whether the guild muted the user. */
  boolean mute();

  /** Whether the user deafened themselves. */
  boolean selfDeaf();

  /** Whether the user muted themselves. */
  boolean selfMute();

  /** Whether the user streams with Go Live. */
  boolean selfStream();

  /** Whether the user's camera is on. */
  boolean selfVideo();

  /** Whether the user may not speak (stages). */
  boolean suppress();

  /** When the user asked to speak, if they did. */
  Optional<Instant> requestToSpeakTimestamp();
}

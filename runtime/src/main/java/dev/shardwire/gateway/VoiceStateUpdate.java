package dev.shardwire.gateway;

import dev.shardwire.models.Snowflake;
import java.util.Objects;
import java.util.Optional;

/**
 * What a bot sends to join, move between or leave voice channels (op 4, UPDATE_VOICE_STATE): the
 * guild, the channel (none to leave), and whether the bot mutes or deafens itself. Immutable.
 *
 * <pre>{@code
 * bot.updateVoiceState(VoiceStateUpdate.join(guildId, channelId).withSelfDeaf(true));
 * bot.updateVoiceState(VoiceStateUpdate.leave(guildId));
 * }</pre>
 */
public final class VoiceStateUpdate {

  private final Snowflake guildId;
  private final Snowflake channelId;
  private final boolean selfMute;
  private final boolean selfDeaf;

  private VoiceStateUpdate(Snowflake guildId, Snowflake channelId, boolean selfMute, boolean selfDeaf) {
    this.guildId = Objects.requireNonNull(guildId, "guildId");
    this.channelId = channelId;
    this.selfMute = selfMute;
    this.selfDeaf = selfDeaf;
  }

  /** Joins (or moves to) voice channel {@code channelId} of {@code guildId}, neither muted nor deafened. */
  public static VoiceStateUpdate join(Snowflake guildId, Snowflake channelId) {
    return new VoiceStateUpdate(guildId, Objects.requireNonNull(channelId, "channelId"), false, false);
  }

  /** Leaves the voice channel the bot is in on {@code guildId} ({@code channel_id} null). */
  public static VoiceStateUpdate leave(Snowflake guildId) {
    return new VoiceStateUpdate(guildId, null, false, false);
  }

  /** This update, with the bot muting itself or not. */
  public VoiceStateUpdate withSelfMute(boolean selfMute) {
    return new VoiceStateUpdate(guildId, channelId, selfMute, selfDeaf);
  }

  /** This update, with the bot deafening itself or not. */
  public VoiceStateUpdate withSelfDeaf(boolean selfDeaf) {
    return new VoiceStateUpdate(guildId, channelId, selfMute, selfDeaf);
  }

  /** The guild. */
  public Snowflake guildId() {
    return guildId;
  }

  /** The channel to join; empty to leave. */
  public Optional<Snowflake> channelId() {
    return Optional.ofNullable(channelId);
  }

  /** Whether the bot mutes itself. */
  public boolean selfMute() {
    return selfMute;
  }

  /** Whether the bot deafens itself. */
  public boolean selfDeaf() {
    return selfDeaf;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof VoiceStateUpdate other
        && guildId.equals(other.guildId)
        && Objects.equals(channelId, other.channelId)
        && selfMute == other.selfMute
        && selfDeaf == other.selfDeaf;
  }

  @Override
  public int hashCode() {
    return Objects.hash(guildId, channelId, selfMute, selfDeaf);
  }

  @Override
  public String toString() {
    return "VoiceStateUpdate[guild=" + guildId + ", channel=" + (channelId == null ? "none" : channelId)
        + ", selfMute=" + selfMute + ", selfDeaf=" + selfDeaf + "]";
  }
}

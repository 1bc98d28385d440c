package dev.shardwire.models;

import dev.shardwire.annotations.GatewayModel;
import dev.shardwire.annotations.JsonName;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A user's membership of a guild without the user: how messages, interactions' resolved data and
 * other payloads that name the user elsewhere carry a member. {@link Member} adds the user.
 */
@GatewayModel(builder = true)
public interface PartialMember {

  /** The member's guild nickname; absent when not sent, null when not set. */
  @JsonName("nick")
  OptionalNullable<String> nickname();

  /** The member's guild avatar hash; absent when not sent, null when not set. */
  @JsonName("avatar")
  OptionalNullable<String> avatarHash();

  /** The member's guild banner hash; absent when not sent, null when not set. */
  @JsonName("banner")
  OptionalNullable<String> bannerHash();

  /** The ids of the member's roles (empty when absent). */
  @JsonName("roles")
  List<Snowflake> roleIds();

  /** When the user joined the guild (absent or null for guests). */
  Optional<Instant> joinedAt();

  /** Since when the member boosts the guild; absent when not sent, null when they do not. */
  OptionalNullable<Instant> premiumSince();

  /** Whether the member is deafened in voice channels; absent means {@code false}. */
  @JsonName("deaf")
  boolean isDeaf();

  /** Whether the member is muted in voice channels; absent means {@code false}. */
  @JsonName("mute")
  boolean isMute();

  /** The member's flags (Discord's guild member flags), when sent. */
  OptionalLong flags();

  /** Whether the member has not yet passed the guild's membership screening. */
  @JsonName("pending")
  boolean isPending();

  /** The member's permissions in the channel, sent only inside interactions. */
  Optional<Permissions> permissions();

  /** Until when the member is timed out; absent when not sent, null (or a past time) when they are not. */
  OptionalNullable<Instant> communicationDisabledUntil();
}

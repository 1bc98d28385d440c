package dev.shardwire.events.guild;

import dev.shardwire.models.Channel;
import dev.shardwire.models.Guild;
import dev.shardwire.models.Member;
import dev.shardwire.models.MemberPresence;
import dev.shardwire.models.RawJson;
import dev.shardwire.models.VoiceState;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * GUILD_CREATE: a guild became available (after READY, or after an outage) or the bot joined one.
 * The event is the {@link Guild} itself, with the state only this dispatch carries: members, channels,
 * threads, presences and voice states.
 */
@dev.shardwire.annotations.ShardEvent(name = "GUILD_CREATE", intents = "GUILDS", builder = true)
public interface GuildCreateEvent extends GuildEvent, Guild {

  /** When the bot joined the guild. */
  Optional<Instant> joinedAt();

  /** Whether the guild is above the large threshold (its member list is not all sent). */
  boolean large();

  /** Whether the guild is unavailable because of an outage. */
  boolean unavailable();

  /** How many members the guild has. */
  OptionalInt memberCount();

  /** The voice states of the members in voice channels (without guild id). */
  List<VoiceState> voiceStates();

  /** The members sent (all of them only for small guilds or with the presence intent). */
  List<Member> members();

  /** The channels. */
  List<Channel> channels();

  /** The active threads the bot can see. */
  List<Channel> threads();

  /** The presences of the members sent. */
  List<MemberPresence> presences();

  /** The stage instances, as sent. */
  Optional<RawJson> stageInstances();

  /** The scheduled events, as sent. */
  Optional<RawJson> guildScheduledEvents();

  /** The soundboard sounds, as sent. */
  Optional<RawJson> soundboardSounds();
}

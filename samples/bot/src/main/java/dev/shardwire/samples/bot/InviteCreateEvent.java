package dev.shardwire.samples.bot;

import dev.shardwire.annotations.JsonName;
import dev.shardwire.annotations.Repr;
import dev.shardwire.events.ShardEvent;
import dev.shardwire.models.Snowflake;
import java.time.Instant;
import java.util.Optional;

/**
 * An invite to a channel was created (dispatch {@code INVITE_CREATE}): an event the runtime's
 * catalogue does not define, declared here and decoded from the gateway by generated code.
 *
 * <p>From this interface the processor generates {@code ImmutableInviteCreateEvent}, {@code
 * InviteCreateEventDecoder} (a one-pass streaming decoder of the payload) and the row {@code
 * INVITE_CREATE_EVENT} of the package's {@code ShardwireEventTable}; subscribing to the event
 * registers that table with the bot, which then routes {@code INVITE_CREATE} to the decoder.
 */
@dev.shardwire.annotations.ShardEvent(name = "INVITE_CREATE", intents = "GUILD_INVITES")
public interface InviteCreateEvent extends ShardEvent {

  /** The channel the invite is for. */
  @Repr
  Snowflake channelId();

  /** The invite's code, as in {@code discord.gg/<code>}. */
  @Repr
  String code();

  /** The guild of the channel; empty for a group direct message. */
  Optional<Snowflake> guildId();

  /** When the invite was created. */
  Instant createdAt();

  /** How long the invite is valid, in seconds (0 for ever). */
  @JsonName("max_age")
  int maxAgeSeconds();
}

package dev.shardwire.samples.bot;

import dev.shardwire.annotations.JsonName;
import dev.shardwire.annotations.Repr;
import dev.shardwire.events.ShardEvent;
import dev.shardwire.models.Snowflake;
import java.util.Optional;

/**
 * A user started typing in a channel (dispatch {@code TYPING_START}): an event the runtime does
 * not define, declared here and decoded from the gateway by generated code.
 *
 * <p>From this interface the processor generates {@code ImmutableTypingStartEvent}, {@code
 * TypingStartEventDecoder} (a one-pass streaming decoder of the payload) and the row {@code
 * TYPING_START_EVENT} of the package's {@code ShardwireEventTable}; registering that table with
 * the bot routes {@code TYPING_START} dispatches to the decoder.
 */
@dev.shardwire.annotations.ShardEvent(name = "TYPING_START", intents = "GUILD_MESSAGE_TYPING")
public interface TypingStartEvent extends ShardEvent {

  /** The channel the user is typing in. */
  @Repr
  Snowflake channelId();

  /** The guild of the channel; empty in a direct message. */
  Optional<Snowflake> guildId();

  /** The user who is typing. */
  @Repr
  Snowflake userId();

  /** When the user started typing, in Unix seconds. */
  @JsonName("timestamp")
  long startedAt();
}

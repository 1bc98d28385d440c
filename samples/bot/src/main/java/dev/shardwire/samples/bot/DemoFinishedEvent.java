package dev.shardwire.samples.bot;

import dev.shardwire.annotations.Repr;
import dev.shardwire.events.Event;
import dev.shardwire.models.Snowflake;

/**
 * The sample's own event: the demo fetched a guild's member list. The bot dispatches it itself
 * with {@code bot.events().dispatch(ImmutableDemoFinishedEvent.builder()…build())}.
 *
 * <p>From this interface the processor generates {@code ImmutableDemoFinishedEvent} (the value
 * and its builder) and the package's {@code ShardwireEventTable} with the constant {@code
 * DEMO_FINISHED_EVENT}. It has no gateway name, so no decoder: nothing on the wire produces it.
 */
@dev.shardwire.annotations.ShardEvent
public interface DemoFinishedEvent extends Event {

  /** The guild whose members were fetched. */
  @Repr
  Snowflake guildId();

  /** How many members arrived, over every chunk. */
  @Repr
  int memberCount();

  /** How many GUILD_MEMBERS_CHUNK dispatches carried them. */
  @Repr
  int chunkCount();

  /** From the request to the last chunk, in milliseconds. */
  long elapsedMillis();
}

package dev.shardwire.dispatch;

import dev.shardwire.events.ShardwireEventTable;
import dev.shardwire.spi.EventTable;
import java.util.List;

/**
 * The runtime's event tables: the shard events of this package and the catalogue of Discord's
 * common dispatches, one table per area package ({@code dev.shardwire.events.guild}, {@code
 * .member}, {@code .channel}, {@code .message}, {@code .interaction}, {@code .presence}, {@code
 * .typing}, {@code .voice}). Every event manager registers all of them, so a bot routes these
 * dispatches, and a listener of {@code Event} receives them typed, without naming a table.
 *
 * <p>It lives here, not in {@code dev.shardwire.events}, because the area packages extend that
 * package's events: a list there would make a package cycle.
 */
public final class BuiltInTables {

  private static final List<EventTable> TABLES =
      List.of(
          ShardwireEventTable.INSTANCE,
          dev.shardwire.events.guild.ShardwireEventTable.INSTANCE,
          dev.shardwire.events.member.ShardwireEventTable.INSTANCE,
          dev.shardwire.events.channel.ShardwireEventTable.INSTANCE,
          dev.shardwire.events.message.ShardwireEventTable.INSTANCE,
          dev.shardwire.events.interaction.ShardwireEventTable.INSTANCE,
          dev.shardwire.events.presence.ShardwireEventTable.INSTANCE,
          dev.shardwire.events.typing.ShardwireEventTable.INSTANCE,
          dev.shardwire.events.voice.ShardwireEventTable.INSTANCE);

  private BuiltInTables() {}

  /** Every table of the runtime, the shard events' first. */
  public static List<EventTable> tables() {
    return TABLES;
  }
}

package dev.shardwire.catalogue;

import dev.shardwire.GatewayBot;
import dev.shardwire.dispatch.BuiltInTables;
import dev.shardwire.spi.DecodeContext;
import dev.shardwire.spi.EventDecoder;
import dev.shardwire.spi.EventTable;
import dev.shardwire.spi.GatewayJson;
import dev.shardwire.testing.DetachedShard;

/** Decodes a catalogue payload the way a shard does: the runtime's tables, by dispatch name. */
final class Decoding {

  static final GatewayBot BOT = GatewayBot.builder().build();
  static final DecodeContext CONTEXT = new DecodeContext(BOT, DetachedShard.of(0, 1));

  private Decoding() {}

  /** The event that dispatch {@code name} with payload {@code json} decodes into, as {@code type}. */
  static <E> E decode(String name, String json, Class<E> type) {
    for (EventTable table : BuiltInTables.tables()) {
      EventDecoder<?> decoder = table.decoderFor(name).orElse(null);
      if (decoder != null) {
        return type.cast(GatewayJson.decode(json, decoder, CONTEXT));
      }
    }
    throw new AssertionError("no runtime table decodes " + name);
  }
}

package dev.shardwire.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.shardwire.GatewayBot;
import dev.shardwire.dispatch.BuiltInTables;
import dev.shardwire.spi.DecodeContext;
import dev.shardwire.spi.DecodeException;
import dev.shardwire.spi.EventDecoder;
import dev.shardwire.spi.EventTable;
import dev.shardwire.spi.GatewayJson;
import dev.shardwire.spi.JacksonReference;
import dev.shardwire.testing.DetachedShard;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a catalogue payload the way a shard does: the runtime's tables, by dispatch name, over
 * the gateway's parser; and checks, on every payload of the catalogue tests, that Jackson's own
 * parser decodes it to an equal event.
 */
final class Decoding {

  static final GatewayBot BOT = GatewayBot.builder().build();
  static final DecodeContext CONTEXT = new DecodeContext(BOT, DetachedShard.of(0, 1));

  private Decoding() {}

  /** The event that dispatch {@code name} with payload {@code json} decodes into, as {@code type}. */
  static <E> E decode(String name, String json, Class<E> type) {
    for (EventTable table : BuiltInTables.tables()) {
      EventDecoder<?> decoder = table.decoderFor(name).orElse(null);
      if (decoder != null) {
        byte[] utf8 = json.getBytes(StandardCharsets.UTF_8);
        Object decoded = GatewayJson.decode(utf8, decoder, CONTEXT);
        assertEquals(JacksonReference.decode(utf8, decoder, CONTEXT), decoded, "over Jackson's own parser");
        return type.cast(decoded);
      }
    }
    throw new AssertionError("no runtime table decodes " + name);
  }

  /** The failure that dispatch {@code name} with payload {@code json} decodes into, over the gateway's parser. */
  static DecodeException decodeFails(String name, String json) {
    for (EventTable table : BuiltInTables.tables()) {
      EventDecoder<?> decoder = table.decoderFor(name).orElse(null);
      if (decoder != null) {
        byte[] utf8 = json.getBytes(StandardCharsets.UTF_8);
        return assertThrows(DecodeException.class, () -> GatewayJson.decode(utf8, decoder, CONTEXT));
      }
    }
    throw new AssertionError("no runtime table decodes " + name);
  }
}

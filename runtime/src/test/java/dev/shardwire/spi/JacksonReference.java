package dev.shardwire.spi;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * Decodes with Jackson's own parser, configured as {@link GatewayJson#FACTORY} is: the reference
 * that the gateway's parser is compared against, value for value and failure for failure.
 */
public final class JacksonReference {

  /** Jackson's stock factory, with the gateway's limits. */
  public static final JsonFactory STOCK =
      JsonFactory.builder()
          .streamReadConstraints(GatewayJson.CONSTRAINTS)
          .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
          .build();

  private JacksonReference() {}

  /** What {@link GatewayJson#decode(byte[], EventDecoder, DecodeContext)} does, over Jackson's parser. */
  public static <T> T decode(byte[] json, EventDecoder<T> decoder, DecodeContext context) {
    try (JsonParser parser = STOCK.createParser(ObjectReadContext.empty(), json)) {
      return GatewayJson.decodeDocument(parser, decoder, context);
    } catch (JacksonException e) {
      throw DecodeFailures.wrap(e, null, decoder.typeName(), null);
    }
  }
}

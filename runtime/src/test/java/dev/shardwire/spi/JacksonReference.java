package dev.shardwire.spi;

import java.nio.charset.StandardCharsets;
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
      T value = GatewayJson.decodeNext(parser, decoder, context);
      if (parser.nextToken() != null) {
        throw DecodeFailures.problem(parser, decoder.typeName(), "", "expected the end of the document");
      }
      return value;
    } catch (JacksonException e) {
      throw DecodeFailures.wrap(e, null, decoder.typeName(), null);
    }
  }

  /** {@link #decode(byte[], EventDecoder, DecodeContext)} of {@code json}'s UTF-8 bytes. */
  public static <T> T decode(String json, EventDecoder<T> decoder, DecodeContext context) {
    return decode(json.getBytes(StandardCharsets.UTF_8), decoder, context);
  }
}

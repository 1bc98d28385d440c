package dev.shardwire.spi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.Named;

/**
 * The corners of Jackson's parser API that generated decoders do not use but other Jackson code
 * (databind, a bot's own reads) may: each answers over the gateway's parser as over Jackson's.
 */
class Utf8BytesJsonParserApiTest {

  private static final List<JsonFactory> BOTH = List.of(JacksonReference.STOCK, GatewayJson.FACTORY);

  private static JsonParser open(JsonFactory factory, String json) {
    return factory.createParser(ObjectReadContext.empty(), json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void caseInsensitiveMatchersFindNamesInAnyCase() {
    PropertyNameMatcher matcher = GatewayJson.FACTORY.constructCINameMatcher(
        List.of(Named.fromString("id"), Named.fromString("type"), Named.fromString("a_long_property_name")), false,
        java.util.Locale.ROOT);
    for (JsonFactory factory : BOTH) {
      try (JsonParser parser = open(factory, "{\"ID\":1,\"Type\":2,\"A_LONG_PROPERTY_NAME\":3,\"other\":4}")) {
        parser.nextToken();
        assertEquals(0, parser.nextNameMatch(matcher), factory.getClass().getSimpleName());
        parser.nextToken();
        assertEquals(1, parser.nextNameMatch(matcher));
        parser.nextToken();
        assertEquals(2, parser.nextNameMatch(matcher));
        parser.nextToken();
        assertEquals(PropertyNameMatcher.MATCH_UNKNOWN_NAME, parser.nextNameMatch(matcher));
      }
    }
  }

  @Test
  void binaryValuesAreWrittenOut() {
    for (JsonFactory factory : BOTH) {
      try (JsonParser parser = open(factory, "[\"aGVsbG8=\"]")) {
        parser.nextToken();
        parser.nextToken();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(5, parser.readBinaryValue(out), factory.getClass().getSimpleName());
        assertArrayEquals("hello".getBytes(StandardCharsets.US_ASCII), out.toByteArray());
      }
    }
  }

  @Test
  void theUnreadRestIsReleased() {
    for (JsonFactory factory : BOTH) {
      try (JsonParser parser = open(factory, "{\"a\":1} tail")) {
        parser.nextToken();
        parser.skipChildren();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int released = parser.releaseBuffered(out);
        assertEquals(" tail", out.toString(StandardCharsets.US_ASCII), factory.getClass().getSimpleName());
        assertEquals(5, released);
      }
    }
  }
}

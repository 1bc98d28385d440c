package dev.shardwire.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shardwire.spi.GatewayJson;
import dev.shardwire.spi.JsonReads;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;

/** {@link RawJson}: compact text, validation, equality on the text, trees and parsers on demand. */
class RawJsonTest {

  @Test
  void keepsCompactTextAndComparesByIt() {
    RawJson spaced = RawJson.of(" { \"a\" : [ 1 , 2.50e1 , \"x\" ] ,\n \"b\" : null } ");
    assertEquals("{\"a\":[1,2.50e1,\"x\"],\"b\":null}", spaced.json());
    assertEquals(spaced.json(), spaced.toString());
    assertEquals(RawJson.of("{\"a\":[1,2.50e1,\"x\"],\"b\":null}"), spaced);
    assertEquals(spaced.hashCode(), RawJson.of("{\"a\":[1,2.50e1,\"x\"],\"b\":null}").hashCode());
    assertNotEquals(RawJson.of("{\"b\":null,\"a\":[1,2.50e1,\"x\"]}"), spaced);
    assertEquals("\"text\"", RawJson.of("\"text\"").json());
    assertTrue(RawJson.of(" null ").isNull());
    assertFalse(RawJson.of("0").isNull());
  }

  @Test
  void escapesWhatJsonRequiresAndKeepsTheRest() {
    RawJson value = RawJson.of("[\"q\\\"b\\\\s\\u0001\\t\\u00e9\\ud83d\\ude00/\"]");
    assertEquals("[\"q\\\"b\\\\s\\u0001\\t\u00e9\ud83d\ude00/\"]", value.json());
    assertEquals("q\"b\\s\u0001\t\u00e9\ud83d\ude00/", value.tree().get(0).stringValue());
  }

  @Test
  void refusesWhatIsNotOneValue() {
    assertThrows(IllegalArgumentException.class, () -> RawJson.of(""));
    assertThrows(IllegalArgumentException.class, () -> RawJson.of("{\"a\":"));
    assertThrows(IllegalArgumentException.class, () -> RawJson.of("[1] [2]"));
    assertThrows(IllegalArgumentException.class, () -> RawJson.of("{a:1}"));
    assertThrows(NullPointerException.class, () -> RawJson.of(null));
  }

  @Test
  void opensAParserAndATree() {
    RawJson value = RawJson.of("{\"id\":\"1\",\"n\":[true]}");
    try (JsonParser parser = value.parser()) {
      assertEquals(JsonToken.START_OBJECT, parser.nextToken());
      assertEquals("id", parser.nextName());
    }
    assertTrue(value.tree().get("n").get(0).booleanValue());
  }

  @Test
  void copiesTheValueAtTheParserAndLeavesItOnTheValuesEnd() {
    try (JsonParser parser =
        GatewayJson.FACTORY.createParser(ObjectReadContext.empty(), "{\"raw\":{\"x\":[1,{}]},\"after\":2}")) {
      parser.nextToken();
      assertEquals("raw", parser.nextName());
      parser.nextToken();
      assertEquals("{\"x\":[1,{}]}", RawJson.ofTrusted(JsonReads.rawJsonText(parser)).json());
      assertEquals(JsonToken.END_OBJECT, parser.currentToken());
      assertEquals("after", parser.nextName());
    }
  }
}

package dev.shardwire.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shardwire.spi.DecodeException;
import dev.shardwire.spi.GatewayJson;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;

/** The runtime's reads of JSON arrays of snowflakes and strings, which generated decoders call. */
class JsonArraysTest {

  /** Reads {@code json} with {@code read}, the parser on its first token, and checks that the array was read to its end. */
  private static <T> T read(String json, Function<JsonParser, T> read) {
    try (JsonParser parser =
        GatewayJson.FACTORY.createParser(ObjectReadContext.empty(), json.getBytes(StandardCharsets.UTF_8))) {
      parser.nextToken();
      T value = read.apply(parser);
      assertEquals(JsonToken.END_ARRAY, parser.currentToken());
      return value;
    }
  }

  @Test
  void listsKeepOrderAndRepeatsAndSetsKeepFirstAppearances() {
    assertEquals(
        List.of(Snowflake.of(3), Snowflake.of(1), Snowflake.of(3)),
        read("[\"3\", 1, \"3\"]", p -> JsonArrays.snowflakeList(p, "Test")));
    assertEquals(
        List.of(Snowflake.of(3), Snowflake.of(1)),
        List.copyOf(read("[\"3\", 1, \"3\"]", p -> JsonArrays.snowflakeSet(p, "Test"))));
    assertEquals(List.of("b", "a", "b"), read("[\"b\",\"a\",\"b\"]", p -> JsonArrays.stringList(p, "Test")));
    assertEquals(List.of("b", "a"), List.copyOf(read("[\"b\",\"a\",\"b\"]", p -> JsonArrays.stringSet(p, "Test"))));
    assertEquals(List.of(), read("[]", p -> JsonArrays.stringList(p, "Test")));
  }

  @Test
  void theResultsAreImmutable() {
    List<String> list = read("[\"a\"]", p -> JsonArrays.stringList(p, "Test"));
    Set<Snowflake> set = read("[\"1\"]", p -> JsonArrays.snowflakeSet(p, "Test"));
    assertThrows(UnsupportedOperationException.class, () -> list.add("b"));
    assertThrows(UnsupportedOperationException.class, () -> set.add(Snowflake.of(2)));
  }

  @Test
  void aBadElementIsReportedAtItsIndexInTheDecodersType() {
    DecodeException e = assertThrows(DecodeException.class, () -> read("[\"1\", \"2\", null]", p -> JsonArrays.snowflakeList(p, "GuildBanEvent")));
    assertEquals("GuildBanEvent", e.typeName());
    assertEquals("[2]", e.path());
    DecodeException text = assertThrows(DecodeException.class, () -> read("[\"a\", {}]", p -> JsonArrays.stringSet(p, "Test")));
    assertEquals("[1]", text.path());
    assertTrue(text.problem().contains("an object"), text.problem());
  }

  @Test
  void aValueThatIsNoArrayIsAWrongType() {
    DecodeException e = assertThrows(DecodeException.class, () -> read("{\"a\":1}", p -> JsonArrays.stringList(p, "Test")));
    assertTrue(e.problem().contains("expected an array but found an object"), e.problem());
  }
}

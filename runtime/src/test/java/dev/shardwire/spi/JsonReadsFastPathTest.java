package dev.shardwire.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;

/**
 * The reads that take a shortcut on the gateway's own parser (raw JSON values as their input
 * bytes, timestamps, ids and enum text read from the bytes) give what they give over Jackson's
 * parser, on good values and on broken ones: the same value and the parser left on the same token,
 * or a failure from both.
 */
class JsonReadsFastPathTest {

  /** Each value is read as {@code {"v":VALUE,"after":1}}, then the parser is moved on to "after". */
  private static List<String> rawValues() {
    List<String> values = new ArrayList<>(List.of(
        "{}", "[]", "{\"id\":\"spotify:1\"}", "{\"a\":[1,2.5,-3e4,true,false,null],\"b\":{\"c\":{}}}",
        "[{\"x\":\"é ✦ 🛠️\"},\"plain text with spaces\"]", "{\"é\":1}",
        // Not compact: white space between tokens, escapes that the copy writes differently.
        "{ \"a\" : 1 }", "[1,\n2]", "{\"a\":\"q\\\"uote\"}", "{\"a\":\"\\u00e9\\/\"}", "{\"a\\u0062\":1}",
        "[\"\\ud83d\\ude00\"]", "[\"\\u0001\"]",
        // Broken: each must fail on both parsers.
        "{\"a\":1", "[1,2", "{\"a\":\"open", "[01]", "{\"a\":1,}", "[1}", "{\"a\" 1}", "[\"\\x\"]",
        "[\"tab\there\"]", "[tru]", "{\"a\":nul}", "[1.]", "[-]", "{\"a\":[1]]}", "[\"\\u12\"]"));
    // Bytes that are not UTF-8, inside and outside strings.
    values.add("[\"\u00ff\"]");
    return values;
  }

  private static List<String> timestamps() {
    return List.of(
        "\"2021-04-22T10:20:33.123456+00:00\"", "\"2021-04-22T10:20:33Z\"", "\"2021-04-22t10:20:33.1z\"",
        "\"2024-02-29T23:59:59.999999999-05:30\"", "\"2023-02-29T00:00:00Z\"", "\"2021-13-01T00:00:00Z\"",
        "\"2021-04-22T24:00:00Z\"", "\"2021-04-22T10:20:33+18:01\"", "\"2021-04-22T10:20:33.Z\"",
        "\"2021-04-22T10:20:33.1234567890Z\"", "\"2021-04-22 10:20:33Z\"", "\"0000-01-01T00:00:00Z\"",
        "\"9999-12-31T23:59:59Z\"", "\"2021-04-22T10:20:33\"", "\"2021-04-22T10:20:33Z \"",
        "\"2021-04-22T10:20:33\\u005a\"", "\"２021-04-22T10:20:33Z\"", "\"2021-04-22T10:20:33Z", "\"20",
        "20210422", "null", "\"\"", "\"2021-04-22T10:20:33.123\\\"Z\"");
  }

  private static List<String> snowflakes() {
    return List.of(
        "\"613425648685547541\"", "\"0\"", "\"007\"", "\"18446744073709551615\"", "\"18446744073709551616\"",
        "\"99999999999999999999\"", "\"123456789012345678901\"", "\"\"", "\"-1\"", "\"12a\"", "\"1 \"",
        "\"\\u0031\"", "\"١٢\"", "123", "-5", "18446744073709551615", "18446744073709551616", "01", "1.5",
        "\"1234567890123456", "\"12", "true", "{}");
  }

  private static List<String> enumTexts() {
    return List.of(
        "\"online\"", "\"dnd\"", "\"\"", "\"idle\\u0021\"", "\"ünknown\"", "0", "4", "42", "-1", "007", "1.5",
        "12345678901234567890", "null", "true", "[]", "\"open", "\"a very long status that no table keeps at all\"");
  }

  @Test
  void rawJsonTextIsTheSameOnBothParsers() {
    compare(rawValues(), JsonReads::rawJsonText);
  }

  @Test
  void instantsAndOffsetDateTimesAreTheSameOnBothParsers() {
    compare(timestamps(), JsonReads::instant);
    compare(timestamps(), JsonReads::offsetDateTime);
  }

  @Test
  void snowflakesAreTheSameOnBothParsers() {
    compare(snowflakes(), JsonReads::snowflakeBits);
    compare(snowflakes(), JsonReads::flagBits);
  }

  @Test
  void enumTextsAreTheSameOnBothParsers() {
    compare(enumTexts(), JsonReads::enumText);
    compare(enumTexts(), JsonReads::string);
  }

  @Test
  void theCompactCopyIsTheInputsOwnText() {
    String raw = "{\"id\":\"spotify:1\",\"n\":[1,{\"é\":\"🛠️\"}]}";
    assertEquals(raw, outcome(GatewayJson.FACTORY, "{\"v\":" + raw + ",\"after\":1}", JsonReads::rawJsonText).value);
    assertEquals(
        "{\"a\":\"\\\"\"}", outcome(GatewayJson.FACTORY, "{\"v\":{ \"a\" : \"\\u0022\" },\"after\":1}", JsonReads::rawJsonText).value);
  }

  @Test
  void onlyACompactValueIsTakenFromTheInput() {
    assertEquals("{\"a\":[1]}", compactText("{\"v\":{\"a\":[1]}}"));
    assertEquals("[\"é x\"]", compactText("{\"v\":[\"é x\"]}"));
    assertNull(compactText("{\"v\":{\"a\": 1}}"));
    assertNull(compactText("{\"v\":[\"\\n\"]}"));
    assertNull(compactText("{\"v\":[1,2"));
  }

  private static String compactText(String json) {
    try (JsonParser parser = GatewayJson.FACTORY.createParser(ObjectReadContext.empty(), json.getBytes(StandardCharsets.UTF_8))) {
      parser.nextToken();
      parser.nextName();
      parser.nextToken();
      return assertInstanceOf(Utf8BytesJsonParser.class, parser).compactStructureText();
    }
  }

  @Test
  void aRawValueOverTheStringLimitFailsOnBothParsers() {
    String big = "[\"" + "x".repeat(GatewayJson.MAX_STRING_LENGTH + 1) + "\"]";
    Outcome expected = outcome(JacksonReference.STOCK, "{\"v\":" + big + ",\"after\":1}", JsonReads::rawJsonText);
    assertEquals(Failed.INSTANCE, expected.value);
    assertEquals(expected, outcome(GatewayJson.FACTORY, "{\"v\":" + big + ",\"after\":1}", JsonReads::rawJsonText));
  }

  private static void compare(List<String> values, Function<JsonParser, Object> read) {
    for (String value : values) {
      String json = "{\"v\":" + value + ",\"after\":1}";
      Outcome expected = outcome(JacksonReference.STOCK, json, read);
      Outcome actual = outcome(GatewayJson.FACTORY, json, read);
      assertEquals(expected, actual, json);
    }
  }

  /** What reading {@code v} gives: the value and where the parser is after it, or a failure. */
  private record Outcome(Object value, JsonToken tokenAfter, String nameAfter) {}

  private static Outcome outcome(tools.jackson.core.json.JsonFactory factory, String json, Function<JsonParser, Object> read) {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    if (json.contains("\u00ff")) {
      // A lone 0xFF byte: not UTF-8.
      bytes = json.replace("\u00ff", "?").getBytes(StandardCharsets.UTF_8);
      bytes[json.indexOf('\u00ff')] = (byte) 0xFF;
    }
    try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), bytes)) {
      parser.nextToken();
      parser.nextName();
      parser.nextToken();
      Object value = read.apply(parser);
      JsonToken after = parser.currentToken();
      return new Outcome(value, after, parser.nextName());
    } catch (JacksonException | DecodeException e) {
      return new Outcome(Failed.INSTANCE, null, null);
    }
  }

  private enum Failed {
    INSTANCE
  }
}

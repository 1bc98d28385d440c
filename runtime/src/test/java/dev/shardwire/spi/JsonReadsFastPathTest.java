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
        "20210422", "null", "\"\"", "\"2021-04-22T10:20:33.123\\\"Z\"",
        // Cut short: the bytes after a cut range (0") would make it a valid timestamp.
        "\"2021-04-22T10:20:33+00:0");
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
        "12345678901234567890", "null", "true", "[]", "\"open", "\"a very long status that no table keeps at all\"",
        "2.0", "2e0", "-0.0", "2.5", "1e30", "1e999999999", "1e-999999999",
        // Exponents beyond BigDecimal's, or whose digits overflow an int: still a DecodeException or a text.
        "1e2147483646", "1e2147483647", "12e2147483647", "1e2147483648", "1e9999999999", "1.0e-2147483647");
  }

  private static List<String> numbers() {
    return List.of(
        "640", "640.0", "6.4e2", "6400E-1", "-0.0", "0e5", "640.5", "1e-999999999", "2147483647.0", "2147483648.0",
        "-2147483648.0", "9.223372036854775807e18", "9223372036854775808.0", "-9223372036854775808.0", "1e400",
        "1e999999999", "1e2147483646", "1e2147483647", "12e2147483647", "1e2147483648", "1e9999999999",
        "1.0e-2147483647", "1e-9999999999", "\"640\"", "true", "null");
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
  void wholeNumbersAreTheSameOnBothParsers() {
    compare(numbers(), JsonReads::intValue);
    compare(numbers(), JsonReads::longValue);
  }

  @Test
  void aWholeNumberReadsAsTheIntegerHoweverWritten() {
    for (String json : List.of("640", "640.0", "6.4e2", "6400E-1")) {
      assertEquals(640, outcome(GatewayJson.FACTORY, "{\"v\":" + json + "}", JsonReads::intValue).value, json);
    }
    assertEquals(0, outcome(GatewayJson.FACTORY, "{\"v\":-0.0}", JsonReads::intValue).value);
    assertEquals(Long.MAX_VALUE, outcome(GatewayJson.FACTORY, "{\"v\":9.223372036854775807e18}", JsonReads::longValue).value);
    assertEquals("2", outcome(GatewayJson.FACTORY, "{\"v\":2.0}", JsonReads::enumText).value);
    assertEquals("1e30", outcome(GatewayJson.FACTORY, "{\"v\":1e30}", JsonReads::enumText).value);
    for (String json : List.of("640.5", "1e-999999999", "2147483648.0", "1e400", "1e999999999")) {
      assertEquals(Failed.INSTANCE, outcome(GatewayJson.FACTORY, "{\"v\":" + json + "}", JsonReads::intValue).value, json);
    }
    assertEquals(Failed.INSTANCE, outcome(GatewayJson.FACTORY, "{\"v\":9223372036854775808.0}", JsonReads::longValue).value);
    assertEquals(Failed.INSTANCE, outcome(GatewayJson.FACTORY, "{\"v\":2.5}", JsonReads::enumText).value);
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

  /**
   * Reads each value over both parsers from two documents, the whole one and one cut just after the
   * value, each alone and inside a larger array (so offsets must count from the range's start).
   * After the cut one the array goes on with bytes that continue the value into a longer valid one
   * ({@code "12} into {@code "120"}): a parser that reads past its range answers differently.
   */
  private static void compare(List<String> values, Function<JsonParser, Object> read) {
    byte[] before = "[\"1234".getBytes(StandardCharsets.UTF_8);
    byte[] after = "0\"]}".getBytes(StandardCharsets.UTF_8);
    for (String value : values) {
      for (String json : List.of("{\"v\":" + value + ",\"after\":1}", "{\"v\":" + value)) {
        byte[] doc = utf8(json);
        assertEquals(outcome(JacksonReference.STOCK, doc, 0, doc.length, read), outcome(GatewayJson.FACTORY, doc, 0, doc.length, read), json);
        byte[] padded = new byte[before.length + doc.length + after.length];
        System.arraycopy(before, 0, padded, 0, before.length);
        System.arraycopy(doc, 0, padded, before.length, doc.length);
        System.arraycopy(after, 0, padded, before.length + doc.length, after.length);
        assertEquals(
            outcome(JacksonReference.STOCK, padded, before.length, doc.length, read),
            outcome(GatewayJson.FACTORY, padded, before.length, doc.length, read),
            json + " inside a larger array");
      }
    }
  }

  /**
   * What reading {@code v} gives: the value, and where the parser is after it (its token, the
   * token's byte offset, the next name), or a failure.
   */
  private record Outcome(Object value, JsonToken tokenAfter, long offsetAfter, String nameAfter) {}

  private static Outcome outcome(tools.jackson.core.json.JsonFactory factory, String json, Function<JsonParser, Object> read) {
    byte[] bytes = utf8(json);
    return outcome(factory, bytes, 0, bytes.length, read);
  }

  /** The UTF-8 bytes of {@code json}, where a U+00FF stands for a lone 0xFF byte (not UTF-8). */
  private static byte[] utf8(String json) {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    if (json.contains("\u00ff")) {
      bytes = json.replace("\u00ff", "?").getBytes(StandardCharsets.UTF_8);
      bytes[json.indexOf('\u00ff')] = (byte) 0xFF;
    }
    return bytes;
  }

  private static Outcome outcome(
      tools.jackson.core.json.JsonFactory factory, byte[] bytes, int offset, int length, Function<JsonParser, Object> read) {
    try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), bytes, offset, length)) {
      parser.nextToken();
      parser.nextName();
      parser.nextToken();
      Object value;
      try {
        value = read.apply(parser);
      } catch (JacksonException | DecodeException e) {
        return new Outcome(Failed.INSTANCE, null, -1, null);
      }
      JsonToken after = parser.currentToken();
      long offsetAfter = parser.currentTokenLocation().getByteOffset();
      // A cut document fails here, after the value was read: the value still counts.
      return new Outcome(value, after, offsetAfter, nextName(parser));
    } catch (JacksonException e) {
      return new Outcome(Failed.INSTANCE, null, -1, null);
    }
  }

  private static String nextName(JsonParser parser) {
    try {
      return parser.nextName();
    } catch (JacksonException e) {
      return "(fails)";
    }
  }

  private enum Failed {
    INSTANCE
  }
}

package dev.shardwire.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.SerializableString;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.BufferRecycler;
import tools.jackson.core.util.JsonRecyclerPools;
import tools.jackson.core.util.RecyclerPool;

/**
 * Drives Shardwire's byte parser and Jackson's own parser with the same calls over the same
 * documents, well-formed and malformed, and asserts that they answer the same: tokens, names,
 * values, number types, locations, and failing (or not) at the same call. Seeds are fixed, so a
 * failure reproduces; the failing document and seed are in the assertion message.
 */
class Utf8BytesJsonParserConformanceTest {

  /** Jackson's parser, configured as the gateway's factory is. */
  private static final JsonFactory JACKSON = JacksonReference.STOCK;

  private static final String[] NAMES = {
    "id", "name", "a", "guild_id", "user", "roles", "nick", "avatar", "joined_at",
    "premium_since", "deaf", "mute", "flags", "pending", "communication_disabled_until",
    "é", "naïve", "日本語", "emoji😀", "tab\tname", "quote\"name", "back\\slash", "x_very_long_property_name_over_twelve",
  };

  private static final PropertyNameMatcher MATCHER = GatewayJson.nameMatcher(NAMES);
  private static final FieldNames FIELD_NAMES = FieldNames.of(NAMES);
  private static final SerializableString[] SERIALIZED = new SerializableString[NAMES.length];

  static {
    for (int i = 0; i < NAMES.length; i++) {
      SERIALIZED[i] = new SerializedString(NAMES[i]);
    }
  }

  @Test
  void theFactoryReadsBytesWithItsOwnParserAndKeepsItThroughCopyAndRebuild() {
    byte[] json = "{}".getBytes(StandardCharsets.UTF_8);
    assertInstanceOf(Utf8BytesJsonParser.class, GatewayJson.FACTORY.createParser(ObjectReadContext.empty(), json));
    assertInstanceOf(Utf8BytesJsonParser.class, GatewayJson.FACTORY.copy().createParser(ObjectReadContext.empty(), json));
    assertInstanceOf(
        Utf8BytesJsonParser.class, GatewayJson.FACTORY.rebuild().build().createParser(ObjectReadContext.empty(), json));
    assertEquals(
        GatewayJson.MAX_NESTING_DEPTH, GatewayJson.FACTORY.rebuild().build().streamReadConstraints().getMaxNestingDepth());
    // What the gateway shard builds its factory with.
    JsonFactory shards = GatewayJson.FACTORY.rebuild().recyclerPool(JsonRecyclerPools.threadLocalPool()).build();
    assertInstanceOf(Utf8BytesJsonParser.class, shards.createParser(ObjectReadContext.empty(), json));
    assertFalse(shards.isEnabled(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION));
    // Strings and UTF-16 bytes stay Jackson's.
    assertFalse(GatewayJson.FACTORY.createParser(ObjectReadContext.empty(), "{}") instanceof Utf8BytesJsonParser);
    byte[] utf16 = "{}".getBytes(StandardCharsets.UTF_16BE);
    assertFalse(GatewayJson.FACTORY.createParser(ObjectReadContext.empty(), utf16) instanceof Utf8BytesJsonParser);
  }

  /** Counts the recyclers a factory takes from its pool. */
  private static final class CountingPool implements RecyclerPool<BufferRecycler> {
    private static final long serialVersionUID = 1L;
    int acquired;

    @Override
    public BufferRecycler acquirePooled() {
      acquired++;
      return new BufferRecycler();
    }

    @Override
    public void releasePooled(BufferRecycler pooled) {}
  }

  @Test
  void bytesAreReadWithoutARecyclerFromThePoolAndReadTheSame() {
    CountingPool pool = new CountingPool();
    JsonFactory factory = GatewayJson.FACTORY.rebuild().recyclerPool(pool).build();
    // Long and fractional numbers need the text buffer, which then allocates on its own.
    byte[] doc = "{\"a\":[1.5e3,-0.25,123456789012345678901234567890,\"x\"],\"b\":{\"c\":null}}".getBytes(StandardCharsets.UTF_8);
    for (int seed = 0; seed < 50; seed++) {
      JsonParser ours = factory.createParser(ObjectReadContext.empty(), doc);
      assertInstanceOf(Utf8BytesJsonParser.class, ours);
      assertEquals(transcript(JACKSON.createParser(ObjectReadContext.empty(), doc), new Random(seed)), transcript(ours, new Random(seed)));
      ours.close();
    }
    assertEquals(0, pool.acquired);
    // Jackson's own parsers still take theirs.
    factory.createParser(ObjectReadContext.empty(), "{}").close();
    assertEquals(1, pool.acquired);
  }

  @Test
  void withTheSourceInLocationsFailuresQuoteTheSameSourceAsJacksons() {
    JsonFactory withSource = JACKSON.rebuild().enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION).build();
    JsonFactory oursWithSource = GatewayJson.FACTORY.rebuild().enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION).build();
    for (String text : List.of("{\"a\":[1,2,}", "{\"b\":tru}", "[\"x\" \"y\"]")) {
      byte[] doc = text.getBytes(StandardCharsets.UTF_8);
      JsonParser ours = oursWithSource.createParser(ObjectReadContext.empty(), doc);
      assertInstanceOf(Utf8BytesJsonParser.class, ours);
      String expected = failure(withSource.createParser(ObjectReadContext.empty(), doc));
      assertTrue(expected.contains(text), expected);
      assertEquals(expected, failure(ours));
    }
  }

  private static String failure(JsonParser parser) {
    try (parser) {
      while (parser.nextToken() != null) {
        parser.skipChildren();
      }
      return "no failure";
    } catch (JacksonException e) {
      // The source quoted only: a few messages are worded differently, and a bad literal is
      // placed at its start by Jackson and at its end here (the conformance is about failing).
      String message = e.getMessage();
      return message.substring(message.lastIndexOf("\n at "), message.lastIndexOf("; line"));
    }
  }

  @Test
  void handPickedDocumentsReadTheSame() {
    String[] docs = {
      "{}", "[]", "1", "-0", "0", "-1.5e-3", "1E+2", "1e2", "123456789012345678901234567890", "-9223372036854775808",
      "9223372036854775807", "9223372036854775808", "2147483647", "2147483648", "-2147483648", "-2147483649",
      "1.7976931348623157e309", "4.9e-325", "0.1", "\"\"", "\"abc\"", "\"\\u00e9\\n\\t\\\"\\\\\\/\\b\\f\\r\"",
      "\"\\ud83d\\ude00\"", "\"\\ud83d\"", "\"\\ude00x\"", "{\"\\ud83d\":1}", "{\"\\ude00x\":1}", "{\"\\ud83d\\u0041\":1}", "\"😀 日本 é\"", "true", "false", "null", " \n\r\n\t{ \"a\" : [ 1 , 2 ] } \n",
      "{\"a\":1}{\"b\":2}", "1 2 3", "[1,[2,[3,[4]]]]", "{\"a\":{\"b\":{\"c\":null}}}", "{\"\\u0041b\":1,\"é\":2,\"😀\":3}",
      "{\"emoji😀\":\"v\",\"quote\\\"name\":1,\"back\\\\slash\":2,\"tab\\tname\":3}", "[true,false,null]", "[\"a\",\"b\"]",
      "\uFEFF{}", "{\"id\":\"123\",\"name\":\"x\",\"id\":\"456\"}", "[1.0,-0.0,10e-1,123.456e+78]", "\"\u007f\"", "true\"x\"",
      "null{}", "true[1]", "false-1", "[1]x", "{\"a\":1}]", "[}", "{]", "]", "}", "{\"a\"}", "{\"a\":}", "{\"a\":1,}", "[1,]",
      "[,1]", "{,}", "01", "-01", "00", "1.", "1.e5", ".5", "-.5", "-", "1e", "1e+", "+1", "NaN", "Infinity", "-Infinity",
      "0x10", "tru", "truex", "true1", "nul", "\"abc", "\"a\nb\"", "\"\\x\"", "\"\\u12\"", "\"\\u12G4\"", "{\"a\":1", "[1,2",
      "{\"a", "{\"a\":", "[", "{", "\"\\", "'a'", "{a:1}", "/* c */ 1", "# c\n1", "1 // c", "[1 2]", "{\"a\":1 \"b\":2}",
      "1x", "1 x", "1\u00a0", "[1\u00a0]", "true\u00e9", "{\"a\":truee}", "", " ", "\n", "[\"\u0001\"]", "{\"a\u0001\":1}",
    };
    int seed = 0;
    for (String doc : docs) {
      byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);
      seed = assertSameRuns(bytes, seed, 20);
    }
  }

  /** {@code runs} random call sequences (seeds from {@code seed} on), then the streaming read; returns the next seed. */
  private static int assertSameRuns(byte[] bytes, int seed, int runs) {
    for (int s = 0; s < runs; s++) {
      assertSame(bytes, seed + s);
    }
    assertSameStreaming(bytes);
    return seed + runs;
  }

  @Test
  void invalidUtf8IsRejectedAsJacksonRejectsIt() {
    int[][] sequences = {
      {0x80}, {0xBF}, {0xC0, 0x80}, {0xC1, 0xBF}, {0xC2}, {0xC2, 0x41}, {0xC3, 0xA9}, {0xE0, 0x80, 0x80}, {0xE0, 0xA0, 0x80},
      {0xED, 0xA0, 0x80}, {0xED, 0x9F, 0xBF}, {0xEF, 0xBF, 0xBF}, {0xEF, 0xBF}, {0xF0, 0x8F, 0xBF, 0xBF}, {0xF0, 0x90, 0x80, 0x80},
      {0xF4, 0x8F, 0xBF, 0xBF}, {0xF4, 0x90, 0x80, 0x80}, {0xF5, 0x80, 0x80, 0x80}, {0xF8}, {0xFF}, {0xFE}, {0xE2, 0x82, 0xAC},
      {0xE2, 0x82}, {0xE2, 0x22}, {0xF0, 0x9F, 0x98}, {0xC3, 0x5C, 0x6E},
    };
    int seed = 1000;
    for (int[] seq : sequences) {
      for (String template : new String[] {"\"a#b\"", "{\"a#\":1}", "[\"#\",1]", "{\"k\":\"#\"}", "#", "true#", "1#", "[true#]"}) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (char c : template.toCharArray()) {
          if (c == '#') {
            for (int b : seq) {
              out.write(b);
            }
          } else {
            out.write(c);
          }
        }
        byte[] bytes = out.toByteArray();
        seed = assertSameRuns(bytes, seed, 6);
      }
    }
  }

  @Test
  void randomDocumentsReadTheSame() {
    for (int seed = 0; seed < 3000; seed++) {
      Random random = new Random(seed);
      byte[] doc = new DocumentWriter(random).document();
      assertWellFormed(doc, seed);
      assertSame(doc, seed);
      if (seed % 10 == 0) {
        assertSameStreaming(doc);
      }
    }
  }

  /**
   * Keeps the generator honest: a document it means to be well-formed is read whole by Jackson, or
   * fails only on a limit (a few are nested just past the depth limit on purpose).
   */
  private static void assertWellFormed(byte[] doc, int seed) {
    try (JsonParser parser = JACKSON.createParser(ObjectReadContext.empty(), doc)) {
      while (parser.nextToken() != null) {
        parser.skipChildren();
      }
    } catch (StreamConstraintsException e) {
      // A limit, not a malformed document.
    } catch (JacksonException e) {
      fail("generated document " + seed + " is malformed: " + e.getOriginalMessage());
    }
  }

  @Test
  void mutatedDocumentsFailOrSucceedAsJacksonDoes() {
    for (int seed = 0; seed < 6000; seed++) {
      Random random = new Random(seed * 31L + 7);
      byte[] doc = mutate(new DocumentWriter(random).document(), random);
      assertSame(doc, seed);
      assertSameStreaming(doc);
    }
  }

  @Test
  void limitsAreJacksonsLimits() {
    List<String> docs = new ArrayList<>();
    docs.add("[".repeat(64) + "]".repeat(64));
    docs.add("[".repeat(65) + "]".repeat(65));
    docs.add("{\"a\":".repeat(64) + "1" + "}".repeat(64));
    docs.add("{\"a\":".repeat(65) + "1" + "}".repeat(65));
    docs.add("1".repeat(64));
    docs.add("1".repeat(65));
    docs.add("[" + "1".repeat(65) + "]");
    docs.add("-" + "1".repeat(64));
    docs.add("1." + "1".repeat(62));
    docs.add("1." + "1".repeat(63));
    docs.add("1.1e" + "1".repeat(62));
    docs.add("{\"" + "n".repeat(1024) + "\":1}");
    docs.add("{\"" + "n".repeat(1025) + "\":1}");
    docs.add("{\"" + "é".repeat(512) + "\":1}");
    docs.add("{\"" + "é".repeat(513) + "\":1}");
    docs.add("{\"" + "\\u00e9".repeat(513) + "\":1}");
    docs.add("[\"" + "s".repeat(GatewayJson.MAX_STRING_LENGTH) + "\"]");
    docs.add("[\"" + "s".repeat(GatewayJson.MAX_STRING_LENGTH + 1) + "\"]");
    docs.add("[\"" + "é".repeat(GatewayJson.MAX_STRING_LENGTH + 1) + "\"]");
    int seed = 50_000;
    for (String doc : docs) {
      byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);
      seed = assertSameRuns(bytes, seed, 4);
    }
  }

  @Test
  void databindReadsTheSameTreesThroughIt() {
    // As ShardEventBridge does: a stock mapper reads a tree from a parser the gateway opened.
    tools.jackson.databind.ObjectMapper mapper = tools.jackson.databind.json.JsonMapper.builder().build();
    for (int seed = 0; seed < 500; seed++) {
      byte[] doc = new DocumentWriter(new Random(seed)).document();
      String expected = tree(mapper, JACKSON.createParser(ObjectReadContext.empty(), doc));
      String actual = tree(mapper, GatewayJson.FACTORY.createParser(ObjectReadContext.empty(), doc));
      assertEquals(expected, actual, () -> show(doc));
    }
  }

  private static String tree(tools.jackson.databind.ObjectMapper mapper, JsonParser parser) {
    try (parser) {
      tools.jackson.databind.JsonNode node = mapper.readTree(parser);
      return node == null ? "none" : node.getClass().getSimpleName() + " " + node;
    } catch (JacksonException e) {
      return "FAIL " + e.getClass().getSimpleName();
    }
  }

  @Test
  void snowflakesReadFromTheBytesAsFromJacksonsCharacters() {
    String[] values = {
      "0", "7", "42", "335249041000843264", "1234567890123456789", "9223372036854775807", "9223372036854775808",
      "18446744073709551615", "18446744073709551616", "99999999999999999999", "123456789012345678901", "00000000000000000001",
      "", "12a", "a12", " 1", "1 ", "-1", "+1", "1.0", "\\u0031\\u0032", "١٢٣", "12\\n",
    };
    for (String value : values) {
      for (String doc : new String[] {"\"" + value + "\"", "{\"id\":\"" + value + "\"}", "[\"" + value + "\",1]"}) {
        byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);
        for (boolean readFirst : new boolean[] {false, true}) {
          assertEquals(snowflake(JACKSON.createParser(ObjectReadContext.empty(), bytes), readFirst),
              snowflake(GatewayJson.FACTORY.createParser(ObjectReadContext.empty(), bytes), readFirst), doc);
        }
      }
    }
  }

  /** The snowflake at the first string of {@code parser}'s document (after reading it as a String first, if asked), or the failure. */
  private static String snowflake(JsonParser parser, boolean readFirst) {
    try (parser) {
      JsonToken token;
      while ((token = parser.nextToken()) != JsonToken.VALUE_STRING) {
        if (token == null) {
          return "none";
        }
      }
      if (readFirst) {
        parser.getString();
      }
      String bits = Long.toUnsignedString(JsonReads.snowflakeBits(parser));
      return bits + " then " + parser.nextToken() + " at " + parser.currentLocation().getByteOffset();
    } catch (DecodeException e) {
      return "not a snowflake: " + e.getMessage();
    }
  }

  // ---------------------------------------------------------------------------------------------

  /** Reads with nextToken and getString only, the way a value copier does. */
  private static void assertSameStreaming(byte[] doc) {
    String expected = transcriptOfTokens(JACKSON.createParser(ObjectReadContext.empty(), doc));
    JsonParser ours = GatewayJson.FACTORY.createParser(ObjectReadContext.empty(), doc);
    if (Utf8BytesJsonParser.isPlainUtf8(doc, 0, doc.length)) {
      assertInstanceOf(Utf8BytesJsonParser.class, ours);
    }
    String actual = transcriptOfTokens(ours);
    assertEquals(expected, actual, () -> "tokens of " + show(doc));
  }

  private static String transcriptOfTokens(JsonParser parser) {
    StringBuilder out = new StringBuilder();
    try (parser) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        out.append(token).append(' ').append(parser.getString()).append('|');
      }
      out.append("END");
    } catch (JacksonException e) {
      out.append("FAIL");
    }
    return out.toString();
  }

  private static void assertSame(byte[] doc, int seed) {
    String expected = transcript(JACKSON.createParser(ObjectReadContext.empty(), doc), new Random(seed));
    JsonParser ours = GatewayJson.FACTORY.createParser(ObjectReadContext.empty(), doc);
    String actual = transcript(ours, new Random(seed));
    if (!actual.equals(expected)) {
      assertEquals(expected, actual, "seed " + seed + ", document " + show(doc) + "\n" + firstDifference(expected, actual));
    }
  }

  private static String firstDifference(String expected, String actual) {
    String[] e = expected.split("\n");
    String[] a = actual.split("\n");
    int i = 0;
    while (i < e.length && i < a.length && e[i].equals(a[i])) {
      i++;
    }
    StringBuilder out = new StringBuilder("first difference at call " + i + ":\n");
    for (int k = Math.max(0, i - 4); k < i; k++) {
      out.append("   ").append(e[k]).append('\n');
    }
    out.append("jackson: ").append(i < e.length ? e[i] : "<end>").append('\n');
    out.append("ours:    ").append(i < a.length ? a[i] : "<end>").append('\n');
    return out.toString();
  }

  private static String show(byte[] doc) {
    String text = new String(doc, StandardCharsets.ISO_8859_1);
    return text.length() > 400 ? text.substring(0, 400) + "…(" + doc.length + " bytes)" : text;
  }

  /** Runs a random sequence of calls, writing down every answer; stops at the first failure. */
  private static String transcript(JsonParser p, Random random) {
    StringBuilder out = new StringBuilder();
    try (p) {
      for (int step = 0; step < 4000; step++) {
        int op = random.nextInt(21);
        out.append(op).append(':');
        switch (op) {
          case 0, 1, 2, 3, 4 -> out.append(p.nextToken());
          case 5 -> {
            int k = random.nextInt(NAMES.length);
            out.append(p.nextName(SERIALIZED[k])).append(' ').append(p.currentToken());
          }
          case 6 -> out.append(p.nextNameMatch(MATCHER)).append(' ').append(p.currentToken());
          case 7 -> out.append(p.currentNameMatch(MATCHER));
          case 8 -> out.append(p.skipChildren().currentToken());
          case 9 -> out.append(p.getString());
          case 10 -> out.append(p.currentName());
          case 11 -> numbers(p, out, random);
          case 12 -> {
            char[] chars = p.getStringCharacters();
            out.append(chars == null ? "null" : new String(chars, p.getStringOffset(), p.getStringLength()));
          }
          case 13 -> out.append(p.nextName());
          case 14 -> {
            TokenStreamLocation at = p.currentTokenLocation();
            out.append(at.getByteOffset()).append('/').append(at.getLineNr()).append('/').append(at.getColumnNr());
          }
          case 15 -> {
            TokenStreamLocation at = p.currentLocation();
            out.append(at.getByteOffset()).append('/').append(at.getLineNr()).append('/').append(at.getColumnNr());
          }
          case 16 -> out.append(p.getValueAsString()).append(' ').append(p.currentTokenId()).append(' ')
              .append(p.isExpectedStartArrayToken()).append(' ').append(p.hasToken(JsonToken.VALUE_STRING));
          case 17 -> out.append(p.streamReadContext().pathAsPointer()).append(' ')
              .append(p.streamReadContext().getNestingDepth()).append(' ').append(p.streamReadContext().getCurrentIndex());
          case 18 -> out.append(p.nextValue());
          case 20 -> {
            // FieldNames' own step over the byte parser, its generic one over Jackson's.
            int expected = random.nextInt(NAMES.length + 1);
            out.append(FIELD_NAMES.nextName(p, expected)).append(' ').append(p.currentToken());
          }
          default -> {
            p.finishToken();
            out.append(p.currentToken() == JsonToken.VALUE_TRUE || p.currentToken() == JsonToken.VALUE_FALSE
                ? String.valueOf(p.getBooleanValue()) : "-");
          }
        }
        out.append('\n');
        if (p.currentToken() == null && (op <= 6 || op == 20) && step > 0) {
          out.append("after:").append(p.nextToken());
          break;
        }
      }
    } catch (JacksonException e) {
      out.append("FAIL");
    } catch (NumberFormatException e) {
      // Both parsers hand a number over BigDecimal's limits to Jackson's conversion, which throws this.
      out.append("FAIL number");
    }
    return out.toString();
  }

  private static void numbers(JsonParser p, StringBuilder out, Random random) {
    out.append(p.getNumberType());
    if (p.currentToken() == null || !p.currentToken().isNumeric()) {
      return;
    }
    for (int k = 0; k < 3; k++) {
      out.append(' ');
      try {
        switch (random.nextInt(6)) {
          case 0 -> out.append(p.getIntValue());
          case 1 -> out.append(p.getLongValue());
          case 2 -> out.append(p.getDoubleValue());
          case 3 -> out.append(p.getBigIntegerValue());
          case 4 -> out.append(p.getDecimalValue());
          default -> out.append(p.getNumberValue());
        }
      } catch (JacksonException e) {
        out.append(e.getClass().getSimpleName());
      }
      out.append(' ').append(p.getNumberType());
    }
  }

  /**
   * {@code doc} with one random change: cut short or cut at the front, a byte replaced, flipped or
   * inserted, a structural byte dropped, or a leading zero added.
   */
  static byte[] mutate(byte[] doc, Random random) {
    byte[] d = doc.clone();
    int kind = random.nextInt(10);
    if (d.length == 0) {
      return d;
    }
    int at = random.nextInt(d.length);
    switch (kind) {
      case 0 -> {
        return java.util.Arrays.copyOf(d, at);
      }
      case 1 -> d[at] = (byte) random.nextInt(256);
      case 2, 3 -> {
        // Remove one structural byte: a quote, comma, colon or bracket.
        for (int i = 0; i < d.length; i++) {
          int j = (at + i) % d.length;
          byte b = d[j];
          if (b == '"' || b == ',' || b == ':' || b == '[' || b == ']' || b == '{' || b == '}') {
            byte[] shorter = new byte[d.length - 1];
            System.arraycopy(d, 0, shorter, 0, j);
            System.arraycopy(d, j + 1, shorter, j, d.length - j - 1);
            return shorter;
          }
        }
      }
      case 4 -> d[at] = (byte) (0x80 + random.nextInt(128));
      case 5 -> d[at] = (byte) random.nextInt(0x20);
      case 6 -> {
        // A leading zero before a digit.
        for (int i = 0; i < d.length; i++) {
          int j = (at + i) % d.length;
          if (d[j] >= '1' && d[j] <= '9') {
            byte[] longer = new byte[d.length + 1];
            System.arraycopy(d, 0, longer, 0, j);
            longer[j] = '0';
            System.arraycopy(d, j, longer, j + 1, d.length - j);
            return longer;
          }
        }
      }
      case 7 -> {
        byte[] longer = new byte[d.length + 1];
        System.arraycopy(d, 0, longer, 0, at);
        longer[at] = "\\\",:[]{}-.eE0tfn \n".getBytes(StandardCharsets.ISO_8859_1)[random.nextInt(18)];
        System.arraycopy(d, at, longer, at + 1, d.length - at);
        return longer;
      }
      case 8 -> d[at] ^= (byte) (1 << random.nextInt(8));
      default -> {
        return java.util.Arrays.copyOfRange(d, at, d.length);
      }
    }
    return d;
  }

  /** Writes random JSON: nested, with unicode, escapes, surrogates, numbers of every shape and white space. */
  static final class DocumentWriter {
    private final Random random;
    private final StringBuilder out = new StringBuilder();

    DocumentWriter(Random random) {
      this.random = random;
    }

    byte[] document() {
      ws();
      value(random.nextInt(4) == 0 ? 60 + random.nextInt(6) : random.nextInt(8));
      ws();
      if (random.nextInt(20) == 0) {
        // A second root value, which needs white space after a number.
        out.append(' ');
        value(2);
        ws();
      }
      return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void ws() {
      if (random.nextInt(4) == 0) {
        String[] spaces = {" ", "\n", "\r\n", "\t", "  ", "\r", " \n "};
        out.append(spaces[random.nextInt(spaces.length)]);
      }
    }

    private void value(int depth) {
      int kind = depth <= 0 ? 2 + random.nextInt(5) : random.nextInt(7);
      switch (kind) {
        case 0 -> {
          out.append('{');
          ws();
          int n = depth > 20 ? 1 : random.nextInt(5);
          for (int i = 0; i < n; i++) {
            if (i > 0) {
              out.append(',');
              ws();
            }
            string(true);
            ws();
            out.append(':');
            ws();
            value(depth - 1);
            ws();
          }
          out.append('}');
        }
        case 1 -> {
          out.append('[');
          ws();
          int n = depth > 20 ? 1 : random.nextInt(5);
          for (int i = 0; i < n; i++) {
            if (i > 0) {
              out.append(',');
              ws();
            }
            value(depth - 1);
            ws();
          }
          out.append(']');
        }
        case 2, 3 -> string(false);
        case 4, 5 -> number();
        default -> out.append(new String[] {"true", "false", "null"}[random.nextInt(3)]);
      }
    }

    private void string(boolean name) {
      out.append('"');
      if (name && random.nextInt(2) == 0) {
        String n = NAMES[random.nextInt(NAMES.length)];
        escapeInto(n);
      } else {
        int length = random.nextInt(10) == 0 ? random.nextInt(300) : random.nextInt(20);
        for (int i = 0; i < length; i++) {
          int r = random.nextInt(100);
          if (r < 70) {
            // Printable ASCII, drawn once: a quote becomes 'q', a backslash is escaped.
            char printable = (char) (' ' + random.nextInt(95));
            out.append(printable == '"' ? 'q' : printable);
            if (printable == '\\') {
              out.append('\\');
            }
          } else if (r < 80) {
            out.append((char) (0xA0 + random.nextInt(0x700)));
          } else if (r < 85) {
            out.append((char) (0x3000 + random.nextInt(0x5000)));
          } else if (r < 88) {
            out.appendCodePoint(0x1F600 + random.nextInt(80));
          } else if (r < 95) {
            String[] escapes = {"\\n", "\\t", "\\\"", "\\\\", "\\/", "\\b", "\\f", "\\r", "\\u00e9", "\\u0000", "\\u001F", "\\uD83D\\uDE00", "\\u20AC"};
            out.append(escapes[random.nextInt(escapes.length)]);
          } else {
            // Any character; in a name, not a lone surrogate (which Jackson refuses in names
            // only, and the hand-picked documents cover).
            int unit = name ? random.nextInt(0x10000 - 0x800) : random.nextInt(0x10000);
            out.append(String.format("\\u%04x", name && unit >= 0xD800 ? unit + 0x800 : unit));
          }
        }
      }
      out.append('"');
    }

    private void escapeInto(String n) {
      for (char c : n.toCharArray()) {
        if (c == '"' || c == '\\') {
          out.append('\\').append(c);
        } else if (c < 0x20) {
          out.append(String.format("\\u%04x", (int) c));
        } else {
          out.append(c);
        }
      }
    }

    private void number() {
      if (random.nextInt(3) == 0) {
        out.append('-');
      }
      int digits = random.nextInt(10) == 0 ? 1 + random.nextInt(70) : 1 + random.nextInt(20);
      out.append((char) ('1' + random.nextInt(9)));
      if (random.nextInt(8) == 0) {
        out.setLength(out.length() - 1);
        out.append('0');
        digits = 1;
      }
      for (int i = 1; i < digits; i++) {
        out.append((char) ('0' + random.nextInt(10)));
      }
      if (random.nextInt(4) == 0) {
        out.append('.');
        int fraction = 1 + random.nextInt(random.nextInt(10) == 0 ? 60 : 8);
        for (int i = 0; i < fraction; i++) {
          out.append((char) ('0' + random.nextInt(10)));
        }
      }
      if (random.nextInt(5) == 0) {
        out.append(random.nextBoolean() ? 'e' : 'E');
        int sign = random.nextInt(3);
        if (sign == 1) {
          out.append('-');
        } else if (sign == 2) {
          out.append('+');
        }
        int exp = 1 + random.nextInt(4);
        for (int i = 0; i < exp; i++) {
          out.append((char) ('0' + random.nextInt(10)));
        }
      }
    }
  }
}

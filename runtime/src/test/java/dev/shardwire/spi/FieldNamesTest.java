package dev.shardwire.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.JsonParserDelegate;
import tools.jackson.core.sym.PropertyNameMatcher;

class FieldNamesTest {

  private static final FieldNames NAMES = FieldNames.of("id", "username", "avatar");

  /** The indexes {@link FieldNames#nextName} answers over {@code json}, expecting as a decoder does. */
  private static List<Integer> matches(String json) {
    return indexes(NAMES, json);
  }

  /** Jackson's own parser over bytes: FieldNames takes its generic path over it. */
  /** Jackson's own parser, as the gateway's factory is configured. */
  private static final JsonFactory JACKSON = JacksonReference.STOCK;

  /**
   * The answers over {@code json} read by the gateway's byte parser (FieldNames' fast path), after
   * asserting that they are the answers over Jackson's parser (its generic path), failure included.
   */
  private static List<Object> matches(FieldNames names, String json) {
    return matches(names, json.getBytes(StandardCharsets.UTF_8), json);
  }

  private static List<Object> matches(FieldNames names, byte[] bytes, String json) {
    JsonParser ours = GatewayJson.FACTORY.createParser(ObjectReadContext.empty(), bytes);
    assertInstanceOf(Utf8BytesJsonParser.class, ours);
    List<Object> fast = answers(names, ours);
    // Jackson words a few messages differently (end of input in a name): a failure is only a failure.
    List<Object> generic = answers(names, JACKSON.createParser(ObjectReadContext.empty(), bytes));
    assertEquals(withoutMessage(generic), withoutMessage(fast), json);
    // The same parser behind a delegate takes the generic path (nextName, nextNameMatch) too.
    JsonParser delegated = new JsonParserDelegate(GatewayJson.FACTORY.createParser(ObjectReadContext.empty(), bytes));
    assertEquals(answers(names, delegated), fast, json);
    return fast;
  }

  private static List<Object> withoutMessage(List<Object> answers) {
    List<Object> out = new ArrayList<>(answers);
    if (!out.isEmpty() && out.get(out.size() - 1).toString().startsWith("FAIL")) {
      out.set(out.size() - 1, "FAIL");
    }
    return out;
  }

  /** Whether {@link #answers} reads each scalar value too; a test that sets it puts it back. */
  private static boolean readValues;

  /** Each answer, the current name after each name, and the failure's message if the input fails. */
  private static List<Object> answers(FieldNames names, JsonParser parser) {
    List<Object> out = new ArrayList<>();
    try (parser) {
      parser.nextToken();
      int expected = 0;
      while (true) {
        int match = names.nextName(parser, expected);
        out.add(match);
        if (match == PropertyNameMatcher.MATCH_END_OBJECT) {
          return out;
        }
        if (match >= 0) {
          expected = match + 1;
        }
        out.add("name=" + parser.currentName() + "@" + parser.currentTokenLocation().getByteOffset());
        out.add(parser.nextToken());
        if (readValues && parser.currentToken().isScalarValue()) {
          // A value read before the next name (as decoders do) leaves no string unread behind it.
          out.add(parser.getString() + "@" + parser.currentTokenLocation().getByteOffset());
        }
        parser.skipChildren();
      }
    } catch (JacksonException e) {
      out.add("FAIL " + e.getOriginalMessage());
      return out;
    }
  }

  /** Only the indexes of {@link #matches}. */
  private static List<Integer> indexes(FieldNames names, String json) {
    List<Integer> out = new ArrayList<>();
    for (Object o : matches(names, json)) {
      if (o instanceof Integer i) {
        out.add(i);
      }
    }
    return out;
  }

  @Test
  void namesInTheExpectedOrder() {
    assertEquals(List.of(0, 1, 2, PropertyNameMatcher.MATCH_END_OBJECT), matches("{\"id\":\"1\",\"username\":\"a\",\"avatar\":null}"));
  }

  @Test
  void namesInAnotherOrderAndUnknownNamesAnswerTheSame() {
    int unknown = PropertyNameMatcher.MATCH_UNKNOWN_NAME;
    assertEquals(
        List.of(2, unknown, 0, 1, unknown, PropertyNameMatcher.MATCH_END_OBJECT),
        matches("{\"avatar\":null,\"flags\":{\"x\":[1]},\"id\":\"1\",\"username\":\"a\",\"username2\":0}"));
  }

  @Test
  void aRepeatedNameAfterTheLastExpectedOneIsStillMatched() {
    assertEquals(
        List.of(0, 1, 2, 0, PropertyNameMatcher.MATCH_END_OBJECT),
        matches("{\"id\":\"1\",\"username\":\"a\",\"avatar\":null,\"id\":\"2\"}"));
  }

  @Test
  void anOrderLearnedFromEarlierObjectsNeverChangesTheAnswers() {
    FieldNames names = FieldNames.of("id", "username", "avatar");
    String sent = "{\"avatar\":null,\"id\":\"1\",\"x\":2,\"username\":\"a\"}";
    String other = "{\"username\":\"a\",\"avatar\":null,\"y\":[],\"id\":\"1\"}";
    int unknown = PropertyNameMatcher.MATCH_UNKNOWN_NAME;
    int end = PropertyNameMatcher.MATCH_END_OBJECT;
    for (int round = 0; round < 3; round++) {
      // The guesses learned from one order are wrong for the other, then right again.
      assertEquals(List.of(2, 0, unknown, 1, end), indexes(names, sent));
      assertEquals(List.of(2, 0, unknown, 1, end), indexes(names, sent));
      assertEquals(List.of(1, 2, unknown, 0, end), indexes(names, other));
      assertEquals(List.of(end), indexes(names, "{}"));
    }
  }

  @Test
  void aGuessNeverHidesTheObjectsEnd() {
    FieldNames names = FieldNames.of("id", "username");
    assertEquals(List.of(0, 1, PropertyNameMatcher.MATCH_END_OBJECT), indexes(names, "{\"id\":1,\"username\":2}"));
    // "username" is now guessed after "id", and the object ends instead.
    assertEquals(List.of(0, PropertyNameMatcher.MATCH_END_OBJECT), indexes(names, "{\"id\":1}"));
  }

  @Test
  void aNameLeftUnreadIsAnOddTokenWithOrWithoutAGuess() {
    FieldNames names = FieldNames.of("id", "username");
    for (int round = 0; round < 2; round++) {
      try (JsonParser parser = GatewayJson.FACTORY.createParser(ObjectReadContext.empty(), "{\"id\":1,\"username\":2}")) {
        parser.nextToken();
        assertEquals(0, names.nextName(parser, 0));
        // The decoder did not move onto the value: the next step finds no name.
        assertEquals(PropertyNameMatcher.MATCH_ODD_TOKEN, names.nextName(parser, 1));
      }
    }
  }

  @Test
  void anEmptyObjectEndsAtOnce() {
    assertEquals(List.of(PropertyNameMatcher.MATCH_END_OBJECT), matches("{}"));
  }

  @Test
  void escapedAndNonAsciiNamesAnswerAsJacksonsMatcherDoes() {
    FieldNames names = FieldNames.of("id", "naïve", "日本語", "quote\"name", "tab\tname", "emoji😀", "plain");
    int unknown = PropertyNameMatcher.MATCH_UNKNOWN_NAME;
    int end = PropertyNameMatcher.MATCH_END_OBJECT;
    for (int round = 0; round < 3; round++) {
      assertEquals(
          List.of(0, 1, 2, 3, 4, 5, 6, end),
          indexes(names, "{\"id\":1,\"naïve\":2,\"日本語\":3,\"quote\\\"name\":4,\"tab\\tname\":5,\"emoji😀\":6,\"plain\":7}"));
      // Escapes for characters that need none still name the same property; the guess is learned.
      assertEquals(
          List.of(0, 6, 1, unknown, 2, end),
          indexes(names, "{\"\\u0069d\":1,\"pl\\u0061in\":2,\"na\\u00efve\":3,\"naive\":4,\"\\u65e5本語\":5}"));
    }
  }

  @Test
  void prettyPrintedObjectsAnswerTheSame() {
    int unknown = PropertyNameMatcher.MATCH_UNKNOWN_NAME;
    int end = PropertyNameMatcher.MATCH_END_OBJECT;
    String pretty = "{\n  \"id\" : \"1\",\r\n\t\"flags\"\t:\t[ 1 , 2 ] ,\n  \"username\" :\"a\" ,\"avatar\": null\n}\n";
    for (int round = 0; round < 2; round++) {
      assertEquals(List.of(0, unknown, 1, 2, end), matches(pretty));
      assertEquals(List.of(end), matches("{ \n }"));
    }
  }

  @Test
  void namesThatOnlyStartOrEndLikeAKnownOneAreUnknown() {
    int unknown = PropertyNameMatcher.MATCH_UNKNOWN_NAME;
    int end = PropertyNameMatcher.MATCH_END_OBJECT;
    for (int round = 0; round < 2; round++) {
      assertEquals(List.of(0, unknown, unknown, unknown, 1, unknown, end),
          matches("{\"id\":1,\"i\":2,\"idd\":3,\"\":4,\"username\":5,\"usernam\":6}"));
    }
  }

  @Test
  void manyNamesAreAllFoundInTheTable() {
    String[] many = new String[40];
    StringBuilder json = new StringBuilder("{");
    for (int i = 0; i < many.length; i++) {
      many[i] = "field_" + i + "_" + (char) ('a' + i % 26);
    }
    for (int i = 0; i < many.length; i++) {
      json.append(i == 0 ? "" : ",").append('"').append(many[many.length - 1 - i]).append("\":").append(i);
    }
    FieldNames names = FieldNames.of(many);
    List<Integer> expected = new ArrayList<>();
    for (int i = many.length - 1; i >= 0; i--) {
      expected.add(i);
    }
    expected.add(PropertyNameMatcher.MATCH_END_OBJECT);
    for (int round = 0; round < 2; round++) {
      assertEquals(expected, indexes(names, json + "}"));
    }
  }

  @Test
  void namesAfterReadValuesAnswerTheSame() {
    readValues = true;
    try {
      String[] inputs = {
        "{\"id\":1,\"username\":\"a\",\"avatar\":null}", "{\"id\":\"x\",\"other\":\"y\",\"avatar\":2}",
        "{\"id\":1 ,\"username\":2}", "{\"id\":1,\n\"username\":2}", "{\"id\":[1],\"username\":{}}",
        "{\"id\":1,\"username\":2,}", "{\"id\":1,,\"username\":2}", "{\"id\":1,\"username\"", "{\"id\":1,\"",
        "{\"id\":\"a\",\"user\\u006eame\":2}", "{\"id\":1,\"username\":\"é\",\"avatar\":3}", "{\"id\":1,username:2}",
      };
      for (int round = 0; round < 2; round++) {
        for (String json : inputs) {
          matches(NAMES, json);
        }
      }
    } finally {
      readValues = false;
    }
  }

  @Test
  void malformedObjectsFailAtTheSameStep() {
    String[] malformed = {
      "{\"id\" 1}", "{\"id\":1 \"username\":2}", "{\"id\":1,}", "{id:1}", "{\"id\":1,\"user", "{\"id\":1,\"username\"",
      "{\"id\":1,\"username\":", "{\"id\":1]", "{\"id\":tru}", "{\"i\u0001d\":1}", "{\"id\\x\":1}",
      "{\"id\":1,\"id\":1,\"username\":\"abc", "{\"id\":\"unterminated}", "{\"id\":1,,\"username\":2}",
    };
    for (int round = 0; round < 2; round++) {
      for (String json : malformed) {
        List<Object> answers = matches(NAMES, json);
        assertTrue(answers.get(answers.size() - 1).toString().startsWith("FAIL"), json + " -> " + answers);
      }
    }
  }

  @Test
  void namesOfInvalidUtf8FailOnBothPaths() {
    byte[][] invalid = {
      {'{', '"', 'n', 'a', (byte) 0xC3, '"', ':', '1', '}'},
      {'{', '"', 'i', 'd', '"', ':', '1', ',', '"', (byte) 0xFF, '"', ':', '1', '}'},
      {'{', '"', (byte) 0xE6, (byte) 0x97, '"', ':', '1', '}'},
    };
    for (int round = 0; round < 2; round++) {
      for (byte[] json : invalid) {
        List<Object> answers = matches(NAMES, json, new String(json, StandardCharsets.ISO_8859_1));
        assertTrue(answers.get(answers.size() - 1).toString().startsWith("FAIL"), answers.toString());
      }
    }
  }

  @Test
  void anUnknownNameOverTheLengthLimitFailsOnBothPaths() {
    String longName = "n".repeat(GatewayJson.CONSTRAINTS.getMaxNameLength() + 1);
    FieldNames names = FieldNames.of("id", "username");
    for (int round = 0; round < 2; round++) {
      List<Object> answers = matches(names, "{\"id\":1,\"" + longName + "\":2}");
      assertTrue(answers.get(answers.size() - 1).toString().startsWith("FAIL Name length"), answers.toString());
    }
  }

  @Test
  void guessesOfEveryLengthMatchOnlyTheirOwnBytesAnywhereInTheInput() {
    // One to seventeen bytes (Jackson's matcher takes no empty name).
    String[] lengths = new String[17];
    for (int n = 0; n < lengths.length; n++) {
      lengths[n] = "abcdefghijklmnopq".substring(0, n + 1);
    }
    FieldNames names = FieldNames.of(lengths);
    int unknown = PropertyNameMatcher.MATCH_UNKNOWN_NAME;
    int end = PropertyNameMatcher.MATCH_END_OBJECT;
    for (int n = 0; n < lengths.length; n++) {
      // Compact, so the name may sit within a word of the input's end, or not.
      String exact = "{\"" + lengths[n] + "\":1}";
      for (int round = 0; round < 3; round++) {
        assertEquals(List.of(n, end), indexes(names, exact), exact);
        assertEquals(List.of(n, n, end), indexes(names, "{\"" + lengths[n] + "\":1,\"" + lengths[n] + "\":[2,3]}"));
        for (int k = 0; k <= n; k++) {
          // One byte off at each position: never the guess, and no other name either.
          char[] off = lengths[n].toCharArray();
          off[k] = 'Z';
          String other = "{\"" + new String(off) + "\":1,\"" + lengths[n] + "\":2}";
          assertEquals(List.of(unknown, n, end), indexes(names, other), other);
        }
        String longer = "{\"" + lengths[n] + "x\":1}";
        // A known name followed by one more byte ('x' ends none of them): unknown.
        assertEquals(List.of(unknown, end), indexes(names, longer), longer);
      }
    }
  }

  @Test
  void nextValueStopsOnTheValueOfKnownAndUnknownNamesAndNowhereElse() {
    String json = "{\"avatar\":\"a\",\"flags\":{\"x\":1},\"id\":[1]}";
    List<String> fast = steps(GatewayJson.FACTORY.createParser(ObjectReadContext.empty(), json.getBytes(StandardCharsets.UTF_8)));
    assertEquals(
        List.of(
            "2 VALUE_STRING avatar",
            PropertyNameMatcher.MATCH_UNKNOWN_NAME + " START_OBJECT flags",
            "0 START_ARRAY id",
            PropertyNameMatcher.MATCH_END_OBJECT + " END_OBJECT null"),
        fast);
    // Jackson's own parser (the generic path) stops on the same tokens.
    assertEquals(fast, steps(JACKSON.createParser(ObjectReadContext.empty(), json.getBytes(StandardCharsets.UTF_8))));
    // An odd token where a name belongs is left where it is, for the decoder to report.
    JsonParser odd = GatewayJson.FACTORY.createParser(ObjectReadContext.empty(), "[1]".getBytes(StandardCharsets.UTF_8));
    odd.nextToken();
    assertEquals(PropertyNameMatcher.MATCH_ODD_TOKEN, NAMES.nextValue(odd, 0));
    assertEquals(JsonToken.VALUE_NUMBER_INT, odd.currentToken());
  }

  /** Each answer of nextValue over an object, with the token and name it leaves the parser on. */
  private static List<String> steps(JsonParser parser) {
    List<String> out = new ArrayList<>();
    try (parser) {
      parser.nextToken();
      int expected = 0;
      while (true) {
        int match = NAMES.nextValue(parser, expected);
        out.add(match + " " + parser.currentToken() + " " + parser.currentName());
        if (match == PropertyNameMatcher.MATCH_END_OBJECT) {
          return out;
        }
        expected = match >= 0 ? match + 1 : expected;
        parser.skipChildren();
      }
    }
  }
}

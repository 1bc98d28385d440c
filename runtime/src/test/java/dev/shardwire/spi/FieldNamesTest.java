package dev.shardwire.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.sym.PropertyNameMatcher;

class FieldNamesTest {

  private static final FieldNames NAMES = FieldNames.of("id", "username", "avatar");

  /** The indexes {@link FieldNames#next} answers over {@code json}, expecting as a decoder does. */
  private static List<Integer> matches(String json) {
    return matches(NAMES, json);
  }

  private static List<Integer> matches(FieldNames names, String json) {
    List<Integer> out = new ArrayList<>();
    try (JsonParser parser = GatewayJson.FACTORY.createParser(ObjectReadContext.empty(), json)) {
      parser.nextToken();
      int expected = 0;
      while (true) {
        int match = names.next(parser, expected);
        out.add(match);
        if (match == PropertyNameMatcher.MATCH_END_OBJECT) {
          return out;
        }
        if (match >= 0) {
          expected = match + 1;
        }
        parser.nextToken();
        parser.skipChildren();
      }
    }
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
      assertEquals(List.of(2, 0, unknown, 1, end), matches(names, sent));
      assertEquals(List.of(2, 0, unknown, 1, end), matches(names, sent));
      assertEquals(List.of(1, 2, unknown, 0, end), matches(names, other));
      assertEquals(List.of(end), matches(names, "{}"));
    }
  }

  @Test
  void aGuessNeverHidesTheObjectsEnd() {
    FieldNames names = FieldNames.of("id", "username");
    assertEquals(List.of(0, 1, PropertyNameMatcher.MATCH_END_OBJECT), matches(names, "{\"id\":1,\"username\":2}"));
    // "username" is now guessed after "id", and the object ends instead.
    assertEquals(List.of(0, PropertyNameMatcher.MATCH_END_OBJECT), matches(names, "{\"id\":1}"));
  }

  @Test
  void aNameLeftUnreadIsAnOddTokenWithOrWithoutAGuess() {
    FieldNames names = FieldNames.of("id", "username");
    for (int round = 0; round < 2; round++) {
      try (JsonParser parser = GatewayJson.FACTORY.createParser(ObjectReadContext.empty(), "{\"id\":1,\"username\":2}")) {
        parser.nextToken();
        assertEquals(0, names.next(parser, 0));
        // The decoder did not move onto the value: the next step finds no name.
        assertEquals(PropertyNameMatcher.MATCH_ODD_TOKEN, names.next(parser, 1));
      }
    }
  }

  @Test
  void anEmptyObjectEndsAtOnce() {
    assertEquals(List.of(PropertyNameMatcher.MATCH_END_OBJECT), matches("{}"));
  }
}

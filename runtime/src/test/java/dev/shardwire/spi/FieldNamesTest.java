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
    List<Integer> out = new ArrayList<>();
    try (JsonParser parser = GatewayJson.FACTORY.createParser(ObjectReadContext.empty(), json)) {
      parser.nextToken();
      int expected = 0;
      while (true) {
        int match = NAMES.next(parser, expected);
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
  void anEmptyObjectEndsAtOnce() {
    assertEquals(List.of(PropertyNameMatcher.MATCH_END_OBJECT), matches("{}"));
  }
}

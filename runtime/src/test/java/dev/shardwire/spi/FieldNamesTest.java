package dev.shardwire.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.sym.PropertyNameMatcher;

/**
 * The slots {@link FieldNames#next} answers: the same whatever it guessed, whether the keys come in
 * the declared order, in another, with other names between them, or change order between objects.
 */
class FieldNamesTest {

  private static final int END = PropertyNameMatcher.MATCH_END_OBJECT;

  /** The slots {@link FieldNames#next} answers over {@code json}, passing the previous slot as a decoder does. */
  private static List<Integer> slots(FieldNames names, String json) {
    List<Integer> out = new ArrayList<>();
    try (JsonParser parser = GatewayJson.FACTORY.createParser(ObjectReadContext.empty(), json)) {
      parser.nextToken();
      int previous = FieldNames.START;
      while (true) {
        int slot = names.next(parser, previous);
        out.add(slot);
        if (slot == END || slot == PropertyNameMatcher.MATCH_ODD_TOKEN) {
          return out;
        }
        previous = slot;
        parser.nextToken();
        parser.skipChildren();
      }
    }
  }

  private static FieldNames userNames() {
    return FieldNames.of("id", "username", "avatar");
  }

  @Test
  void namesInTheDeclaredOrder() {
    FieldNames names = userNames();
    for (int pass = 0; pass < 3; pass++) {
      assertEquals(List.of(0, 1, 2, END), slots(names, "{\"id\":\"1\",\"username\":\"a\",\"avatar\":null}"));
    }
  }

  @Test
  void otherNamesGetSlotsAfterTheDecodersNamesAndKeepThem() {
    FieldNames names = userNames();
    String json = "{\"avatar\":null,\"flags\":{\"x\":[1]},\"id\":\"1\",\"username\":\"a\",\"username2\":0}";
    // First pass: guesses from the declared order, mostly wrong; then learned, and the same answers.
    for (int pass = 0; pass < 3; pass++) {
      assertEquals(List.of(2, 3, 0, 1, 4, END), slots(names, json));
    }
    assertEquals(List.of(4, 3, END), slots(names, "{\"username2\":1,\"flags\":2}"));
  }

  @Test
  void theAnswersDoNotDependOnTheOrderOfThePreviousObject() {
    FieldNames names = userNames();
    String declared = "{\"id\":\"1\",\"username\":\"a\",\"avatar\":null}";
    String reversed = "{\"avatar\":null,\"username\":\"a\",\"id\":\"1\"}";
    String shorter = "{\"id\":\"1\",\"avatar\":null}";
    for (int pass = 0; pass < 3; pass++) {
      assertEquals(List.of(0, 1, 2, END), slots(names, declared));
      assertEquals(List.of(2, 1, 0, END), slots(names, reversed));
      assertEquals(List.of(0, 2, END), slots(names, shorter));
      assertEquals(List.of(END), slots(names, "{}"));
    }
  }

  @Test
  void aRepeatedNameIsAnsweredEachTime() {
    FieldNames names = userNames();
    for (int pass = 0; pass < 2; pass++) {
      assertEquals(List.of(0, 1, 2, 0, END), slots(names, "{\"id\":\"1\",\"username\":\"a\",\"avatar\":null,\"id\":\"2\"}"));
    }
  }

  @Test
  void anEscapedNameIsTheNameItSpells() {
    FieldNames names = userNames();
    slots(names, "{\"id\":\"1\",\"username\":\"a\",\"avatar\":null}");
    assertEquals(List.of(0, 1, 2, END), slots(names, "{\"\\u0069d\":\"1\",\"user\\u006eame\":\"a\",\"avatar\":null}"));
    assertEquals(List.of(0, 3, END), slots(names, "{\"id\":\"1\",\"usernam\":\"a\"}"));
    assertEquals(List.of(0, 4, END), slots(names, "{\"id\":\"1\",\"usernamee\":\"a\"}"));
  }

  @Test
  void pastItsRoomForOtherNamesAnUnknownNameHasNoSlot() {
    FieldNames names = userNames();
    StringBuilder json = new StringBuilder("{");
    List<Integer> expected = new ArrayList<>();
    for (int i = 0; i < FieldNames.MAX_OTHER_NAMES + 3; i++) {
      json.append(i == 0 ? "" : ",").append("\"other").append(i).append("\":").append(i);
      expected.add(i < FieldNames.MAX_OTHER_NAMES ? 3 + i : PropertyNameMatcher.MATCH_UNKNOWN_NAME);
    }
    json.append(",\"id\":\"7\"}");
    expected.add(0);
    expected.add(END);
    for (int pass = 0; pass < 2; pass++) {
      assertEquals(expected, slots(names, json.toString()));
    }
  }

  @Test
  void aValueWhereANameShouldBeIsAnOddToken() {
    FieldNames names = userNames();
    slots(names, "{\"id\":\"1\",\"username\":\"a\",\"avatar\":null}");
    // The parser rejects a value without a name; a closing bracket is an odd token.
    assertThrows(StreamReadException.class, () -> slots(names, "{\"id\":\"1\",7}"));
    assertEquals(List.of(PropertyNameMatcher.MATCH_ODD_TOKEN), slots(names, "[]"));
  }
}

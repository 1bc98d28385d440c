package dev.shardwire.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * The gateway's byte parser under input a hostile server could send: strings nobody reads cost no
 * memory, a string over the length limit fails before it is decoded in full, a failed string stays
 * failed, and a document read from the middle of a larger buffer (as frames are) never sees the
 * bytes around it.
 */
class Utf8BytesJsonParserHostileInputTest {

  private static JsonParser gateway(byte[] json) {
    return GatewayJson.FACTORY.createParser(ObjectReadContext.empty(), json);
  }

  /** {@code ["<count times text>", 1]} as UTF-8. */
  private static byte[] arrayWithString(String text, int count) {
    return ("[\"" + text.repeat(count) + "\",1]").getBytes(StandardCharsets.UTF_8);
  }

  private static long allocatedBytes() {
    return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
  }

  @Test
  void aSkippedNonAsciiStringIsCheckedWithoutBeingKept() {
    // 8 MB of two-byte characters: decoding them would take 8 MB of chars (16 MB) and more.
    byte[] json = arrayWithString("\u00e9", 4 << 20);
    try (JsonParser parser = gateway(json)) {
      assertEquals(JsonToken.START_ARRAY, parser.nextToken());
      assertEquals(JsonToken.VALUE_STRING, parser.nextToken());
      long before = allocatedBytes();
      assertEquals(JsonToken.VALUE_NUMBER_INT, parser.nextToken());
      long allocated = allocatedBytes() - before;
      assertTrue(allocated < 1 << 20, "skipping the string allocated " + allocated + " bytes");
    }
  }

  @Test
  void aSkippedStringWithABadByteStillFails() {
    byte[] json = arrayWithString("\u00e9", 1000);
    json[500] = (byte) 0xFF;
    try (JsonParser parser = gateway(json)) {
      parser.nextToken();
      parser.nextToken();
      assertThrows(JacksonException.class, parser::nextToken);
    }
  }

  @Test
  void aStringOverTheLimitFailsBeforeItIsDecodedInFull() {
    byte[] json = arrayWithString("\u00e9", 4 << 20);
    try (JsonParser parser = gateway(json)) {
      parser.nextToken();
      parser.nextToken();
      long before = allocatedBytes();
      assertThrows(StreamConstraintsException.class, parser::getString);
      long allocated = allocatedBytes() - before;
      // The limit is 1 Mi characters: at most a few char arrays of about that size, never the 4 Mi.
      assertTrue(allocated < 5L * GatewayJson.MAX_STRING_LENGTH * 2, "decoding allocated " + allocated + " bytes");
    }
  }

  @Test
  void aStringThatFailedFailsAgainWhenAskedAgain() {
    for (String bad : List.of("[\"abcdef\",\"c\\x\"]", "[\"abcdef\",\"c\\u12\"]", "[\"abcdef\",\"\u00e9\\q\"]", "[\"abcdef\",\"c")) {
      try (JsonParser parser = gateway(bad.getBytes(StandardCharsets.UTF_8))) {
        parser.nextToken();
        parser.nextToken();
        assertEquals("abcdef", parser.getString());
        assertEquals(JsonToken.VALUE_STRING, parser.nextToken());
        assertThrows(JacksonException.class, parser::getString, bad);
        assertThrows(JacksonException.class, parser::getString, bad);
        assertThrows(JacksonException.class, parser::getStringCharacters, bad);
      }
    }
  }

  @Test
  void aDocumentInsideALargerBufferReadsOnlyItsRange() {
    String[] documents = {
      "{\"a\":\"x\",\"b\":[1,2.5,-3e2,true,null],\"c\":{\"d\":\"\u00e9\\n\"}}",
      "[\"12345678901234567\",\"abc\"]",
      "\"123\"",
      "123",
      "{\"t\":\"X\",\"s\":7,\"op\":0,\"d\":{}}",
    };
    for (String document : documents) {
      byte[] json = document.getBytes(StandardCharsets.UTF_8);
      // Padding that would change the answer if it were read: quotes, digits, brackets.
      byte[] padded = new byte[json.length + 40];
      Arrays.fill(padded, (byte) '9');
      padded[19] = '"';
      padded[json.length + 20] = '"';
      padded[json.length + 21] = ']';
      System.arraycopy(json, 0, padded, 20, json.length);
      assertEquals(tokens(JacksonReference.STOCK.createParser(ObjectReadContext.empty(), json, 0, json.length)),
          tokens(GatewayJson.FACTORY.createParser(ObjectReadContext.empty(), padded, 20, json.length)), document);
    }
  }

  @Test
  void truncatedRangesFailAsJacksonsDo() {
    byte[] json = "{\"a\":\"12345678901234567890\",\"b\":[1,2,3]}".getBytes(StandardCharsets.UTF_8);
    byte[] padded = new byte[json.length + 16];
    Arrays.fill(padded, (byte) '"');
    System.arraycopy(json, 0, padded, 8, json.length);
    for (int length = 0; length < json.length; length++) {
      List<String> expected = tokens(JacksonReference.STOCK.createParser(ObjectReadContext.empty(), json, 0, length));
      List<String> actual = tokens(GatewayJson.FACTORY.createParser(ObjectReadContext.empty(), padded, 8, length));
      assertEquals(expected, actual, "first " + length + " bytes");
    }
  }

  /** Every token with its text and location, then "FAIL" if the parser threw. */
  private static List<String> tokens(JsonParser parser) {
    List<String> out = new ArrayList<>();
    try (parser) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        String text = parser.getString();
        out.add(token + " " + text + " @" + parser.currentTokenLocation().getByteOffset()
            + ":" + parser.currentTokenLocation().getLineNr() + ":" + parser.currentTokenLocation().getColumnNr());
      }
    } catch (JacksonException e) {
      out.add("FAIL");
    }
    return out;
  }
}

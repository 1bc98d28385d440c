package dev.shardwire.gateway.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.shardwire.gateway.GatewayDispatch;
import dev.shardwire.gateway.MalformedFrameException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.json.JsonFactory;

/** {@link GatewayDispatch#payloadBytes}: d cut out of its frame byte for byte, in every key order and frame kind. */
class GatewayDispatchPayloadBytesTest {

  private static final JsonFactory JSON = new JsonFactory();
  private final FrameReader reader = new FrameReader(JSON);

  /** Payloads that a brace counter gets wrong if it ignores strings, escapes or scalars. */
  private static final List<String> PAYLOADS = List.of(
      "{\"id\":\"1\",\"x\":[1,{}]}",
      "{ \"content\" : \"a } ] { [ \\\" quoted \\\\\" , \"n\" : -1.5e3 }",
      "{\"content\":\"caf\u00e9 \u2603 \ud83d\ude00\",\"empty\":{},\"list\":[[],[{}]]}",
      "[1,2,{\"a\":\"]\"}]",
      "\"just a string with a \\\\\"",
      "12345",
      "true",
      "null",
      "{}");

  @Test
  void discordsKeyOrderAndTheOthers() {
    for (String d : PAYLOADS) {
      for (String frame : List.of(
          "{\"t\":\"MESSAGE_CREATE\",\"s\":7,\"op\":0,\"d\":" + d + "}",
          "{\"t\":\"MESSAGE_CREATE\",\"s\":7,\"op\":0,\"d\":" + d + " }",
          "{\"d\":" + d + ",\"op\":0,\"s\":7,\"t\":\"MESSAGE_CREATE\"}",
          "{\"op\":0,\"t\":\"MESSAGE_CREATE\",\"d\":" + d + ",\"s\":7}")) {
        for (FrameKind kind : FrameKind.values()) {
          assertEquals(d, payloadOf(kind.of(frame)), kind + " " + frame);
        }
      }
    }
  }

  @Test
  void aFrameWithoutDGivesJsonNull() {
    assertEquals("null", payloadOf(Frame.ofText("{\"t\":\"X\",\"s\":1,\"op\":0}")));
  }

  @Test
  void aPayloadThatNeverEndsIsMalformedWithItsOffset() {
    MalformedFrameException e = assertThrows(MalformedFrameException.class,
        () -> payloadOf(FrameKind.OWNED_AT_OFFSET.of("{\"t\":\"X\",\"s\":1,\"op\":0,\"d\":{\"a\":\"}")));
    assertEquals("the JSON string at offset " + 31 + " does not end", e.getMessage());
  }

  @Test
  void theScanFindsTheEndOfRandomValues() {
    // A value followed by more of its frame: an end found too early or too late would cut the
    // value or take some of what follows it.
    Random random = new Random(15);
    for (int n = 0; n < 5_000; n++) {
      String value = randomValue(random, 4);
      byte[] bytes = ("garbage" + value + ",\"rest\":[1]}").getBytes(StandardCharsets.UTF_8);
      int end = RawJsonSpan.valueEnd(bytes, 0, 7, bytes.length);
      assertEquals(value, new String(bytes, 7, end - 7, StandardCharsets.UTF_8));
    }
  }

  private String payloadOf(Frame frame) {
    List<byte[]> got = new ArrayList<>();
    reader.read(frame, new FrameHandler() {
      @Override
      public boolean beginDispatch(String name, long sequence) {
        return true;
      }

      @Override
      public void dispatch(String name, long sequence, boolean hasPayload, JsonParser atPayload) {
        GatewayDispatch dispatch = new FrameDispatch(name, sequence, frame, reader, hasPayload, atPayload);
        byte[] first = dispatch.payloadBytes();
        // Again after the envelope's parser is gone: the frame is read up to d anew, to the same bytes.
        dispatch.openPayload().close();
        assertEquals(new String(first, StandardCharsets.UTF_8), new String(dispatch.payloadBytes(), StandardCharsets.UTF_8));
        got.add(first);
      }

      @Override
      public void control(int op, JsonParser d) {}
    });
    assertEquals(1, got.size());
    return new String(got.get(0), StandardCharsets.UTF_8);
  }

  private enum FrameKind {
    TEXT, OWNED_AT_OFFSET, BORROWED;

    static final String PREFIX = "garbage before the frame";

    Frame of(String json) {
      byte[] utf8 = json.getBytes(StandardCharsets.UTF_8);
      switch (this) {
        case TEXT:
          return Frame.ofText(json);
        case OWNED_AT_OFFSET:
          byte[] padded = (PREFIX + json + "trailing").getBytes(StandardCharsets.UTF_8);
          return Frame.ofOwnedBytes(padded, PREFIX.length(), utf8.length);
        default:
          byte[] buffer = new byte[utf8.length + 100];
          System.arraycopy(utf8, 0, buffer, 0, utf8.length);
          return Frame.ofBorrowedBytes(buffer, utf8.length);
      }
    }
  }

  private static String randomValue(Random random, int depth) {
    int kind = random.nextInt(depth > 0 ? 7 : 4);
    switch (kind) {
      case 0:
        return Long.toString(random.nextLong());
      case 1:
        return random.nextBoolean() ? "true" : "null";
      case 2:
      case 3:
        StringBuilder s = new StringBuilder("\"");
        String alphabet = "ab{}[],:\u00e9\u2603";
        for (int i = random.nextInt(6); i > 0; i--) {
          int c = random.nextInt(alphabet.length() + 2);
          s.append(c == alphabet.length() ? "\\\"" : c > alphabet.length() ? "\\\\" : String.valueOf(alphabet.charAt(c)));
        }
        return s.append('"').toString();
      case 4:
      case 5:
        StringBuilder o = new StringBuilder("{");
        for (int i = random.nextInt(4); i > 0; i--) {
          o.append(o.length() > 1 ? "," : "").append("\"k").append(i).append("\": ").append(randomValue(random, depth - 1));
        }
        return o.append('}').toString();
      default:
        StringBuilder a = new StringBuilder("[");
        for (int i = random.nextInt(4); i > 0; i--) {
          a.append(a.length() > 1 ? ", " : "").append(randomValue(random, depth - 1));
        }
        return a.append(']').toString();
    }
  }
}

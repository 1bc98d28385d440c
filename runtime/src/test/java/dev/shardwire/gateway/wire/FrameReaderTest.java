package dev.shardwire.gateway.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.shardwire.gateway.GatewayDispatch;
import dev.shardwire.gateway.MalformedFrameException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.json.JsonFactory;

/** The envelope reader, in every key order. */
class FrameReaderTest {

  private final FrameReader reader = new FrameReader(new JsonFactory());

  /** Records what the reader reports, reading each dispatch's payload to prove it is found. */
  private final class Recorder implements FrameHandler {
    final List<String> events = new ArrayList<>();
    boolean want = true;
    Frame frame;

    @Override
    public boolean beginDispatch(String name, long sequence) {
      events.add("begin " + name + " " + sequence);
      return want;
    }

    @Override
    public void dispatch(String name, long sequence, boolean hasPayload, JsonParser atPayload) {
      try (JsonParser d = new FrameDispatch(name, sequence, frame, reader, hasPayload, atPayload).openPayload()) {
        events.add("payload " + name + " " + d.currentToken() + " " + read(d));
      }
    }

    @Override
    public void control(int op, JsonParser d) {
      events.add("control " + op + " " + (d == null ? "none" : d.currentToken() + " " + read(d)));
    }

    private static String read(JsonParser d) {
      if (d.currentToken().isScalarValue()) {
        return d.getString();
      }
      String first = null;
      String name;
      while ((name = d.nextName()) != null) {
        d.nextToken();
        if (first == null) {
          first = name + "=" + d.getString();
        }
        d.skipChildren();
      }
      return first;
    }
  }

  private List<String> read(String json, boolean want) {
    Recorder r = new Recorder();
    r.want = want;
    r.frame = Frame.ofText(json);
    reader.read(r.frame, r);
    return r.events;
  }

  @Test
  void discordsOrderInOnePass() {
    assertEquals(List.of("begin MESSAGE_CREATE 7", "payload MESSAGE_CREATE START_OBJECT id=1"),
        read("{\"t\":\"MESSAGE_CREATE\",\"s\":7,\"op\":0,\"d\":{\"id\":\"1\",\"x\":[1,{}]}}", true));
  }

  @Test
  void payloadFirstNeedsASecondPass() {
    assertEquals(List.of("begin MESSAGE_CREATE 7", "payload MESSAGE_CREATE START_OBJECT id=1"),
        read("{\"d\":{\"id\":\"1\"},\"op\":0,\"s\":7,\"t\":\"MESSAGE_CREATE\"}", true));
    assertEquals(List.of("begin MESSAGE_CREATE 7", "payload MESSAGE_CREATE START_OBJECT id=1"),
        read("{\"op\":0,\"t\":\"MESSAGE_CREATE\",\"d\":{\"id\":\"1\"},\"s\":7}", true));
  }

  @Test
  void unwantedDispatchIsNeverRead() {
    assertEquals(List.of("begin PRESENCE_UPDATE 3"),
        read("{\"t\":\"PRESENCE_UPDATE\",\"s\":3,\"op\":0,\"d\":{\"id\":\"1\"}}", false));
    assertEquals(List.of("begin PRESENCE_UPDATE 3"),
        read("{\"d\":{\"id\":\"1\"},\"t\":\"PRESENCE_UPDATE\",\"s\":3,\"op\":0}", false));
  }

  @Test
  void controlFramesInAnyOrder() {
    assertEquals(List.of("control 10 START_OBJECT heartbeat_interval=45"),
        read("{\"op\":10,\"d\":{\"heartbeat_interval\":45}}", true));
    assertEquals(List.of("control 10 START_OBJECT heartbeat_interval=45"),
        read("{\"d\":{\"heartbeat_interval\":45},\"op\":10}", true));
    assertEquals(List.of("control 9 VALUE_TRUE true"), read("{\"t\":null,\"s\":null,\"op\":9,\"d\":true}", true));
    assertEquals(List.of("control 11 none"), read("{\"op\":11}", true));
  }

  @Test
  void dispatchWithoutSequenceIsDelivered() {
    assertEquals(List.of("begin RESUMED -1", "payload RESUMED START_OBJECT null"),
        read("{\"t\":\"RESUMED\",\"s\":null,\"op\":0,\"d\":{}}", true));
  }

  @Test
  void malformedFramesSayWhatIsWrong() {
    assertEquals("gateway frame has no 'op'",
        assertThrows(MalformedFrameException.class, () -> read("{\"d\":1}", true)).getMessage());
    assertEquals("a gateway frame must be a JSON object",
        assertThrows(MalformedFrameException.class, () -> read("[1]", true)).getMessage());
    assertEquals("dispatch (op 0) has no 't'",
        assertThrows(MalformedFrameException.class, () -> read("{\"op\":0,\"s\":1,\"d\":{}}", true)).getMessage());
    assertThrows(MalformedFrameException.class, () -> read("{\"op\":\"zero\"}", true));
    assertThrows(JacksonException.class, () -> read("{\"op\":0,\"t\":\"X\",\"d\":{\"broken\":", true));
  }

  @Test
  void aNameAndSequenceBeforeThePayloadDoNotMakeAFrameWithoutOpADispatch() {
    assertEquals("gateway frame has no 'op'", assertThrows(MalformedFrameException.class,
        () -> read("{\"t\":\"MESSAGE_CREATE\",\"s\":2,\"d\":{\"id\":\"1\"}}", true)).getMessage());
    // The op that comes after the payload is the one acted on.
    assertEquals(List.of("control 7 START_OBJECT id=1"), read("{\"t\":\"X\",\"s\":2,\"d\":{\"id\":\"1\"},\"op\":7}", true));
    assertEquals(List.of("begin X 2", "payload X START_OBJECT id=1"),
        read("{\"t\":\"X\",\"s\":2,\"d\":{\"id\":\"1\"},\"op\":0}", true));
  }

  @Test
  void aNegativeOpIsMalformed() {
    assertEquals("'op' must be a non-negative integer, got -1", assertThrows(MalformedFrameException.class,
        () -> read("{\"op\":-1,\"t\":\"MESSAGE_CREATE\",\"s\":2,\"d\":{}}", true)).getMessage());
    assertEquals("'op' must be a non-negative integer, got -7",
        assertThrows(MalformedFrameException.class, () -> read("{\"op\":-7}", true)).getMessage());
  }

  @Test
  void dispatchWithoutPayloadReadsAsNull() {
    assertEquals(List.of("begin GUILD_SYNC 4", "payload GUILD_SYNC VALUE_NULL null"),
        read("{\"op\":0,\"t\":\"GUILD_SYNC\",\"s\":4}", true));
  }

  @Test
  void aDispatchReadsItsPayloadAgainAndAgain() {
    byte[] text = "{\"op\":0,\"t\":\"X\",\"s\":1,\"d\":{\"id\":\"1\"}}".getBytes(StandardCharsets.UTF_8);
    GatewayDispatch dispatch = keep(Frame.ofOwnedBytes(text, 0, text.length));
    // The first read gets the envelope's own parser, the next ones parse the frame again.
    for (int i = 0; i < 3; i++) {
      assertIdIsOne(dispatch);
    }
  }

  @Test
  void aDispatchKeepsItsPayloadAfterABorrowedBufferIsReused() {
    byte[] buffer = "{\"op\":0,\"t\":\"X\",\"s\":1,\"d\":{\"id\":\"1\"}}".getBytes(StandardCharsets.UTF_8);
    GatewayDispatch dispatch = keep(Frame.ofBorrowedBytes(buffer, buffer.length));
    Arrays.fill(buffer, (byte) ' '); // the inflater's next message
    assertIdIsOne(dispatch);
  }

  /** Reads {@code frame} with a handler that keeps its one dispatch without reading it. */
  private GatewayDispatch keep(Frame frame) {
    List<GatewayDispatch> kept = new ArrayList<>();
    reader.read(frame, new FrameHandler() {
      @Override
      public boolean beginDispatch(String name, long sequence) {
        return true;
      }

      @Override
      public void dispatch(String name, long sequence, boolean hasPayload, JsonParser atPayload) {
        kept.add(new FrameDispatch(name, sequence, frame, reader, hasPayload, atPayload));
      }

      @Override
      public void control(int op, JsonParser d) {}
    });
    assertEquals(1, kept.size());
    return kept.get(0);
  }

  private static void assertIdIsOne(GatewayDispatch dispatch) {
    try (JsonParser d = dispatch.openPayload()) {
      assertEquals(JsonToken.START_OBJECT, d.currentToken());
      assertEquals("id", d.nextName());
      assertEquals("1", d.nextStringValue());
    }
  }
}

package dev.shardwire.gateway.wire;

import static dev.shardwire.gateway.wire.WireFrames.BINARY;
import static dev.shardwire.gateway.wire.WireFrames.CLOSE;
import static dev.shardwire.gateway.wire.WireFrames.CONTINUATION;
import static dev.shardwire.gateway.wire.WireFrames.FIN;
import static dev.shardwire.gateway.wire.WireFrames.PING;
import static dev.shardwire.gateway.wire.WireFrames.PONG;
import static dev.shardwire.gateway.wire.WireFrames.TEXT;
import static dev.shardwire.gateway.wire.WireFrames.closePayload;
import static dev.shardwire.gateway.wire.WireFrames.concat;
import static dev.shardwire.gateway.wire.WireFrames.frame;
import static dev.shardwire.gateway.wire.WireFrames.masked;
import static dev.shardwire.gateway.wire.WireFrames.text;
import static dev.shardwire.gateway.wire.WireFrames.utf8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.java_websocket.enums.Opcode;
import org.java_websocket.exceptions.InvalidDataException;
import org.java_websocket.exceptions.InvalidFrameException;
import org.java_websocket.exceptions.LimitExceededException;
import org.java_websocket.framing.BinaryFrame;
import org.java_websocket.framing.CloseFrame;
import org.java_websocket.framing.ContinuousFrame;
import org.java_websocket.framing.Framedata;
import org.java_websocket.framing.PingFrame;
import org.java_websocket.framing.PongFrame;
import org.java_websocket.framing.TextFrame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Frames read out of socket bytes however the reads cut them, and the frames refused. */
class FrameTranslatorTest {

  /** What a test compares of a frame: its kind, FIN and payload. */
  record Seen(Opcode opcode, boolean fin, String payload) {
    static Seen of(Framedata frame) {
      ByteBuffer payload = frame.getPayloadData().duplicate();
      byte[] bytes = new byte[payload.remaining()];
      payload.get(bytes);
      return new Seen(frame.getOpcode(), frame.isFin(), HexFormat.of().formatHex(bytes));
    }

    static Seen of(Opcode opcode, boolean fin, byte[] payload) {
      return new Seen(opcode, fin, HexFormat.of().formatHex(payload));
    }
  }

  private final FrameTranslator translator = new FrameTranslator(Integer.MAX_VALUE, null);

  private List<Seen> feed(byte[]... reads) throws InvalidDataException {
    List<Seen> seen = new ArrayList<>();
    for (byte[] read : reads) {
      ByteBuffer buffer = ByteBuffer.wrap(read);
      for (Framedata frame : translator.translate(buffer)) {
        seen.add(Seen.of(frame));
      }
      assertFalse(buffer.hasRemaining(), "every byte read");
    }
    return seen;
  }

  private int refusalCode(byte[] bytes) {
    return assertThrows(InvalidDataException.class, () -> translator.translate(ByteBuffer.wrap(bytes)))
        .getCloseCode();
  }

  @Test
  void readsOneTextFrameIntoABufferOfItsOwn() throws Exception {
    byte[] wire = text("{\"op\":11}");
    List<Framedata> frames = translator.translate(ByteBuffer.wrap(wire));
    assertEquals(1, frames.size());
    TextFrame frame = assertInstanceOf(TextFrame.class, frames.get(0));
    assertTrue(frame.isFin());
    assertFalse(frame.isRSV1() || frame.isRSV2() || frame.isRSV3());
    ByteBuffer payload = frame.getPayloadData();
    assertTrue(payload.hasArray());
    assertEquals(0, payload.position());
    assertEquals(0, payload.arrayOffset());
    assertArrayEquals(utf8("{\"op\":11}"), payload.array()); // exactly the payload
    Arrays.fill(wire, (byte) 0);
    assertArrayEquals(utf8("{\"op\":11}"), payload.array()); // not a view of the socket's bytes
  }

  @Test
  void readsSeveralFramesOfOneRead() throws Exception {
    byte[] wire = concat(text("{\"op\":10}"), frame(FIN | PING, utf8("hi")), frame(FIN | BINARY, new byte[] {1, 2}),
        text("nélly 🐈"), frame(FIN | PONG, new byte[0]));
    assertEquals(List.of(
        Seen.of(Opcode.TEXT, true, utf8("{\"op\":10}")),
        Seen.of(Opcode.PING, true, utf8("hi")),
        Seen.of(Opcode.BINARY, true, new byte[] {1, 2}),
        Seen.of(Opcode.TEXT, true, utf8("nélly 🐈")),
        Seen.of(Opcode.PONG, true, new byte[0])), feed(wire));
  }

  @Test
  void frameClassesAreTheLibrarysAndFragmentsComeOutAsOneMessage() throws Exception {
    byte[] wire = concat(frame(TEXT, utf8("a")), frame(FIN | PING, new byte[0]), frame(CONTINUATION, utf8("b")),
        frame(FIN | CONTINUATION, utf8("c")), frame(FIN | BINARY, new byte[0]), frame(FIN | PONG, new byte[0]),
        frame(FIN | CLOSE, closePayload(1000, "")));
    List<Framedata> frames = translator.translate(ByteBuffer.wrap(wire));
    List<Class<?>> classes = new ArrayList<>();
    for (Framedata frame : frames) {
      classes.add(frame.getClass());
    }
    // A control frame may come between fragments; it is delivered as it arrives.
    assertEquals(List.of(PingFrame.class, TextFrame.class, BinaryFrame.class, PongFrame.class, CloseFrame.class),
        classes);
    assertEquals(Seen.of(Opcode.TEXT, true, utf8("abc")), Seen.of(frames.get(1)));
  }

  @Test
  void everySplitOfTwoFramesGivesTheSameFrames() throws Exception {
    String longText = "{\"t\":\"GUILD_MEMBERS_CHUNK\",\"d\":\"" + "é".repeat(100) + "\"}"; // 16-bit length
    byte[] wire = concat(text(longText), text("{\"op\":11}"));
    List<Seen> expected = List.of(Seen.of(Opcode.TEXT, true, utf8(longText)),
        Seen.of(Opcode.TEXT, true, utf8("{\"op\":11}")));
    for (int split = 0; split <= wire.length; split++) {
      translator.reset();
      assertEquals(expected, feed(Arrays.copyOfRange(wire, 0, split), Arrays.copyOfRange(wire, split, wire.length)),
          "split at " + split);
    }
    translator.reset();
    byte[][] oneByteReads = new byte[wire.length][];
    for (int i = 0; i < wire.length; i++) {
      oneByteReads[i] = new byte[] {wire[i]};
    }
    assertEquals(expected, feed(oneByteReads));
  }

  @Test
  void readsFromTheBuffersPositionToItsLimit() throws Exception {
    byte[] wire = text("{\"op\":11}");
    byte[] around = new byte[wire.length + 10];
    System.arraycopy(wire, 0, around, 3, wire.length);
    ByteBuffer slice = ByteBuffer.wrap(around, 1, wire.length + 5).slice(); // a non-zero array offset
    slice.position(2).limit(2 + wire.length);
    List<Framedata> frames = translator.translate(slice);
    assertEquals(List.of(Seen.of(Opcode.TEXT, true, utf8("{\"op\":11}"))), List.of(Seen.of(frames.get(0))));
    assertEquals(slice.limit(), slice.position());
    ByteBuffer direct = ByteBuffer.allocateDirect(wire.length).put(wire).flip();
    assertEquals(Seen.of(Opcode.TEXT, true, utf8("{\"op\":11}")), Seen.of(translator.translate(direct).get(0)));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 125, 126, 127, 65_535, 65_536, 70_000})
  void readsEachLengthEncoding(int length) throws Exception {
    byte[] payload = new byte[length];
    for (int i = 0; i < length; i++) {
      payload[i] = (byte) ('a' + i % 26);
    }
    byte[] wire = concat(frame(FIN | TEXT, payload), text("end"));
    int headerLength = length <= 125 ? 2 : length <= 65_535 ? 4 : 10;
    assertEquals(headerLength + length + 5, wire.length);
    List<Seen> expected = List.of(Seen.of(Opcode.TEXT, true, payload), Seen.of(Opcode.TEXT, true, utf8("end")));
    assertEquals(expected, feed(wire));
    // As a socket delivers it: 4,096 bytes at a time.
    List<byte[]> reads = new ArrayList<>();
    for (int from = 0; from < wire.length; from += 4096) {
      reads.add(Arrays.copyOfRange(wire, from, Math.min(wire.length, from + 4096)));
    }
    assertEquals(expected, feed(reads.toArray(new byte[0][])));
  }

  @Test
  void nothingWholeGivesNoFrames() throws Exception {
    byte[] wire = text("{\"op\":11}");
    assertEquals(List.of(), translator.translate(ByteBuffer.wrap(wire, 0, 1)));
    assertEquals(List.of(), translator.translate(ByteBuffer.wrap(wire, 1, 4)));
    assertEquals(1, translator.translate(ByteBuffer.wrap(wire, 5, wire.length - 5)).size());
    assertEquals(List.of(), translator.translate(ByteBuffer.allocate(0)));
  }

  @Test
  void resetDropsAFrameReadInPart() throws Exception {
    byte[] first = text("{\"op\":1}");
    assertEquals(List.of(), feed(Arrays.copyOf(first, 5)));
    translator.reset();
    assertEquals(List.of(Seen.of(Opcode.TEXT, true, utf8("{\"op\":11}"))), feed(text("{\"op\":11}")));
    // A header read in part too.
    byte[] big = frame(FIN | TEXT, new byte[300]);
    assertEquals(List.of(), feed(Arrays.copyOf(big, 3)));
    translator.reset();
    assertEquals(List.of(Seen.of(Opcode.TEXT, true, utf8("{}"))), feed(text("{}")));
  }

  @ParameterizedTest
  @ValueSource(ints = {3, 4, 5, 6, 7, 11, 12, 13, 14, 15})
  void refusesAnUnknownOpcode(int opcode) {
    assertEquals(CloseFrame.PROTOCOL_ERROR, refusalCode(frame(FIN | opcode, utf8("x"))));
  }

  @ParameterizedTest
  @ValueSource(ints = {0x40, 0x20, 0x10, 0x70})
  void refusesReservedBits(int rsv) {
    assertEquals(CloseFrame.PROTOCOL_ERROR, refusalCode(frame(FIN | rsv | TEXT, utf8("{}"))));
    assertEquals(CloseFrame.PROTOCOL_ERROR, refusalCode(frame(FIN | rsv | PING, new byte[0])));
  }

  @Test
  void refusesAMaskedFrame() {
    InvalidDataException refused = assertThrows(InvalidFrameException.class,
        () -> translator.translate(ByteBuffer.wrap(masked(FIN | TEXT, utf8("{}")))));
    assertEquals(CloseFrame.PROTOCOL_ERROR, refused.getCloseCode());
  }

  @Test
  void refusesLongOrFragmentedControlFrames() {
    for (int control : new int[] {CLOSE, PING, PONG}) {
      assertEquals(CloseFrame.PROTOCOL_ERROR, refusalCode(frame(FIN | control, new byte[126])));
      assertEquals(CloseFrame.PROTOCOL_ERROR, refusalCode(frame(control, new byte[0])));
    }
    assertEquals(1, assertDoesNotRefuse(frame(FIN | PING, new byte[125])).size());
  }

  private List<Framedata> assertDoesNotRefuse(byte[] wire) {
    try {
      return translator.translate(ByteBuffer.wrap(wire));
    } catch (InvalidDataException e) {
      throw new AssertionError("refused: " + e, e);
    }
  }

  @Test
  void refusesFromTheHeaderAloneBeforeThePayloadArrives() {
    // Only the first two bytes: a 100-byte payload that never comes.
    assertEquals(CloseFrame.PROTOCOL_ERROR, refusalCode(new byte[] {(byte) (FIN | 0x40 | TEXT), 100}));
    assertEquals(CloseFrame.PROTOCOL_ERROR, refusalCode(new byte[] {(byte) (FIN | 3), 100}));
    assertEquals(CloseFrame.PROTOCOL_ERROR, refusalCode(new byte[] {(byte) (FIN | TEXT), (byte) 0xE4}));
    assertEquals(CloseFrame.PROTOCOL_ERROR, refusalCode(new byte[] {(byte) PING, 0}));
  }

  @Test
  void skipsAWholeTextFrameAboveTheLimitAndReadsOn() throws Exception {
    byte[] wire = concat(frame(FIN | TEXT, new byte[70_000]), text("{\"op\":11}"));
    // However the reads cut the stream, the big frame comes out as one unreadable message, then the next.
    for (int cut : new int[] {1, 5, 10, 11, 4_096, 70_009, 70_010, 70_011, wire.length - 1}) {
      FrameTranslator limited = new FrameTranslator(100, null);
      List<Framedata> frames = new ArrayList<>();
      frames.addAll(limited.translate(ByteBuffer.wrap(Arrays.copyOfRange(wire, 0, cut))));
      frames.addAll(limited.translate(ByteBuffer.wrap(Arrays.copyOfRange(wire, cut, wire.length))));
      assertEquals(2, frames.size(), "cut at " + cut);
      UnreadableMessage dropped = assertInstanceOf(UnreadableMessage.class, frames.get(0));
      assertEquals("dropped a text message of 70000 bytes, above maxMessageBytes (100)", dropped.error().getMessage());
      assertFalse(dropped.getPayloadData().hasRemaining(), "nothing of it is kept");
      assertEquals(Seen.of(Opcode.TEXT, true, utf8("{\"op\":11}")), Seen.of(frames.get(1)));
    }
  }

  @Test
  void refusesA64BitLengthOutOfRange() {
    for (long length : new long[] {-1L, Long.MIN_VALUE, Integer.MAX_VALUE + 1L, 1L << 40}) {
      byte[] header = ByteBuffer.allocate(10).put((byte) (FIN | BINARY)).put((byte) 127).putLong(length).array();
      LimitExceededException refused = assertThrows(LimitExceededException.class,
          () -> translator.translate(ByteBuffer.wrap(header)), () -> "length " + length);
      assertEquals(CloseFrame.TOOBIG, refused.getCloseCode());
    }
  }

  @Test
  void refusesTextThatIsNotUtf8() throws Exception {
    assertEquals(CloseFrame.NO_UTF8, refusalCode(frame(FIN | TEXT, new byte[] {'"', (byte) 0xC3, '"'})));
    assertEquals(CloseFrame.NO_UTF8, refusalCode(frame(FIN | TEXT, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80})));
    // A message sent in fragments is checked whole, so a character may span two fragments.
    assertEquals(CloseFrame.NO_UTF8,
        refusalCode(concat(frame(TEXT, new byte[] {(byte) 0xFF}), frame(FIN | CONTINUATION, new byte[] {'x'}))));
    byte[] cat = utf8("🐈");
    assertEquals(List.of(Seen.of(Opcode.TEXT, true, cat)), feed(concat(frame(TEXT, Arrays.copyOf(cat, 2)),
        frame(FIN | CONTINUATION, Arrays.copyOfRange(cat, 2, 4)))));
    // Binary frames are not text.
    assertEquals(1, assertDoesNotRefuse(frame(FIN | BINARY, new byte[] {(byte) 0xFF})).size());
  }

  @Test
  void aRefusalComesAfterTheGoodFramesBeforeItAndDropsWhatFollows() throws Exception {
    byte[] wire = concat(text("{}"), frame(FIN | 3, new byte[0]), text("{\"op\":11}"));
    List<Framedata> frames = translator.translate(ByteBuffer.wrap(wire));
    assertEquals(2, frames.size());
    assertEquals(Seen.of(Opcode.TEXT, true, utf8("{}")), Seen.of(frames.get(0)));
    assertEquals(CloseFrame.PROTOCOL_ERROR, assertInstanceOf(RefusedFrame.class, frames.get(1)).refusal().getCloseCode());
    assertEquals(List.of(Seen.of(Opcode.TEXT, true, utf8("{}"))), feed(text("{}")));
  }

  @Test
  void closeFramesCarryTheirCodeAndReason() throws Exception {
    List<Framedata> frames = translator.translate(ByteBuffer.wrap(frame(FIN | CLOSE, closePayload(4000, "bye é"))));
    CloseFrame close = assertInstanceOf(CloseFrame.class, frames.get(0));
    assertEquals(4000, close.getCloseCode());
    assertEquals("bye é", close.getMessage());
    // The library's checks of the code still apply.
    assertEquals(CloseFrame.PROTOCOL_ERROR, refusalCode(frame(FIN | CLOSE, closePayload(999, ""))));
    assertEquals(CloseFrame.PROTOCOL_ERROR, refusalCode(frame(FIN | CLOSE, closePayload(1005, ""))));
  }

  @Test
  void refusesACloseReasonThatIsNotUtf8With1007() {
    byte[] payload = concat(closePayload(4000, "bye "), new byte[] {(byte) 0xC3, '!'});
    assertEquals(CloseFrame.NO_UTF8, refusalCode(frame(FIN | CLOSE, payload)));
    assertEquals(CloseFrame.NO_UTF8, refusalCode(frame(FIN | CLOSE, concat(closePayload(1000, ""), new byte[] {(byte) 0xFF}))));
  }

  @Test
  void refusesAClosePayloadOfOneByteWith1002() {
    assertEquals(CloseFrame.PROTOCOL_ERROR, refusalCode(frame(FIN | CLOSE, new byte[] {0x03})));
  }

  @Test
  void refusesCloseCodesNoEndpointMaySend() {
    for (int code : new int[] {0, 999, 1004, 1005, 1006, 1015, 1016, 2999, 5000, 65535}) {
      assertEquals(CloseFrame.PROTOCOL_ERROR, refusalCode(frame(FIN | CLOSE, closePayload(code, ""))), "code " + code);
    }
    for (int code : new int[] {1000, 1001, 1002, 1003, 1007, 1011, 3000, 4000, 4004, 4999}) {
      CloseFrame close = assertInstanceOf(CloseFrame.class,
          assertDoesNotRefuse(frame(FIN | CLOSE, closePayload(code, "r"))).get(0), "code " + code);
      assertEquals(code, close.getCloseCode());
    }
  }

  @Test
  void pingsCarryTheirPayload() throws Exception {
    List<Framedata> frames = translator.translate(ByteBuffer.wrap(frame(FIN | PING, utf8("are you there"))));
    assertInstanceOf(PingFrame.class, frames.get(0));
    assertEquals(Seen.of(Opcode.PING, true, utf8("are you there")), Seen.of(frames.get(0)));
  }
}

package dev.shardwire.gateway.wire;

import static dev.shardwire.gateway.wire.WireFrames.BINARY;
import static dev.shardwire.gateway.wire.WireFrames.CONTINUATION;
import static dev.shardwire.gateway.wire.WireFrames.FIN;
import static dev.shardwire.gateway.wire.WireFrames.TEXT;
import static dev.shardwire.gateway.wire.WireFrames.concat;
import static dev.shardwire.gateway.wire.WireFrames.frame;
import static dev.shardwire.gateway.wire.WireFrames.text;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.zip.Deflater;
import org.java_websocket.exceptions.InvalidDataException;
import org.java_websocket.framing.CloseFrame;
import org.java_websocket.framing.Framedata;
import org.java_websocket.framing.TextFrame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every message bounded by the limit from its header on, whatever its kind, and the stream read on past it. */
class FrameLimitsTest {

  private static final int LIMIT = 64 * 1024;
  /** What reading a few frames may allocate besides their payloads: frame objects, lists, exceptions. */
  private static final int SLACK = 64 * 1024;
  /**
   * What a message as long as the limit may allocate in all, counting the copies of a buffer that
   * grows by doubling up to the limit: at most twice the limit, never the announced length.
   */
  private static final int GROWN = 2 * LIMIT + SLACK;
  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private interface Read {
    List<Framedata> run() throws InvalidDataException;
  }

  private List<Framedata> frames;

  /**
   * Runs {@code read} on this thread and returns the bytes it allocated; its frames go to {@link
   * #frames}. It runs once before it is measured: the first run of a code path allocates for the
   * JVM's own linking (string concatenation, class loading), which is not the translator's.
   */
  private long allocatedBy(Read warmUp, Read read) throws InvalidDataException {
    warmUp.run();
    long before = THREADS.getCurrentThreadAllocatedBytes();
    frames = read.run();
    return THREADS.getCurrentThreadAllocatedBytes() - before;
  }

  private static byte[] header(int first, long length) {
    return ByteBuffer.allocate(10).put((byte) first).put((byte) 127).putLong(length).array();
  }

  @ParameterizedTest
  @ValueSource(ints = {FIN | TEXT, FIN | BINARY, TEXT, BINARY})
  void aHeaderWithinTheLimitAllocatesOnlyAsTheBytesArrive(int first) throws Exception {
    // A server that announces a message as long as the limit and then sends a little, or nothing,
    // must not make the shard hold the limit's worth on every connection.
    int limit = 16 << 20;
    byte[] wire = concat(header(first, limit), new byte[1000]);
    long allocated = allocatedBy(() -> new FrameTranslator(limit, null).translate(ByteBuffer.wrap(wire)),
        () -> new FrameTranslator(limit, null).translate(ByteBuffer.wrap(wire)));
    assertTrue(allocated < SLACK, "allocated " + allocated + " bytes for a header announcing " + limit);
    assertEquals(List.of(), frames);
  }

  @ParameterizedTest
  @ValueSource(ints = {FIN | TEXT, TEXT})
  void aMessageReadAsItArrivesComesOutWhole(int first) throws Exception {
    byte[] text = new byte[300_000];
    for (int i = 0; i < text.length; i++) {
      text[i] = (byte) ('a' + i % 26);
    }
    byte[] last = (first & FIN) != 0 ? new byte[0] : frame(FIN | CONTINUATION, new byte[0]); // an empty last fragment
    byte[] wire = concat(header(first, text.length), text, last);
    FrameTranslator translator = new FrameTranslator(1 << 20, null);
    List<Framedata> out = new ArrayList<>();
    for (int at = 0; at < wire.length; at += 1000) {
      out.addAll(translator.translate(ByteBuffer.wrap(wire, at, Math.min(1000, wire.length - at))));
    }
    assertEquals(1, out.size());
    ByteBuffer payload = out.get(0).getPayloadData();
    byte[] got = new byte[payload.remaining()];
    payload.get(got);
    assertArrayEquals(text, got);
  }

  @ParameterizedTest
  @ValueSource(ints = {FIN | TEXT, FIN | BINARY, TEXT, BINARY})
  void aHugeHeaderAllocatesNothingOfItsLength(int first) throws Exception {
    for (boolean compressed : new boolean[] {false, true}) {
      ZlibStreamInflater inflater = compressed ? new ZlibStreamInflater(LIMIT) : null;
      byte[] wire = concat(header(first, Integer.MAX_VALUE), new byte[1000]);
      long allocated = allocatedBy(() -> new FrameTranslator(LIMIT, inflater).translate(ByteBuffer.wrap(wire)),
          () -> new FrameTranslator(LIMIT, inflater).translate(ByteBuffer.wrap(wire)));
      assertTrue(allocated < SLACK, "allocated " + allocated + " bytes for a 2 GiB header, compressed " + compressed);
      // Zeros are not zlib data: on a compressed connection the stream breaks, and nothing is delivered.
      for (Framedata frame : frames) {
        assertInstanceOf(UnreadableMessage.class, frame);
      }
    }
  }

  @Test
  void aHugeContinuationAllocatesNothingOfItsLength() throws Exception {
    byte[] wire = concat(frame(TEXT, new byte[] {'['}), header(CONTINUATION, 700L << 20));
    long allocated = allocatedBy(() -> new FrameTranslator(LIMIT, null).translate(ByteBuffer.wrap(wire)),
        () -> new FrameTranslator(LIMIT, null).translate(ByteBuffer.wrap(wire)));
    assertTrue(allocated < SLACK, "allocated " + allocated);
  }

  @Test
  void aWholeBinaryFrameAboveTheLimitIsSkippedAndReported() throws Exception {
    byte[] wire = concat(frame(FIN | BINARY, new byte[LIMIT + 1]), text("{\"op\":11}"));
    long allocated = allocatedBy(() -> new FrameTranslator(LIMIT, null).translate(ByteBuffer.wrap(wire)),
        () -> new FrameTranslator(LIMIT, null).translate(ByteBuffer.wrap(wire)));
    assertTrue(allocated < SLACK, "allocated " + allocated);
    assertEquals("dropped a binary message of 65537 bytes sent in fragments, above maxMessageBytes (65536)",
        assertInstanceOf(UnreadableMessage.class, frames.get(0)).error().getMessage());
    assertEquals("{\"op\":11}", textOf(frames.get(1)));
  }

  @Test
  void fragmentsAreAddedUpAndAMessageAboveTheLimitIsDroppedAsItArrives() throws Exception {
    FrameTranslator translator = new FrameTranslator(LIMIT, null);
    byte[] piece = new byte[30_000];
    Arrays.fill(piece, (byte) 'a');
    byte[] wire = concat(frame(TEXT, piece), frame(CONTINUATION, piece), frame(CONTINUATION, piece),
        frame(FIN | CONTINUATION, piece), text("{\"op\":11}"));
    long allocated = allocatedBy(() -> new FrameTranslator(LIMIT, null).translate(ByteBuffer.wrap(wire)),
        () -> translator.translate(ByteBuffer.wrap(wire)));
    assertTrue(allocated < GROWN, "allocated " + allocated);
    assertEquals(2, frames.size());
    assertEquals("dropped a text message of 120000 bytes sent in fragments, above maxMessageBytes (65536)",
        assertInstanceOf(UnreadableMessage.class, frames.get(0)).error().getMessage());
    assertEquals("{\"op\":11}", textOf(frames.get(1)));
    // Within the limit, fragments come out as one message.
    frames = translator.translate(ByteBuffer.wrap(concat(frame(TEXT, piece), frame(FIN | CONTINUATION, piece))));
    assertEquals("a".repeat(60_000), textOf(frames.get(0)));
  }

  @Test
  void fragmentsOutOfTurnFailTheConnectionWith1002() {
    FrameTranslator translator = new FrameTranslator(LIMIT, null);
    assertEquals(CloseFrame.PROTOCOL_ERROR, assertThrows(InvalidDataException.class,
        () -> translator.translate(ByteBuffer.wrap(frame(FIN | CONTINUATION, new byte[1])))).getCloseCode());
    assertEquals(CloseFrame.PROTOCOL_ERROR, assertThrows(InvalidDataException.class,
        () -> translator.translate(ByteBuffer.wrap(concat(frame(TEXT, new byte[1]), text("{}"))))).getCloseCode());
  }

  @Test
  void aCompressedMessageAboveTheLimitIsDroppedAndTheStreamReadOn() throws Exception {
    byte[] noise = new byte[LIMIT];
    new Random(7).nextBytes(noise);
    String big = HexFormat.of().formatHex(noise); // 128 KiB of text that compresses badly
    String next = big.substring(0, 500); // refers back into the window the dropped message filled
    byte[] wire = compressedWire(big, next);
    long allocated = allocatedBy(() -> readInThousands(wire), () -> readInThousands(wire));
    assertTrue(allocated < GROWN, "allocated " + allocated + " for a message of " + wire.length + " bytes");
    assertEquals(2, frames.size());
    assertEquals("compressed message inflates to more than maxMessageBytes (65536 bytes); dropped",
        assertInstanceOf(UnreadableMessage.class, frames.get(0)).error().getMessage());
    assertEquals(next, textOf(frames.get(1)));
  }

  /** {@code big} in three fragments, then {@code next} split over two binary messages, in one zlib stream. */
  private static byte[] compressedWire(String big, String next) {
    Deflater deflater = new Deflater();
    byte[] bigCompressed = deflate(deflater, big);
    byte[] nextCompressed = deflate(deflater, next);
    int third = bigCompressed.length / 3;
    return concat(frame(BINARY, Arrays.copyOfRange(bigCompressed, 0, third)),
        frame(CONTINUATION, Arrays.copyOfRange(bigCompressed, third, 2 * third)),
        frame(FIN | CONTINUATION, Arrays.copyOfRange(bigCompressed, 2 * third, bigCompressed.length)),
        frame(FIN | BINARY, Arrays.copyOfRange(nextCompressed, 0, 5)),
        frame(FIN | BINARY, Arrays.copyOfRange(nextCompressed, 5, nextCompressed.length)));
  }

  /** {@code wire} read by a new compressed connection's translator, as 1000-byte socket reads. */
  private static List<Framedata> readInThousands(byte[] wire) throws InvalidDataException {
    FrameTranslator translator = new FrameTranslator(LIMIT, new ZlibStreamInflater(LIMIT));
    List<Framedata> all = new ArrayList<>();
    for (int from = 0; from < wire.length; from += 1000) {
      all.addAll(translator.translate(ByteBuffer.wrap(wire, from, Math.min(1000, wire.length - from))));
    }
    return all;
  }

  @Test
  void dataThatIsNotZlibBreaksTheStreamOnce() throws Exception {
    FrameTranslator translator = new FrameTranslator(LIMIT, new ZlibStreamInflater(LIMIT));
    byte[] junk = {1, 2, 3, 0, 0, (byte) 0xff, (byte) 0xff};
    List<Framedata> read = translator.translate(ByteBuffer.wrap(concat(frame(FIN | BINARY, junk),
        frame(FIN | BINARY, junk), text("{}"))));
    assertEquals(2, read.size());
    assertInstanceOf(BrokenStreamException.class, assertInstanceOf(UnreadableMessage.class, read.get(0)).error());
    assertEquals("{}", textOf(read.get(1)));
  }

  private static String textOf(Framedata frame) {
    assertInstanceOf(TextFrame.class, frame);
    return StandardCharsets.UTF_8.decode(frame.getPayloadData().duplicate()).toString();
  }

  private static byte[] deflate(Deflater deflater, String text) {
    deflater.setInput(text.getBytes(StandardCharsets.UTF_8));
    byte[] buffer = new byte[text.length() * 2 + 1024];
    int n = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
    return Arrays.copyOf(buffer, n);
  }
}

package dev.shardwire.gateway;

import java.nio.ByteBuffer;
import java.util.List;
import org.java_websocket.WebSocketImpl;
import org.java_websocket.drafts.Draft;
import org.java_websocket.drafts.Draft_6455;
import org.java_websocket.enums.Opcode;
import org.java_websocket.exceptions.InvalidDataException;
import org.java_websocket.framing.Framedata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * RFC 6455 as {@link Draft_6455} speaks it, except in two places on the read path.
 *
 * <p>Frames are read by a {@link FrameTranslator} instead of the library's parser, so that a whole
 * text frame is checked for UTF-8 by {@link Utf8}, which skips ASCII eight bytes at a time: the
 * library's own check ({@code TextFrame.isValid()}, one byte at a time) measured about a quarter
 * of the read thread in the gateway throughput benchmark. A text frame that is not UTF-8 still
 * fails the connection with 1007 before {@link #processFrame} sees it; the test of this class pins
 * that. Every other frame is checked by the library as before.
 *
 * <p>A whole (unfragmented) text frame then reaches its {@link ShardConnection} as UTF-8 bytes
 * ({@link ShardConnection#onText}) instead of a {@code String}: the JSON parser reads the bytes
 * directly, so a frame is never decoded into characters first. Fragmented text messages, binary
 * frames and control frames take the library's own path.
 */
final class ShardDraft extends Draft_6455 {

  private static final Logger LOG = LoggerFactory.getLogger(ShardDraft.class);

  private final int maxTextBytes;
  private final FrameTranslator translator;

  /**
   * @param maxTextBytes the longest whole text frame kept: a longer one is skipped as it arrives
   *     and reported to the connection, which goes on
   */
  ShardDraft(int maxTextBytes) {
    this.maxTextBytes = maxTextBytes;
    this.translator = new FrameTranslator(maxTextBytes);
  }

  /** The longest whole text frame kept, in bytes. */
  int maxTextBytes() {
    return maxTextBytes;
  }

  /** A text or binary message whose first fragment arrived and whose last one has not. */
  private boolean fragmented;

  @Override
  public List<Framedata> translateFrame(ByteBuffer buffer) throws InvalidDataException {
    return translator.translate(buffer);
  }

  @Override
  public void processFrame(WebSocketImpl connection, Framedata frame) throws InvalidDataException {
    if (frame instanceof DroppedTextFrame dropped && !fragmented
        && connection.getWebSocketListener() instanceof ShardConnection shardConnection) {
      shardConnection.onDroppedText(dropped.length(), maxTextBytes);
      return;
    }
    Opcode op = frame.getOpcode();
    if (op == Opcode.TEXT && frame.isFin() && !fragmented
        && connection.getWebSocketListener() instanceof ShardConnection shardConnection) {
      try {
        shardConnection.onText(frame.getPayloadData());
      } catch (RuntimeException e) {
        // As the library does for a listener that throws: report it and keep the connection.
        LOG.error("Runtime exception while handling a text frame", e);
        shardConnection.onError(e);
      }
      return;
    }
    super.processFrame(connection, frame);
    if (op == Opcode.TEXT || op == Opcode.BINARY) {
      fragmented = !frame.isFin();
    } else if (op == Opcode.CONTINUOUS && frame.isFin()) {
      fragmented = false;
    }
  }

  @Override
  public void reset() {
    super.reset();
    translator.reset();
    fragmented = false;
  }

  @Override
  public Draft copyInstance() {
    // The library copies the draft it is given for each connection; the copy must stay a ShardDraft.
    return new ShardDraft(maxTextBytes);
  }
}

package dev.shardwire.gateway;

import java.nio.ByteBuffer;
import org.java_websocket.WebSocketImpl;
import org.java_websocket.drafts.Draft;
import org.java_websocket.drafts.Draft_6455;
import org.java_websocket.enums.Opcode;
import org.java_websocket.exceptions.InvalidDataException;
import org.java_websocket.framing.CloseFrame;
import org.java_websocket.framing.Framedata;
import org.java_websocket.util.Charsetfunctions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * RFC 6455 as {@link Draft_6455} speaks it, except that a whole (unfragmented) text frame reaches
 * its {@link ShardConnection} as UTF-8 bytes ({@link ShardConnection#onText}) instead of a
 * {@code String}: the JSON parser reads the bytes directly, so a frame is never decoded into
 * characters first. The payload is still checked to be UTF-8 exactly as the library checks it
 * (an ASCII-only payload is valid as it is; any other goes through the library's validator), and
 * invalid UTF-8 still closes the connection with 1007. Fragmented text messages, binary frames and
 * control frames take the library's own path.
 */
final class ShardDraft extends Draft_6455 {

  private static final Logger LOG = LoggerFactory.getLogger(ShardDraft.class);

  /** A text or binary message whose first fragment arrived and whose last one has not. */
  private boolean fragmented;

  @Override
  public void processFrame(WebSocketImpl connection, Framedata frame) throws InvalidDataException {
    Opcode op = frame.getOpcode();
    if (op == Opcode.TEXT && frame.isFin() && !fragmented
        && connection.getWebSocketListener() instanceof ShardConnection shardConnection) {
      ByteBuffer payload = frame.getPayloadData();
      if (!isUtf8(payload)) {
        throw new InvalidDataException(CloseFrame.NO_UTF8, "text frame is not UTF-8");
      }
      try {
        shardConnection.onText(payload);
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
    fragmented = false;
  }

  @Override
  public Draft copyInstance() {
    // The library copies the draft it is given for each connection; the copy must stay a ShardDraft.
    return new ShardDraft();
  }

  /** Whether the remaining bytes of {@code payload} are UTF-8; its position is left as it was. */
  static boolean isUtf8(ByteBuffer payload) {
    if (payload.hasArray()) {
      byte[] bytes = payload.array();
      int from = payload.arrayOffset() + payload.position();
      int to = from + payload.remaining();
      int any = 0;
      for (int i = from; i < to; i++) {
        any |= bytes[i];
      }
      if (any >= 0) {
        return true; // no byte has its high bit set: ASCII, which is UTF-8
      }
    }
    return Charsetfunctions.isValidUTF8(payload.slice());
  }
}

package dev.shardwire.gateway.wire;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import org.java_websocket.framing.TextFrame;

/**
 * A text frame the shard sends. IDENTIFY and RESUME carry the token, and Java-WebSocket logs each
 * frame it sends at TRACE with its {@code toString()}, which for the library's frames shows the
 * payload: this one shows only its length. It also encodes itself ({@link #encode()}), because the
 * library's encoder logs the payload at TRACE too.
 */
public final class SentTextFrame extends TextFrame {

  /** RFC 6455 §5.3: masking keys must be unpredictable. */
  private static final SecureRandom MASKS = new SecureRandom();

  public SentTextFrame(String text) {
    setPayload(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * The frame on the wire: FIN, text, the shortest length, then (when it is to be masked, as a
   * client's frames are) the masking key and the masked payload. Each key byte is non-zero, so no
   * byte of the payload goes out as it is: the library logs the bytes it writes at TRACE.
   */
  public ByteBuffer encode() {
    ByteBuffer payload = getPayloadData();
    int length = payload.remaining();
    boolean mask = getTransfereMasked();
    int lengthBytes = length < 126 ? 0 : length <= 0xFFFF ? 2 : 8;
    ByteBuffer out = ByteBuffer.allocate(2 + lengthBytes + (mask ? 4 : 0) + length);
    out.put((byte) 0x81); // FIN, text
    int maskBit = mask ? 0x80 : 0;
    if (lengthBytes == 0) {
      out.put((byte) (maskBit | length));
    } else if (lengthBytes == 2) {
      out.put((byte) (maskBit | 126));
      out.putShort((short) length);
    } else {
      out.put((byte) (maskBit | 127));
      out.putLong(length);
    }
    if (!mask) {
      out.put(payload.duplicate());
    } else {
      byte[] key = new byte[4];
      for (int i = 0; i < 4; i++) {
        key[i] = (byte) (1 + MASKS.nextInt(255));
      }
      out.put(key);
      for (int i = 0; i < length; i++) {
        out.put((byte) (payload.get(payload.position() + i) ^ key[i & 3]));
      }
    }
    out.flip();
    return out;
  }

  @Override
  public String toString() {
    return "SentTextFrame[" + getPayloadData().remaining() + " bytes, not shown]";
  }
}

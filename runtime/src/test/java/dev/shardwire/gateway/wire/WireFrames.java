package dev.shardwire.gateway.wire;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** RFC 6455 frames as a server puts them on the wire, encoded by hand for the translator's tests. */
public final class WireFrames {

  public static final int FIN = 0x80;
  static final int CONTINUATION = 0x0;
  public static final int TEXT = 0x1;
  static final int BINARY = 0x2;
  static final int CLOSE = 0x8;
  static final int PING = 0x9;
  static final int PONG = 0xA;

  private WireFrames() {}

  /** A frame whose first byte is {@code first} (FIN, RSV and opcode), unmasked, with the shortest length. */
  public static byte[] frame(int first, byte[] payload) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(first);
    int length = payload.length;
    if (length <= 125) {
      out.write(length);
    } else if (length <= 0xFFFF) {
      out.write(126);
      out.write(length >>> 8);
      out.write(length);
    } else {
      out.write(127);
      out.writeBytes(ByteBuffer.allocate(8).putLong(length).array());
    }
    out.writeBytes(payload);
    return out.toByteArray();
  }

  /** A whole text frame. */
  public static byte[] text(String text) {
    return frame(FIN | TEXT, utf8(text));
  }

  /** A whole frame with a masking key, as only a client may send. */
  static byte[] masked(int first, byte[] payload) {
    byte[] key = {1, 2, 3, 4};
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(first);
    out.write(0x80 | payload.length); // short payloads only
    out.writeBytes(key);
    for (int i = 0; i < payload.length; i++) {
      out.write(payload[i] ^ key[i % 4]);
    }
    return out.toByteArray();
  }

  /** A close frame's payload: the code, big-endian, then the reason. */
  static byte[] closePayload(int code, String reason) {
    byte[] text = utf8(reason);
    return ByteBuffer.allocate(2 + text.length).putShort((short) code).put(text).array();
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** The arrays one after the other. */
  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }
}

package dev.shardwire.testing;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;

/** RFC 6455 frames as a server puts them on the wire (unmasked), encoded by hand for {@link WireFaults}. */
final class WireFrames {

  private WireFrames() {}

  /** The header of a frame: FIN, the opcode, and {@code length} in the shortest encoding. */
  static byte[] header(int opcode, boolean fin, long length) {
    ByteBuffer out = ByteBuffer.allocate(10);
    out.put((byte) ((fin ? 0x80 : 0) | opcode));
    if (length >= 0 && length <= 125) {
      out.put((byte) length);
    } else if (length >= 0 && length <= 0xFFFF) {
      out.put((byte) 126);
      out.putShort((short) length);
    } else {
      out.put((byte) 127);
      out.putLong(length); // a negative length goes out as the unsigned 64-bit value it is
    }
    byte[] header = new byte[out.position()];
    out.flip().get(header);
    return header;
  }

  /** A whole frame: its header, then {@code payload}. */
  static byte[] frame(int opcode, boolean fin, byte[] payload) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(payload.length + 10);
    out.writeBytes(header(opcode, fin, payload.length));
    out.writeBytes(payload);
    return out.toByteArray();
  }
}

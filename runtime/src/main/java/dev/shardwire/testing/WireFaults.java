package dev.shardwire.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * The embedded gateway's faults below the gateway protocol, for testing how a client treats
 * hostile or unusual WebSocket traffic: bytes and frame headers written as they are, messages in
 * fragments, binary frames, and dispatches numbered out of turn. Get it from {@link
 * EmbeddedGateway#wire()}. Like the gateway's other faults, each goes to the connections open at
 * the moment it is called, and none is kept for replay.
 *
 * <p>Thread-safe: called from test threads while the server's threads serve the connections.
 */
public final class WireFaults {

  /** The opcode of a continuation frame. */
  public static final int CONTINUATION = 0x0;
  /** The opcode of a text frame. */
  public static final int TEXT = 0x1;
  /** The opcode of a binary frame. */
  public static final int BINARY = 0x2;
  /** The opcode of a close frame. */
  public static final int CLOSE = 0x8;

  private final SessionRegistry sessions;

  WireFaults(SessionRegistry sessions) {
    this.sessions = sessions;
  }

  /**
   * Writes {@code wire} to every open connection's socket as it is: any frame, a part of one, or
   * several, unchecked. When it starts with a close frame, the gateway counts the close as its own:
   * the client's answer (Java-WebSocket answers an empty close with 1000) is an echo, which does
   * not end the client's session as a 1000 or 1001 of the client's own would.
   */
  public void sendBytes(byte[] wire) {
    byte[] copy = wire.clone();
    boolean close = copy.length > 0 && (copy[0] & 0x0F) == CLOSE;
    for (ServerConnection conn : sessions.openConnections()) {
      if (close) {
        conn.closedByGateway = true;
      }
      conn.sendWire(copy);
    }
  }

  /**
   * Writes only a frame's header, announcing {@code length} payload bytes that do not follow (send
   * them, or some of them, with {@link #sendBytes}).
   *
   * @param opcode the frame's opcode, as {@link #TEXT}
   * @param fin whether the frame ends its message
   * @param length the announced length; a negative one goes out as its unsigned 64-bit value
   */
  public void sendFrameHeader(int opcode, boolean fin, long length) {
    sendBytes(WireFrames.header(opcode, fin, length));
  }

  /** Writes one whole frame with {@code payload} as it is. */
  public void sendFrame(int opcode, boolean fin, byte[] payload) {
    sendBytes(WireFrames.frame(opcode, fin, payload));
  }

  /**
   * Sends {@code text} as one message in {@code fragments} frames (a text frame, then
   * continuations), cut by bytes: a fragment may end inside a character, as RFC 6455 allows.
   * Uncompressed, even on a zlib-stream connection.
   *
   * @throws IllegalArgumentException unless {@code fragments} is at least 1
   */
  public void sendFragmentedText(String text, int fragments) {
    if (fragments < 1) {
      throw new IllegalArgumentException("fragments must be at least 1, got " + fragments);
    }
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream wire = new ByteArrayOutputStream(bytes.length + 10 * fragments);
    for (int i = 0; i < fragments; i++) {
      int from = (int) ((long) bytes.length * i / fragments);
      int to = (int) ((long) bytes.length * (i + 1) / fragments);
      wire.writeBytes(WireFrames.frame(i == 0 ? TEXT : CONTINUATION, i == fragments - 1,
          Arrays.copyOfRange(bytes, from, to)));
    }
    sendBytes(wire.toByteArray());
  }

  /** Sends {@code payload} as one binary frame, as it is (not compressed, even on a zlib-stream connection). */
  public void sendBinary(byte[] payload) {
    sendFrame(BINARY, true, payload);
  }

  /**
   * Sends a dispatch numbered {@code sequence} on every open connection, outside the sessions'
   * own numbering: it moves no session's counter and is not replayed. Compressed where the client
   * asked for it.
   *
   * @param name the event name, as {@code MESSAGE_CREATE}
   * @param data the {@code d} payload, as JSON text (not checked)
   * @param sequence the {@code s} to send, any value
   */
  public void dispatchWithSequence(String name, String data, long sequence) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(data, "data");
    String frame = "{\"t\":\"" + name + "\",\"s\":" + sequence + ",\"op\":0,\"d\":" + data + "}";
    for (ServerConnection conn : sessions.openConnections()) {
      conn.send(frame);
    }
  }
}

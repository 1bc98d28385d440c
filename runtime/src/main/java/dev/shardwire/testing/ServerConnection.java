package dev.shardwire.testing;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.Deflater;
import org.java_websocket.WebSocket;
import org.java_websocket.WebSocketImpl;
import org.java_websocket.drafts.Draft;
import org.java_websocket.exceptions.WebsocketNotConnectedException;
import org.java_websocket.framing.TextFrame;

/** The embedded gateway's state for one client connection. */
final class ServerConnection {

  private static final byte[] NOTHING = new byte[0];

  final WebSocket ws;
  final int number;
  final String query;
  private final Deflater deflater;
  private final boolean split;
  /** The deflater's output, a piece at a time; only on a compressed connection. */
  private final byte[] chunk;

  volatile boolean acking = true;
  /**
   * The gateway started this connection's closing handshake, so a close frame from the client is
   * its echo, not the client's own choice of code.
   */
  volatile boolean closedByGateway;
  /** The session this connection serves; guarded by the session's lock when set. */
  volatile ServerSession session;

  ServerConnection(WebSocket ws, int number, String query, boolean compress, boolean split) {
    this.ws = ws;
    this.number = number;
    this.query = query;
    this.deflater = compress ? new Deflater(Deflater.BEST_SPEED) : null;
    this.chunk = compress ? new byte[8192] : null;
    this.split = split;
  }

  /** Sends one message, compressed into the connection's zlib stream when the client asked for it. */
  synchronized void send(String text) {
    try {
      if (deflater == null) {
        ws.send(text);
        return;
      }
      byte[] compressed = deflate(text.getBytes(StandardCharsets.UTF_8));
      if (split && compressed.length >= 8) {
        int half = compressed.length / 2;
        ws.send(Arrays.copyOfRange(compressed, 0, half));
        ws.send(Arrays.copyOfRange(compressed, half, compressed.length));
      } else {
        ws.send(compressed);
      }
    } catch (WebsocketNotConnectedException e) {
      // The client went away; a session keeps the frame for replay.
    }
  }

  /** Sends {@code payload} as one text frame as is: neither compressed nor checked for UTF-8. */
  synchronized void sendTextFrame(byte[] payload) {
    TextFrame frame = new TextFrame();
    frame.setPayload(ByteBuffer.wrap(payload));
    try {
      ws.sendFrame(frame);
    } catch (WebsocketNotConnectedException e) {
      // The client went away; nothing to replay for a frame outside the session.
    }
  }

  /**
   * Writes {@code wire} to the socket as it is: frames (or parts of frames) the test encoded
   * itself, which the library would refuse to send.
   */
  synchronized void sendWire(byte[] wire) {
    if (!(ws instanceof WebSocketImpl impl) || !impl.isOpen()) {
      return;
    }
    // What the library's own send does with each frame's buffer: queue it, then ask for a write.
    impl.outQueue.add(ByteBuffer.wrap(wire));
    impl.getWebSocketListener().onWriteDemand(impl);
  }

  /**
   * Sends several messages in order. Uncompressed, each becomes its own text frame as with {@link
   * #send}, but the frames are encoded into one buffer that the server writes with one write call
   * (the library otherwise queues, wakes the selector for and writes each frame on its own).
   */
  synchronized void sendAll(String[] texts) {
    if (deflater != null || texts.length == 1 || !(ws instanceof WebSocketImpl impl) || !impl.isOpen()) {
      for (String text : texts) {
        send(text);
      }
      return;
    }
    Draft draft = impl.getDraft();
    ByteBuffer[] frames = new ByteBuffer[texts.length];
    int total = 0;
    for (int i = 0; i < texts.length; i++) {
      TextFrame frame = new TextFrame();
      frame.setPayload(ByteBuffer.wrap(texts[i].getBytes(StandardCharsets.UTF_8)));
      frames[i] = draft.createBinaryFrame(frame);
      total += frames[i].remaining();
    }
    ByteBuffer all = ByteBuffer.allocate(total);
    for (ByteBuffer frame : frames) {
      all.put(frame);
    }
    all.flip();
    // What the library's own send does with each frame's buffer: queue it, then ask for a write.
    impl.outQueue.add(all);
    impl.getWebSocketListener().onWriteDemand(impl);
  }

  private byte[] deflate(byte[] input) {
    deflater.setInput(input);
    ByteArrayOutputStream out = new ByteArrayOutputStream(input.length / 2 + 16);
    while (true) {
      int n = deflater.deflate(chunk, 0, chunk.length, Deflater.SYNC_FLUSH);
      out.write(chunk, 0, n);
      if (n < chunk.length) {
        deflater.setInput(NOTHING); // the deflater would keep the message's bytes until the next one
        return out.toByteArray();
      }
    }
  }
}

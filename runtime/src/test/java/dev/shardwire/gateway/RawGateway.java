package dev.shardwire.gateway;

import dev.shardwire.gateway.wire.WireFrames;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A gateway written by hand: a loopback {@link ServerSocket} that speaks RFC 6455 itself, so a
 * test can answer the HTTP upgrade and frame its messages any way it likes, including ways
 * Java-WebSocket's server (under the embedded gateway) never would. Each accepted connection runs
 * the test's {@link Script} on a thread of its own; whatever the script leaves open is closed with
 * the gateway.
 */
final class RawGateway implements AutoCloseable {

  /** What the server does with one accepted connection. */
  interface Script {
    void run(RawConnection conn) throws Exception;
  }

  private static final String GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

  private final ServerSocket server;
  private final Script script;
  private final AtomicInteger accepted = new AtomicInteger();
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();
  private final List<Throwable> scriptFailures = new CopyOnWriteArrayList<>();
  private final Thread acceptor;

  RawGateway(Script script) throws IOException {
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    this.script = script;
    this.acceptor = new Thread(this::acceptLoop, "raw-gateway-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  String url() {
    return "ws://127.0.0.1:" + server.getLocalPort() + "/";
  }

  /** TCP connections accepted so far. */
  int connections() {
    return accepted.get();
  }

  /** What a script threw other than the client going away: a broken test, not a broken shard. */
  List<Throwable> scriptFailures() {
    return List.copyOf(scriptFailures);
  }

  private void acceptLoop() {
    while (!server.isClosed()) {
      Socket socket;
      try {
        socket = server.accept();
      } catch (IOException e) {
        return;
      }
      sockets.add(socket);
      int number = accepted.incrementAndGet();
      Thread t = new Thread(() -> {
        try {
          script.run(new RawConnection(socket, number));
        } catch (EOFException | java.net.SocketException e) {
          // the client went away: the script's business, not a failure
        } catch (Throwable e) {
          scriptFailures.add(e);
        }
      }, "raw-gateway-" + number);
      t.setDaemon(true);
      t.start();
    }
  }

  @Override
  public void close() throws IOException {
    server.close();
    for (Socket s : sockets) {
      s.close();
    }
  }

  /** A frame the client sent, unmasked. */
  record ClientFrame(boolean fin, int opcode, byte[] payload) {
    String text() {
      return new String(payload, StandardCharsets.UTF_8);
    }
  }

  /** One accepted connection, seen from the server. */
  static final class RawConnection {

    final Socket socket;
    /** The gateway's n-th accepted connection, from 1. */
    final int number;
    private final InputStream in;
    private final OutputStream out;

    RawConnection(Socket socket, int number) throws IOException {
      this.socket = socket;
      this.number = number;
      this.in = socket.getInputStream();
      this.out = socket.getOutputStream();
    }

    /** Reads the client's HTTP request head, up to its blank line. */
    String readRequest() throws IOException {
      ByteArrayOutputStream head = new ByteArrayOutputStream();
      int matched = 0;
      byte[] end = {'\r', '\n', '\r', '\n'};
      while (matched < 4) {
        int b = in.read();
        if (b < 0) {
          throw new EOFException("the client closed before the end of its request");
        }
        head.write(b);
        matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
      }
      return head.toString(StandardCharsets.ISO_8859_1);
    }

    /** The value RFC 6455 derives from the request's Sec-WebSocket-Key. */
    static String acceptValue(String request) {
      String key = null;
      for (String line : request.split("\r\n")) {
        int colon = line.indexOf(':');
        if (colon > 0 && line.substring(0, colon).trim().toLowerCase(Locale.ROOT).equals("sec-websocket-key")) {
          key = line.substring(colon + 1).trim();
        }
      }
      try {
        byte[] sha1 = MessageDigest.getInstance("SHA-1").digest((key + GUID).getBytes(StandardCharsets.US_ASCII));
        return Base64.getEncoder().encodeToString(sha1);
      } catch (NoSuchAlgorithmException e) {
        throw new AssertionError(e);
      }
    }

    /** Reads the request and completes the upgrade as RFC 6455 says. */
    void acceptUpgrade() throws IOException {
      String request = readRequest();
      writeAscii("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
          + "Sec-WebSocket-Accept: " + acceptValue(request) + "\r\n\r\n");
    }

    void writeAscii(String text) throws IOException {
      write(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    synchronized void write(byte[] bytes) throws IOException {
      out.write(bytes);
      out.flush();
    }

    /** A whole, unmasked text frame. */
    void sendText(String text) throws IOException {
      write(frame(0x81, text.getBytes(StandardCharsets.UTF_8)));
    }

    void hello(long intervalMillis) throws IOException {
      sendText("{\"t\":null,\"s\":null,\"op\":10,\"d\":{\"heartbeat_interval\":" + intervalMillis + "}}");
    }

    void ready(String sessionId, String resumeUrl) throws IOException {
      sendText("{\"t\":\"READY\",\"s\":1,\"op\":0,\"d\":{\"v\":10,\"session_id\":\"" + sessionId + "\","
          + "\"resume_gateway_url\":\"" + resumeUrl + "\",\"user\":{\"id\":\"1\",\"username\":\"raw\"},"
          + "\"guilds\":[],\"shard\":[0,1],\"application\":{\"id\":\"1\",\"flags\":0}}}");
    }

    void dispatch(String name, long seq, String d) throws IOException {
      sendText("{\"t\":\"" + name + "\",\"s\":" + seq + ",\"op\":0,\"d\":" + d + "}");
    }

    /** Reads client frames until one whose JSON has {@code "op":} one of {@code ops}, and returns its text. */
    String awaitOp(int... ops) throws IOException {
      while (true) {
        ClientFrame f = readFrame();
        if (f.opcode() == 0x8) {
          throw new EOFException("the client closed while the server waited for op " + java.util.Arrays.toString(ops));
        }
        for (int op : ops) {
          if (f.opcode() == 0x1 && f.text().contains("\"op\":" + op + ",")) {
            return f.text();
          }
        }
      }
    }

    /** The next frame the client sends, unmasked. */
    ClientFrame readFrame() throws IOException {
      int b0 = readByte();
      int b1 = readByte();
      long length = b1 & 0x7F;
      if (length == 126) {
        length = (readByte() << 8) | readByte();
      } else if (length == 127) {
        length = ByteBuffer.wrap(readBytes(8)).getLong();
      }
      byte[] mask = (b1 & 0x80) != 0 ? readBytes(4) : null;
      byte[] payload = readBytes((int) length);
      if (mask != null) {
        for (int i = 0; i < payload.length; i++) {
          payload[i] ^= mask[i & 3];
        }
      }
      return new ClientFrame((b0 & 0x80) != 0, b0 & 0x0F, payload);
    }

    /** Every frame the client sends until it closes its side, the close frame included. */
    List<ClientFrame> readUntilClosed() throws IOException {
      List<ClientFrame> frames = new ArrayList<>();
      try {
        while (true) {
          frames.add(readFrame());
        }
      } catch (EOFException | java.net.SocketException e) {
        return frames;
      }
    }

    private int readByte() throws IOException {
      int b = in.read();
      if (b < 0) {
        throw new EOFException();
      }
      return b;
    }

    private byte[] readBytes(int n) throws IOException {
      byte[] bytes = in.readNBytes(n);
      if (bytes.length < n) {
        throw new EOFException();
      }
      return bytes;
    }

    /** A frame whose first byte is {@code first} (FIN, RSV, opcode), unmasked, the shortest length. */
    static byte[] frame(int first, byte[] payload) {
      return WireFrames.frame(first, payload);
    }
  }
}

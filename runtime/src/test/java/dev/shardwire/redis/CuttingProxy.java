package dev.shardwire.redis;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback TCP proxy in front of a Redis, to lose commands or replies on their way: {@link
 * #hold()} makes it keep what clients send from then on (Redis never sees it), {@link
 * #swallowReplies()} what Redis answers (the commands run), {@link #closeConnections()} closes
 * every connection in order, and {@link #cut()} resets every
 * connection (RST both ways, as a failing network or a killed peer does), so that the commands a
 * client sent meanwhile fail with the connection, unexecuted or unanswered. New connections are forwarded as
 * usual.
 */
final class CuttingProxy implements AutoCloseable {

  private final ServerSocket server;
  private final int upstreamPort;
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();
  private final StringBuffer held = new StringBuffer();
  private final StringBuffer swallowed = new StringBuffer();
  private volatile boolean holding;
  /** Counts the cuts: a connection is held or swallowed only while no cut came after it was made. */
  private volatile int generation;
  private volatile boolean swallowing;

  CuttingProxy(int upstreamPort) throws IOException {
    this.upstreamPort = upstreamPort;
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    daemon(this::accept, "proxy-accept").start();
  }

  /** The port clients connect to. */
  int port() {
    return server.getLocalPort();
  }

  /** From now on, what clients of the connections open now send is kept here, not forwarded. */
  void hold() {
    holding = true;
  }

  /** What clients sent since {@link #hold()}, as text (RESP commands are mostly ASCII). */
  String held() {
    return held.toString();
  }

  /**
   * From now on, what Redis answers on the connections open now is kept here, not forwarded:
   * commands run, their replies are lost.
   */
  void swallowReplies() {
    swallowing = true;
  }

  /** What Redis answered since {@link #swallowReplies()}, as text. */
  String swallowed() {
    return swallowed.toString();
  }

  /** Resets every open connection, both ways, and forwards again. */
  void cut() throws IOException {
    end(true);
  }

  /** Closes every open connection, both ways, in order (FIN, as a peer that closes does), and forwards again. */
  void closeConnections() throws IOException {
    end(false);
  }

  private void end(boolean reset) throws IOException {
    // Connections made from now on (a client reconnecting at once) are forwarded whatever the
    // flags say until they are cleared below: holding their handshake would hang them.
    generation++;
    for (Socket socket : sockets) {
      if (reset) {
        try {
          socket.setSoLinger(true, 0); // close() sends RST
        } catch (SocketException closedAlready) {
          // its peer went away
        }
      }
      socket.close();
    }
    sockets.clear();
    holding = false;
    swallowing = false;
    held.setLength(0);
    swallowed.setLength(0);
  }

  private void accept() {
    try {
      while (true) {
        Socket client = server.accept();
        Socket upstream = new Socket();
        upstream.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), upstreamPort));
        sockets.add(client);
        sockets.add(upstream);
        int made = generation;
        daemon(() -> pump(client, upstream, true, made), "proxy-up").start();
        daemon(() -> pump(upstream, client, false, made), "proxy-down").start();
      }
    } catch (IOException closed) {
      // close()
    }
  }

  private void pump(Socket from, Socket to, boolean upstream, int made) {
    byte[] buffer = new byte[8192];
    try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
      for (int n; (n = in.read(buffer)) >= 0; ) {
        if ((upstream ? holding : swallowing) && made == generation) {
          (upstream ? held : swallowed).append(new String(buffer, 0, n, StandardCharsets.ISO_8859_1));
        } else {
          out.write(buffer, 0, n);
          out.flush();
        }
      }
    } catch (IOException cut) {
      // cut() or the peer went away
    }
  }

  private static Thread daemon(Runnable task, String name) {
    Thread thread = new Thread(task, name);
    thread.setDaemon(true);
    return thread;
  }

  @Override
  public void close() throws IOException {
    server.close();
    cut();
  }
}

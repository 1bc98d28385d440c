package dev.shardwire.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A real {@code redis-server} for tests of a bot scaled out on Redis, as {@link EmbeddedGateway}
 * is a real gateway: started from the {@code redis-server} on the {@code PATH} (Debian's package
 * works) on a free loopback port, with persistence off and a temporary directory that {@link
 * #close()} deletes. No Redis client is needed to use it: readiness is checked with a raw {@code
 * PING}.
 *
 * <pre>{@code
 * try (RedisServer redis = RedisServer.start()) {
 *   RedisClient client = RedisClient.create(redis.uri());
 *   …
 * }
 * }</pre>
 */
public final class RedisServer implements AutoCloseable {

  /** How long {@link #start()} waits for the server to answer by default; generous for loaded machines. */
  public static final Duration DEFAULT_START_TIMEOUT = Duration.ofSeconds(60);

  private final Path directory;
  private final int port;
  private Process process;

  private RedisServer(Path directory, int port) {
    this.directory = directory;
    this.port = port;
  }

  /**
   * Starts a server and waits until it answers {@code PING}.
   *
   * @throws IllegalStateException if {@code redis-server} is not installed or never answers
   */
  public static RedisServer start() {
    try {
      RedisServer server = new RedisServer(Files.createTempDirectory("shardwire-redis"), freePort());
      server.launch();
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The server's URI for Redis clients: {@code redis://127.0.0.1:<port>}. */
  public String uri() {
    return "redis://127.0.0.1:" + port;
  }

  /** The loopback port the server listens on; it stays the same across {@link #stop()} and {@link #restart()}. */
  public int port() {
    return port;
  }

  /** The server process's id (for example to read its CPU time), while it runs. */
  public long pid() {
    return process.pid();
  }

  /**
   * Stops the server, as an outage would: clients see their connections close, and reconnecting
   * fails until {@link #restart()}. Nothing is persisted, so the data goes with it.
   */
  public void stop() throws InterruptedException {
    process.destroy();
    process.waitFor();
  }

  /** Starts the server again, empty, on the same port, after {@link #stop()}; waits until it answers. */
  public void restart() {
    launch();
  }

  private void launch() {
    try {
      process = new ProcessBuilder(
              "redis-server", "--port", Integer.toString(port), "--bind", "127.0.0.1",
              "--save", "", "--appendonly", "no", "--dir", directory.toString())
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(directory.resolve("redis.log").toFile()))
          .start();
    } catch (IOException e) {
      throw new IllegalStateException("could not start redis-server: install it (Debian's redis-server package)", e);
    }
    awaitPong(DEFAULT_START_TIMEOUT);
  }

  private void awaitPong(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    IOException last = null;
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("redis-server exited with " + process.exitValue() + "; see " + directory.resolve("redis.log"));
      }
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1_000);
        socket.setSoTimeout(1_000);
        OutputStream out = socket.getOutputStream();
        out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
        byte[] reply = socket.getInputStream().readNBytes(7);
        if ("+PONG\r\n".equals(new String(reply, StandardCharsets.US_ASCII))) {
          return;
        }
      } catch (IOException e) {
        last = e;
      }
      try {
        Thread.sleep(20); // polling a process that is starting: nothing to wait on but time
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    process.destroy();
    throw new IllegalStateException("redis-server did not answer PING on port " + port + " within " + timeout, last);
  }

  /** Stops the server and deletes its directory. */
  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      stop();
    }
    try (Stream<Path> files = Files.walk(directory)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String toString() {
    return "RedisServer[" + uri() + "]";
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}

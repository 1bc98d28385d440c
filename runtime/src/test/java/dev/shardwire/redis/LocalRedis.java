package dev.shardwire.redis;

import static org.awaitility.Awaitility.await;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A real {@code redis-server} (Debian's package) on a free loopback port, with persistence off
 * and a temporary directory, for one test class. {@code .ci/run} installs it when it is missing.
 */
final class LocalRedis implements AutoCloseable {

  private Process process;
  private final Path directory;
  private final int port;
  private final RedisClient client;
  private final List<StatefulRedisConnection<String, String>> connections = new ArrayList<>();

  private LocalRedis(Process process, Path directory, int port) {
    this.process = process;
    this.directory = directory;
    this.port = port;
    this.client = RedisClient.create(RedisURI.create("127.0.0.1", port));
  }

  static LocalRedis start() {
    try {
      Path directory = Files.createTempDirectory("shardwire-redis");
      int port = freePort();
      LocalRedis redis = new LocalRedis(launch(directory, port), directory, port);
      try {
        redis.awaitPong();
      } catch (RuntimeException | Error e) {
        try {
          redis.close(); // a test class that fails to start never closes it: never leave a server behind
        } catch (Exception suppressed) {
          e.addSuppressed(suppressed);
        }
        throw e;
      }
      return redis;
    } catch (IOException e) {
      throw new UncheckedIOException("could not start redis-server; install Debian's redis-server package", e);
    }
  }

  private static Process launch(Path directory, int port) throws IOException {
    return new ProcessBuilder(
            "redis-server", "--port", Integer.toString(port), "--bind", "127.0.0.1",
            "--save", "", "--appendonly", "no", "--dir", directory.toString())
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(directory.resolve("redis.log").toFile()))
        .start();
  }

  private void awaitPong() {
    // Generous: the first connection of a JVM loads Lettuce and Netty, which takes seconds on a loaded machine.
    await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() -> "PONG".equals(connect().sync().ping()));
  }

  /**
   * Stops the server (an outage): its clients see their connections close and reconnecting fail
   * until {@link #restart()}. Nothing is persisted, so the data goes with it.
   */
  void stop() throws InterruptedException {
    process.destroy();
    process.waitFor();
  }

  /** Starts the server again on the same port, empty, after {@link #stop()}. */
  void restart() {
    try {
      process = launch(directory, port);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    awaitPong();
  }

  /** A new connection, closed with this server. */
  StatefulRedisConnection<String, String> connect() {
    StatefulRedisConnection<String, String> connection = client.connect();
    connections.add(connection);
    return connection;
  }

  int port() {
    return port;
  }

  @Override
  public void close() throws Exception {
    connections.forEach(StatefulRedisConnection::close);
    client.shutdown();
    process.destroy();
    process.waitFor();
    try (Stream<Path> files = Files.walk(directory)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}

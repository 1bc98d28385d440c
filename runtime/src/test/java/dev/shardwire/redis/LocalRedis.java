package dev.shardwire.redis;

import dev.shardwire.testing.RedisServer;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import java.util.ArrayList;
import java.util.List;

/**
 * A real {@code redis-server} for one test class ({@link RedisServer}: a free loopback port,
 * persistence off, a temporary directory), with a Lettuce client whose connections close with it.
 * {@code .ci/run} installs {@code redis-server} when it is missing.
 */
final class LocalRedis implements AutoCloseable {

  private final RedisServer server;
  private final RedisClient client;
  private final List<StatefulRedisConnection<String, String>> connections = new ArrayList<>();

  private LocalRedis(RedisServer server) {
    this.server = server;
    this.client = RedisClient.create(RedisURI.create("127.0.0.1", server.port()));
  }

  static LocalRedis start() {
    return new LocalRedis(RedisServer.start());
  }

  /**
   * Stops the server (an outage): its clients see their connections close and reconnecting fail
   * until {@link #restart()}. Nothing is persisted, so the data goes with it.
   */
  void stop() throws InterruptedException {
    server.stop();
  }

  /** Starts the server again on the same port, empty, after {@link #stop()}. */
  void restart() {
    server.restart();
  }

  /** A new connection, closed with this server. */
  StatefulRedisConnection<String, String> connect() {
    StatefulRedisConnection<String, String> connection = client.connect();
    connections.add(connection);
    return connection;
  }

  int port() {
    return server.port();
  }

  @Override
  public void close() throws Exception {
    connections.forEach(StatefulRedisConnection::close);
    client.shutdown();
    server.close();
  }
}

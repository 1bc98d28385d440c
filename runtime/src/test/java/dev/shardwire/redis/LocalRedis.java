package dev.shardwire.redis;

import dev.shardwire.testing.RedisServer;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.Delay;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real {@code redis-server} for one test class ({@link RedisServer}: a free loopback port,
 * persistence off, a temporary directory), started before the class's tests and stopped after
 * them, with a Lettuce client whose connections close with it. Registered as
 * {@code @RegisterExtension static final LocalRedis redis = LocalRedis.perClass();}. {@code .ci/run}
 * installs {@code redis-server} when it is missing.
 */
final class LocalRedis implements BeforeAllCallback, AfterAllCallback {

  private final List<StatefulRedisConnection<String, String>> connections = new ArrayList<>();
  private RedisServer server;
  private ClientResources resources;
  private RedisClient client;

  private LocalRedis() {}

  /** A server for the test class that registers it; it runs from before its first test to after its last. */
  static LocalRedis perClass() {
    return new LocalRedis();
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    server = RedisServer.start();
    // Lettuce's default reconnect backoff grows to 30 s; a short constant one makes clients come
    // back soon after restart() (the README says the same for production).
    resources = ClientResources.builder().reconnectDelay(Delay.constant(Duration.ofMillis(100))).build();
    client = RedisClient.create(resources, RedisURI.create("127.0.0.1", server.port()));
  }

  @Override
  public void afterAll(ExtensionContext context) throws Exception {
    connections.forEach(StatefulRedisConnection::close);
    client.shutdown();
    resources.shutdown().get(10, TimeUnit.SECONDS);
    server.close();
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

  /** The client of this server, which reconnects within 100 ms of a {@link #restart()}; shut down with it. */
  RedisClient client() {
    return client;
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
}

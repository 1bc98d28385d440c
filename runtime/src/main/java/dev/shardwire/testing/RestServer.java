package dev.shardwire.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * The one REST endpoint a gateway client needs, {@code GET /api/v10/gateway/bot}, on its own
 * loopback port beside the WebSocket server: Java-WebSocket's server answers only upgrade
 * requests, so plain HTTP cannot share its port. The JDK's own server needs no dependency.
 */
final class RestServer {

  static final String GATEWAY_BOT_PATH = "/api/v10/gateway/bot";

  private final HttpServer http;
  private final ExecutorService executor;
  private final GatewayConfig config;
  private final Supplier<String> gatewayUrl;
  private final List<String> authorizations = new CopyOnWriteArrayList<>();

  RestServer(String host, GatewayConfig config, Supplier<String> gatewayUrl) {
    this.config = config;
    this.gatewayUrl = gatewayUrl;
    try {
      this.http = HttpServer.create(new InetSocketAddress(host, 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException("the embedded gateway's REST endpoint could not bind " + host, e);
    }
    this.executor = Executors.newSingleThreadExecutor(r -> {
      Thread thread = new Thread(r, "embedded-gateway-rest");
      thread.setDaemon(true);
      return thread;
    });
    http.setExecutor(executor);
    http.createContext(GATEWAY_BOT_PATH, this::gatewayBot);
    http.start();
  }

  /** The API's base URL, as {@code http://127.0.0.1:40124/api/v10}. */
  String apiUrl() {
    InetSocketAddress address = http.getAddress();
    return "http://" + address.getHostString() + ":" + address.getPort() + "/api/v10";
  }

  /** How many {@code GET /gateway/bot} requests arrived. */
  int gatewayBotRequests() {
    return authorizations.size();
  }

  private void gatewayBot(HttpExchange exchange) throws IOException {
    try (exchange) {
      String authorization = exchange.getRequestHeaders().getFirst("Authorization");
      authorizations.add(authorization == null ? "" : authorization);
      if (!"GET".equals(exchange.getRequestMethod())) {
        respond(exchange, 405, "{\"message\": \"405: Method Not Allowed\", \"code\": 0}");
      } else if (authorization == null || !authorization.startsWith("Bot ")
          || !config.accepts(authorization.substring("Bot ".length()))) {
        respond(exchange, 401, "{\"message\": \"401: Unauthorized\", \"code\": 0}");
      } else {
        respond(exchange, 200, "{\"url\": \"" + gatewayUrl.get() + "\", \"shards\": " + config.recommendedShards()
            + ", \"session_start_limit\": {\"total\": 1000, \"remaining\": 999, \"reset_after\": 14400000,"
            + " \"max_concurrency\": " + config.maxConcurrency() + "}}");
      }
    }
  }

  private static void respond(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  void stop() {
    http.stop(0);
    executor.shutdownNow();
  }
}

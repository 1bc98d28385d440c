package dev.shardwire.gateway.client;

import dev.shardwire.gateway.InvalidSettingException;
import dev.shardwire.gateway.session.GatewayUrls;
import dev.shardwire.gateway.session.Token;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Asks Discord's REST API for {@code GET /gateway/bot} with the bot token, through the JDK's
 * {@link HttpClient}. The token goes in the {@code Authorization} header only; no message or log
 * line of this class contains it.
 */
public final class GatewayBotEndpoint {

  /** Discord's REST API, version 10, used when no other API URL is given. */
  public static final String DISCORD_API_URL = "https://discord.com/api/v10";

  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private GatewayBotEndpoint() {}

  /**
   * Checks an API URL as {@link #fetch} takes it: {@code https://HOST[:PORT][/PATH]}, or {@code
   * http://} on a loopback host (an embedded gateway's).
   *
   * @return the URL
   * @throws InvalidSettingException naming {@code apiUrl} and the value
   */
  public static String checkApiUrl(String apiUrl) {
    URI uri;
    try {
      uri = new URI(Objects.requireNonNull(apiUrl, "apiUrl"));
    } catch (URISyntaxException e) {
      throw new InvalidSettingException("apiUrl", apiUrl, "must be a URL", e);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    boolean secure = scheme.equals("https");
    boolean loopback = scheme.equals("http") && uri.getHost() != null && GatewayUrls.isLoopback(uri.getHost());
    if (uri.getHost() == null || !(secure || loopback) || uri.getRawQuery() != null) {
      throw new InvalidSettingException("apiUrl", apiUrl, "must be https://HOST[:PORT][/PATH], or http:// on a loopback host");
    }
    return apiUrl;
  }

  /**
   * Fetches the gateway information of the bot whose token {@code options} hold.
   *
   * @throws IllegalStateException if the options hold no token, or as {@link #fetch(String, String)}
   */
  public static GatewayBotInfo fetch(String apiUrl, ShardOptions options) {
    if (!options.hasToken()) {
      throw new IllegalStateException("GET /gateway/bot needs a token; none is set");
    }
    return fetch(apiUrl, options.token);
  }

  /**
   * Fetches the gateway information of the bot whose token is {@code token}.
   *
   * @param apiUrl the REST API's base URL, as {@link #DISCORD_API_URL}
   * @throws IllegalStateException if the API refuses the token, answers with another error or with
   *     something that is not the documented object
   * @throws UncheckedIOException if the API cannot be reached
   */
  public static GatewayBotInfo fetch(String apiUrl, String token) {
    Objects.requireNonNull(apiUrl, "apiUrl");
    Token secret = new Token(Objects.requireNonNull(token, "token"));
    URI uri = URI.create(apiUrl.endsWith("/") ? apiUrl + "gateway/bot" : apiUrl + "/gateway/bot");
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(TIMEOUT)
            .header("Authorization", "Bot " + secret.reveal())
            .header("User-Agent", "DiscordBot (shardwire, 0.1)")
            .GET()
            .build();
    HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    HttpResponse<String> response;
    try {
      response = client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException("GET " + uri + " failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for GET " + uri, e);
    }
    if (response.statusCode() == 401) {
      throw new IllegalStateException("GET " + uri + " refused the bot token (401 Unauthorized); check the token");
    }
    if (response.statusCode() != 200) {
      throw new IllegalStateException("GET " + uri + " answered " + response.statusCode()
          + "; give GatewayBot.builder() a shardCount and maxConcurrency to start without it");
    }
    return parse(uri, response.body());
  }

  static GatewayBotInfo parse(URI uri, String body) {
    try {
      JsonNode root = JSON.readTree(body);
      JsonNode limit = root.path("session_start_limit");
      if (!root.path("url").isString() || !root.path("shards").isIntegralNumber()
          || !limit.path("max_concurrency").isIntegralNumber()) {
        throw new IllegalStateException("GET " + uri + " answered without url, shards or"
            + " session_start_limit.max_concurrency: " + abbreviate(body));
      }
      return new GatewayBotInfo(
          root.path("url").asString(),
          root.path("shards").asInt(),
          limit.path("total").asInt(0),
          limit.path("remaining").asInt(0),
          Duration.ofMillis(limit.path("reset_after").asLong(0)),
          limit.path("max_concurrency").asInt());
    } catch (JacksonException e) {
      throw new IllegalStateException("GET " + uri + " answered with something that is not JSON: " + abbreviate(body), e);
    }
  }

  private static String abbreviate(String body) {
    return body.length() <= 200 ? body : body.substring(0, 200) + "…";
  }
}

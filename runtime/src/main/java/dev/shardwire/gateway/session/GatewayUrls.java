package dev.shardwire.gateway.session;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Checks gateway URLs and adds the query a v10 JSON connection needs. */
public final class GatewayUrls {

  private GatewayUrls() {}

  /**
   * Parses a gateway URL: {@code wss://} anywhere, {@code ws://} only on a loopback host.
   *
   * @throws IllegalArgumentException naming the URL and what is wrong with it
   */
  public static URI check(String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a valid gateway URL: " + url, e);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (uri.getHost() == null) {
      throw new IllegalArgumentException("gateway URL has no host: " + url);
    }
    if (scheme.equals("wss")) {
      return uri;
    }
    if (scheme.equals("ws") && isLoopback(uri.getHost())) {
      return uri;
    }
    throw new IllegalArgumentException(
        "gateway URL must use wss:// (ws:// is allowed only on a loopback host): " + url);
  }

  /** The connection URI: the base's scheme, host, port and path, with {@code v=10&encoding=json}. */
  static URI connectUri(URI base, boolean compress) {
    String path = base.getRawPath() == null || base.getRawPath().isEmpty() ? "/" : base.getRawPath();
    String query = "v=10&encoding=json" + (compress ? "&compress=zlib-stream" : "");
    String authority = base.getRawAuthority();
    return URI.create(base.getScheme() + "://" + authority + path + "?" + query);
  }

  /** Whether a host name or literal is loopback, decided without DNS. */
  public static boolean isLoopback(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    if (h.startsWith("[") && h.endsWith("]")) {
      h = h.substring(1, h.length() - 1);
    }
    return h.equals("localhost") || h.equals("::1") || h.equals("0:0:0:0:0:0:0:1")
        || h.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
  }
}

package dev.shardwire.testing;

import java.util.HashMap;
import java.util.Map;

/**
 * A gateway connection's query string, checked as Discord checks it before HELLO.
 *
 * <p>Versions: Discord's API reference lists 10 and 9 as available, 8 as deprecated (still
 * served), and 7 and 6 as deprecated, but its v10 change log decommissioned those two in early
 * 2023; 5 and below are discontinued. The embedded gateway therefore accepts {@code v} 8, 9 and
 * 10 and closes any other version, or a connection without one, with 4012 "Invalid API version",
 * as Discord does. It serves every accepted version the same v10 payloads (their differences,
 * such as v8's absent thread events, do not concern the fields it writes).
 *
 * <p>Encoding: {@code json}, or no {@code encoding} at all (Discord's default), is served; {@code
 * etf}, which Discord accepts, is not spoken here, and it and any unknown encoding close with
 * 4002, the code Discord gives a payload it cannot decode.
 */
final class ConnectQuery {

  /** The lowest API version Discord still serves on its gateway. */
  static final int OLDEST_VERSION = 8;
  /** The newest API version Discord serves. */
  static final int NEWEST_VERSION = 10;

  /** What a connection with this query gets instead of HELLO: a close code, or 0 to go on. */
  record Refusal(int code, String reason) {}

  private final Map<String, String> params = new HashMap<>();

  ConnectQuery(String query) {
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        // The first value wins, as a repeated parameter is nothing a client means.
        params.putIfAbsent(pair.substring(0, eq), pair.substring(eq + 1));
      }
    }
  }

  /** Whether the client asked for zlib-stream transport compression. */
  boolean zlibStream() {
    return "zlib-stream".equals(params.get("compress"));
  }

  /** The close the query earns, or null when the connection gets its HELLO. */
  Refusal refusal() {
    Integer version = version();
    if (version == null || version < OLDEST_VERSION || version > NEWEST_VERSION) {
      return new Refusal(4012, "Invalid API version");
    }
    String encoding = params.getOrDefault("encoding", "json");
    if (!encoding.equals("json")) {
      return new Refusal(4002, "Only encoding=json is served");
    }
    return null;
  }

  private Integer version() {
    String v = params.get("v");
    if (v == null || v.isEmpty() || v.length() > 3) {
      return null;
    }
    for (int i = 0; i < v.length(); i++) {
      if (v.charAt(i) < '0' || v.charAt(i) > '9') {
        return null;
      }
    }
    return Integer.parseInt(v);
  }
}

package dev.shardwire.gateway;

/**
 * Discord's gateway close codes and what a shard does after each: stop (fatal), start a new
 * session, or resume the current one.
 */
public final class CloseCodes {

  /** The code a shard closes with when it means to resume (anything but 1000/1001 keeps the session). */
  public static final int RESUMABLE = 4900;

  /** The code a shard closes with when it shuts down; it ends the session. */
  public static final int SHUTDOWN = 1000;

  private CloseCodes() {}

  /**
   * Whether the gateway forbids reconnecting after {@code code}: authentication failed (4004),
   * invalid shard (4010), sharding required (4011), invalid API version (4012), invalid intents
   * (4013), disallowed intents (4014).
   */
  public static boolean isFatal(int code) {
    return code == 4004 || (code >= 4010 && code <= 4014);
  }

  /** Whether reconnecting after {@code code} must identify anew: invalid seq (4007), session timed out (4009). */
  public static boolean forgetsSession(int code) {
    return code == 4007 || code == 4009;
  }

  /**
   * The name RFC 6455 or Discord gives {@code code}, or {@code "unknown"}; -1 is the code the
   * WebSocket library reports for a connection that never opened.
   */
  public static String describe(int code) {
    switch (code) {
      case -1: return "never connected: the TCP connection or the WebSocket upgrade failed"; // Java-WebSocket's
      case 1000: return "normal closure";
      case 1001: return "going away";
      case 1002: return "protocol error";
      case 1003: return "unsupported data";
      case 1005: return "no status";
      case 1006: return "abnormal closure";
      case 1007: return "invalid frame payload data";
      case 1008: return "policy violation";
      case 1009: return "message too big";
      case 1011: return "internal error";
      case 1012: return "service restart";
      case 1013: return "try again later";
      case 1014: return "bad gateway";
      case 4000: return "unknown error";
      case 4001: return "unknown opcode";
      case 4002: return "decode error";
      case 4003: return "not authenticated";
      case 4004: return "authentication failed";
      case 4005: return "already authenticated";
      case 4007: return "invalid seq";
      case 4008: return "rate limited";
      case 4009: return "session timed out";
      case 4010: return "invalid shard";
      case 4011: return "sharding required";
      case 4012: return "invalid API version";
      case 4013: return "invalid intents";
      case 4014: return "disallowed intents";
      default: return "unknown";
    }
  }
}

package dev.shardwire.redis;

import io.lettuce.core.RedisCommandExecutionException;
import java.util.Set;

/** Reads Redis's error replies, which start with an error code: {@code NOGROUP No such key …}. */
final class RedisErrors {

  /** The error codes of replies that refuse writes for a while, not the command (see {@link #refusedForNow}). */
  private static final Set<String> REFUSED_FOR_NOW = Set.of(
      "LOADING", "OOM", "READONLY", "MISCONF", "BUSY", "MASTERDOWN", "NOREPLICAS", "TRYAGAIN", "CLUSTERDOWN");

  private RedisErrors() {}

  /**
   * Whether an error reply says that Redis takes no writes for now, rather than that the command
   * is wrong: it is loading its data set (after a restart), out of memory, a replica (after a
   * failover), busy with a script, and the like. What it refused is sent again later.
   */
  static boolean refusedForNow(Throwable error) {
    return REFUSED_FOR_NOW.contains(code(error));
  }

  /**
   * The error code of the reply {@code error} carries ({@code NOGROUP}, {@code BUSYGROUP}, {@code
   * LOADING} …), or "" when {@code error} is no error reply of Redis (a lost connection, say).
   */
  static String code(Throwable error) {
    if (!(error instanceof RedisCommandExecutionException) || error.getMessage() == null) {
      return "";
    }
    String message = withoutScriptLocation(error.getMessage());
    int space = message.indexOf(' ');
    return space < 0 ? message.strip() : message.substring(0, space);
  }

  /**
   * Why {@code error} happened, for a log line: the message of Redis's error reply in its causes
   * ({@code WRONGPASS invalid username-password pair …}), else its deepest cause ({@code
   * Connection refused: /127.0.0.1:6379}). Lettuce wraps both in an exception that names only the
   * address it could not connect to.
   */
  static String reason(Throwable error) {
    Throwable deepest = error;
    // At most 16 causes deep: a chain that loops through two exceptions never ends otherwise.
    int depth = 0;
    for (Throwable cause = error; cause != null && depth < 16; cause = cause.getCause(), depth++) {
      if (cause instanceof RedisCommandExecutionException && cause.getMessage() != null) {
        return cause.getMessage();
      }
      deepest = cause;
    }
    return deepest.getMessage() != null ? deepest.getMessage() : deepest.toString();
  }

  /**
   * The error without the place in a script where it was raised: before Redis 7, an error that
   * {@code redis.pcall} answers inside a script reads {@code @user_script: 3: -OOM command not
   * allowed …}, where Redis 7 answers {@code OOM command not allowed …}.
   */
  private static String withoutScriptLocation(String message) {
    if (!message.startsWith("@")) {
      return message;
    }
    int dash = message.indexOf(": -");
    return dash < 0 ? message : message.substring(dash + 3);
  }
}

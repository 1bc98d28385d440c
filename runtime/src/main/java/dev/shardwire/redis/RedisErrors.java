package dev.shardwire.redis;

import io.lettuce.core.RedisCommandExecutionException;

/** Reads Redis's error replies, which start with an error code: {@code NOGROUP No such key …}. */
final class RedisErrors {

  private RedisErrors() {}

  /**
   * The error code of the reply {@code error} carries ({@code NOGROUP}, {@code BUSYGROUP}, {@code
   * LOADING} …), or "" when {@code error} is no error reply of Redis (a lost connection, say).
   */
  static String code(Throwable error) {
    if (!(error instanceof RedisCommandExecutionException) || error.getMessage() == null) {
      return "";
    }
    String message = error.getMessage();
    int space = message.indexOf(' ');
    return space < 0 ? message : message.substring(0, space);
  }
}

package dev.shardwire.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.RedisConnectionException;
import org.junit.jupiter.api.Test;

/** The error codes read from Redis's replies, as Redis 7 and earlier word them. */
class RedisErrorsTest {

  @Test
  void theCodeIsTheReplysFirstWord() {
    assertEquals("NOGROUP", RedisErrors.code(new RedisCommandExecutionException("NOGROUP No such key 'x' or consumer group 'g'")));
    assertEquals("LOADING", RedisErrors.code(new RedisCommandExecutionException("LOADING")));
  }

  @Test
  void anErrorRaisedInsideAScriptBeforeRedis7HasTheSameCode() {
    // What redis.pcall answers in Redis 6 for a write refused at maxmemory: where in the script,
    // then the reply with its dash and line end.
    assertEquals("OOM", RedisErrors.code(new RedisCommandExecutionException(
        "@user_script: 4: -OOM command not allowed when used memory > 'maxmemory'.\r\n")));
    assertEquals("READONLY", RedisErrors.code(new RedisCommandExecutionException(
        "@user_script: 4: -READONLY You can't write against a read only replica.\r\n")));
    assertEquals("NOPERM", RedisErrors.code(new RedisCommandExecutionException("@user_script: 1: -NOPERM\r\n")));
  }

  @Test
  void whatIsNoErrorReplyHasNoCode() {
    assertEquals("", RedisErrors.code(new RedisConnectionException("connection lost")));
    assertEquals("", RedisErrors.code(new IllegalStateException("LOADING")));
  }

  @Test
  void theReasonOfAFailedConnectionIsRedissAnswerOrTheDeepestCause() {
    RedisConnectionException wrongPassword = new RedisConnectionException("Unable to connect to 127.0.0.1/<unresolved>:6379",
        new RedisCommandExecutionException("WRONGPASS invalid username-password pair or user is disabled."));
    assertEquals("WRONGPASS invalid username-password pair or user is disabled.", RedisErrors.reason(wrongPassword));
    RedisConnectionException refused = new RedisConnectionException("Unable to connect to 127.0.0.1/<unresolved>:6379",
        new java.io.IOException("wrapped", new java.net.ConnectException("Connection refused")));
    assertEquals("Connection refused", RedisErrors.reason(refused));
    assertEquals("java.lang.IllegalStateException", RedisErrors.reason(new IllegalStateException()));
  }
}

package dev.shardwire.gateway;

import java.time.Duration;
import java.util.Optional;

/**
 * The server at the gateway URL did not accept the WebSocket upgrade: it answered the opening
 * handshake with an HTTP status other than 101, or with a 101 that RFC 6455 does not allow (no
 * {@code Upgrade: websocket}, no {@code Connection: Upgrade}, a missing or wrong {@code
 * Sec-WebSocket-Accept}). The connection never opened; the shard reports it and connects again
 * after its reconnect backoff, or after the answer's {@code Retry-After} when that is longer (at
 * most 10 minutes).
 */
public final class UpgradeRefusedException extends MalformedFrameException {

  private static final long serialVersionUID = 1L;

  private final int httpStatus;
  private final Duration retryAfter;

  /**
   * Makes the exception.
   *
   * @param httpStatus the HTTP status of the answer (101 when the answer was a 101 RFC 6455 refuses,
   *     -1 when it has none)
   * @param message what was wrong with the answer
   * @param retryAfter how long the answer's {@code Retry-After} asked to wait, or null
   */
  public UpgradeRefusedException(int httpStatus, String message, Duration retryAfter) {
    super(message);
    this.httpStatus = httpStatus;
    this.retryAfter = retryAfter;
  }

  /**
   * The HTTP status the server answered with, as {@code 503}; 101 for a 101 that RFC 6455 refuses;
   * -1 when the answer has none (not HTTP, or a head too long to read).
   */
  public int httpStatus() {
    return httpStatus;
  }

  /** How long the answer's {@code Retry-After} header asked the client to wait, if it had a valid one. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}

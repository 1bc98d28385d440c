package dev.shardwire.gateway.session;

import dev.shardwire.gateway.MalformedFrameException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Reads the few payloads the shard acts on itself (HELLO's interval, READY's session, op 9's
 * flag), with the streaming parser; everything else goes to the sink unread. The counterpart of
 * {@link GatewayPayloads}, which writes.
 */
final class InboundPayloads {

  /** What READY tells the shard about its session; {@code resumeUrl} may be null. */
  record ReadySession(String sessionId, String resumeUrl) {}

  private InboundPayloads() {}

  /**
   * HELLO's {@code heartbeat_interval}: what the shard beats at, between {@link
   * Heartbeater#MIN_INTERVAL_MILLIS} and {@link Heartbeater#MAX_INTERVAL_MILLIS}; {@code sent} is
   * the value as the frame wrote it, and {@code clamped} whether it asked for less or more.
   */
  record HelloInterval(long millis, String sent, boolean clamped) {}

  /**
   * HELLO's {@code heartbeat_interval} in milliseconds, clamped to {@link
   * Heartbeater#MIN_INTERVAL_MILLIS} .. {@link Heartbeater#MAX_INTERVAL_MILLIS}; {@code d} is
   * consumed. Any number of at least 1 is accepted, a fraction rounded down, however large: beating
   * more often than asked costs nothing, while an interval of years would mean a shard that never
   * notices a silent gateway, and one of a millisecond a shard that beats without pause.
   *
   * @throws MalformedFrameException if {@code d} is not an object with a positive interval
   */
  static HelloInterval heartbeatInterval(JsonParser d) {
    if (d == null || d.currentToken() != JsonToken.START_OBJECT) {
      throw new MalformedFrameException("HELLO's 'd' must be an object");
    }
    String sent = null;
    double millis = 0;
    String name;
    while ((name = d.nextName()) != null) {
      JsonToken token = d.nextToken();
      if (name.equals("heartbeat_interval") && token.isNumeric()) {
        sent = d.getString();
        // As a double: any size reads (a long would overflow past 2^63), and the clamp below
        // keeps the shard's own arithmetic (nanoseconds, jitter) far from overflowing.
        millis = d.getDoubleValue();
      } else {
        d.skipChildren();
      }
    }
    if (sent == null || !(millis >= 1)) {
      throw new MalformedFrameException("HELLO has no positive 'heartbeat_interval'"
          + (sent == null ? "" : " (got " + sent + ")"));
    }
    if (millis > Heartbeater.MAX_INTERVAL_MILLIS) {
      return new HelloInterval(Heartbeater.MAX_INTERVAL_MILLIS, sent, true);
    }
    if (millis < Heartbeater.MIN_INTERVAL_MILLIS) {
      return new HelloInterval(Heartbeater.MIN_INTERVAL_MILLIS, sent, true);
    }
    return new HelloInterval((long) millis, sent, false);
  }

  /**
   * READY's {@code session_id} and {@code resume_gateway_url}, with {@code p} on the first token
   * of {@code d}.
   *
   * @throws MalformedFrameException if {@code d} is not an object or has no session id
   */
  static ReadySession readySession(JsonParser p) {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw new MalformedFrameException("READY's 'd' must be an object");
    }
    String session = null;
    String resumeUrl = null;
    String name;
    while ((name = p.nextName()) != null) {
      JsonToken token = p.nextToken();
      if (name.equals("session_id") && token == JsonToken.VALUE_STRING) {
        session = p.getString();
      } else if (name.equals("resume_gateway_url") && token == JsonToken.VALUE_STRING) {
        resumeUrl = p.getString();
      } else {
        p.skipChildren();
      }
    }
    if (session == null) {
      throw new MalformedFrameException("READY has no 'session_id'");
    }
    return new ReadySession(session, resumeUrl);
  }

  /** Op 9's {@code d}: whether the session may still be resumed; {@code d} is consumed. */
  static boolean resumable(JsonParser d) {
    boolean resumable = d != null && d.currentToken() == JsonToken.VALUE_TRUE;
    skip(d);
    return resumable;
  }

  /** Consumes a {@code d} the shard does not read (null when the frame had none). */
  static void skip(JsonParser d) {
    if (d != null) {
      d.skipChildren();
    }
  }
}

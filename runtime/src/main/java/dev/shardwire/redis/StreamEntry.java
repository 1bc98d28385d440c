package dev.shardwire.redis;

import io.lettuce.core.StreamMessage;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One dispatch read from its stream: where it is (stream key, entry id, dispatch name) and what it
 * holds (shard, sequence, the raw payload).
 */
record StreamEntry(String stream, String id, String name, int shard, long sequence, byte[] payload) {

  /** The longest decimal number read: 19 digits always fit a long. */
  private static final int MAX_DIGITS = 18;

  /**
   * Reads {@code message} of the stream of dispatch {@code name}.
   *
   * @throws MalformedEntryException if a field is missing or bad, or the shard is not below {@code
   *     shardCount}
   */
  static StreamEntry read(StreamMessage<String, byte[]> message, String name, int shardCount) {
    String stream = message.getStream();
    String id = message.getId();
    Map<String, byte[]> body = message.getBody();
    long shard = decimal(stream, id, DispatchStreams.SHARD, body == null ? null : body.get(DispatchStreams.SHARD));
    if (shard >= shardCount) {
      throw new MalformedEntryException(stream, id, DispatchStreams.SHARD, "is " + shard + ", but the bot has " + shardCount + " shards");
    }
    long sequence = decimal(stream, id, DispatchStreams.SEQUENCE, body.get(DispatchStreams.SEQUENCE));
    byte[] payload = body.get(DispatchStreams.PAYLOAD);
    if (payload == null) {
      throw new MalformedEntryException(stream, id, DispatchStreams.PAYLOAD, "is missing");
    }
    return new StreamEntry(stream, id, name, (int) shard, sequence, payload);
  }

  private static long decimal(String stream, String id, String field, byte[] text) {
    if (text == null) {
      throw new MalformedEntryException(stream, id, field, "is missing");
    }
    if (text.length == 0 || text.length > MAX_DIGITS) {
      throw notDecimal(stream, id, field, text);
    }
    long value = 0;
    for (byte digit : text) {
      if (digit < '0' || digit > '9') {
        throw notDecimal(stream, id, field, text);
      }
      value = value * 10 + (digit - '0');
    }
    return value;
  }

  private static MalformedEntryException notDecimal(String stream, String id, String field, byte[] text) {
    String shown = new String(text, 0, Math.min(text.length, 40), StandardCharsets.UTF_8);
    return new MalformedEntryException(stream, id, field, "is \"" + shown + "\", not a decimal number of at most " + MAX_DIGITS + " digits");
  }
}

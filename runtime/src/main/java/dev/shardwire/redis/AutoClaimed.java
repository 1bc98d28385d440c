package dev.shardwire.redis;

import io.lettuce.core.Consumer;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.output.NestedMultiOutput;
import io.lettuce.core.protocol.CommandArgs;
import io.lettuce.core.protocol.CommandType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One {@code XAUTOCLAIM} and its whole reply: the next cursor, the entries claimed, and the ids of
 * the pending entries it found deleted from the stream (trimmed by its bound while pending) and
 * took out of the pending list. Redis 7.0 does so whatever the entries' idle time. Lettuce's own {@code xautoclaim} drops that third part of the reply,
 * and with it the only trace of those entries.
 */
record AutoClaimed(String cursor, List<StreamMessage<String, byte[]>> messages, List<String> deleted) {

  private static final RedisCodec<String, byte[]> CODEC = RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE);

  /** Claims for {@code consumer} up to {@code count} entries of {@code key} idle for {@code minIdle}, from {@code cursor}. */
  static AutoClaimed run(RedisCommands<String, byte[]> redis, String key, Consumer<String> consumer, Duration minIdle,
      String cursor, int count) {
    CommandArgs<String, byte[]> args = new CommandArgs<>(CODEC).addKey(key)
        .add(consumer.getGroup()).add(consumer.getName())
        .add(minIdle.toMillis()).add(cursor).add("COUNT").add(count);
    List<Object> reply = redis.dispatch(CommandType.XAUTOCLAIM, new NestedMultiOutput<>(CODEC), args);
    String next = text(reply.get(0));
    List<StreamMessage<String, byte[]>> messages = new ArrayList<>();
    for (Object item : (List<?>) reply.get(1)) {
      List<?> entry = (List<?>) item;
      Map<String, byte[]> body = new LinkedHashMap<>();
      if (entry.size() > 1 && entry.get(1) instanceof List<?> fields) {
        for (int i = 0; i + 1 < fields.size(); i += 2) {
          body.put(text(fields.get(i)), (byte[]) fields.get(i + 1));
        }
      }
      messages.add(new StreamMessage<>(key, text(entry.get(0)), body));
    }
    List<String> deleted = new ArrayList<>();
    if (reply.size() > 2 && reply.get(2) instanceof List<?> ids) {
      ids.forEach(id -> deleted.add(text(id)));
    }
    return new AutoClaimed(next, messages, deleted);
  }

  private static String text(Object bulk) {
    return bulk instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : String.valueOf(bulk);
  }
}

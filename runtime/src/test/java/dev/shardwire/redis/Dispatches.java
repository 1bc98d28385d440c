package dev.shardwire.redis;

import io.lettuce.core.RedisFuture;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Writes dispatches into a bot's streams as the gateway role does (the layout of {@link
 * DispatchStreams}), for the worker tests: XADD straight to Redis.
 */
final class Dispatches {

  private final RedisAsyncCommands<String, String> redis;
  private final DispatchStreams streams;

  Dispatches(StatefulRedisConnection<String, String> connection, String botKey) {
    this.redis = connection.async();
    this.streams = DispatchStreams.of(botKey);
  }

  /** A TYPING_START payload: who typed is {@code user}, so every payload differs. */
  static String typing(long user) {
    return "{\"channel_id\":\"1001\",\"guild_id\":\"2002\",\"user_id\":\"" + user + "\",\"timestamp\":1700000000}";
  }

  DispatchStreams streams() {
    return streams;
  }

  /** Adds one entry; returns its id. */
  String add(String name, int shard, long sequence, String payload) throws Exception {
    return redis.xadd(streams.keyOf(name), fields(shard, sequence, payload)).get(10, TimeUnit.SECONDS);
  }

  /** Adds one entry of raw fields; returns its id. */
  String addRaw(String name, Map<String, String> fields) throws Exception {
    return redis.xadd(streams.keyOf(name), fields).get(10, TimeUnit.SECONDS);
  }

  /**
   * Adds TYPING_START entries with sequences {@code 1..count}, shard {@code seq % shards},
   * pipelined; returns their ids in order.
   */
  List<String> addTyping(int count, int shards) throws Exception {
    List<RedisFuture<String>> sent = new ArrayList<>(count);
    for (int seq = 1; seq <= count; seq++) {
      sent.add(redis.xadd(streams.keyOf("TYPING_START"), fields(seq % shards, seq, typing(seq))));
    }
    List<String> ids = new ArrayList<>(count);
    for (RedisFuture<String> id : sent) {
      ids.add(id.get(30, TimeUnit.SECONDS));
    }
    return ids;
  }

  private static Map<String, String> fields(int shard, long sequence, String payload) {
    return Map.of(DispatchStreams.SHARD, Integer.toString(shard), DispatchStreams.SEQUENCE, Long.toString(sequence),
        DispatchStreams.PAYLOAD, payload);
  }
}

package dev.shardwire.testing;

import dev.shardwire.gateway.GatewayShard;

/**
 * A shard with no connection: the {@code shard()} of events a test builds by hand. It knows its id
 * and count; asking it for members throws.
 *
 * <pre>{@code
 * ShardResumedEvent event = ImmutableShardResumedEvent.builder()
 *     .app(GatewayBot.builder().build())
 *     .shard(DetachedShard.of(0, 1))
 *     .build();
 * }</pre>
 *
 * @param id the shard id
 * @param count the shard count
 */
public record DetachedShard(int id, int count) implements GatewayShard {

  /** Checks {@code 0 <= id < count}. */
  public DetachedShard {
    if (count < 1 || id < 0 || id >= count) {
      throw new IllegalArgumentException("shard " + id + " of " + count + " is not a shard: need 0 <= id < count");
    }
  }

  /** Shard {@code id} of {@code count}. */
  public static DetachedShard of(int id, int count) {
    return new DetachedShard(id, count);
  }
}

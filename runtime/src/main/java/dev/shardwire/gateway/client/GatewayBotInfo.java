package dev.shardwire.gateway.client;

import java.time.Duration;
import java.util.Objects;

/**
 * Discord's answer to {@code GET /gateway/bot}: the gateway URL, the recommended shard count and
 * the session start limit with its {@code max_concurrency} (how many shards may identify per 5 s).
 *
 * @param url the gateway's WebSocket URL
 * @param shards the recommended number of shards
 * @param sessionStartTotal how many sessions the bot may start per reset period
 * @param sessionStartRemaining how many it has left
 * @param resetAfter when the remaining count resets
 * @param maxConcurrency how many shards may identify per identify interval
 */
public record GatewayBotInfo(
    String url, int shards, int sessionStartTotal, int sessionStartRemaining, Duration resetAfter, int maxConcurrency) {

  /** Checks what a gateway could send wrong: a shard count or concurrency below 1. */
  public GatewayBotInfo {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(resetAfter, "resetAfter");
    if (shards < 1 || maxConcurrency < 1) {
      throw new IllegalArgumentException(
          "GET /gateway/bot recommended " + shards + " shards and max_concurrency " + maxConcurrency + "; both must be at least 1");
    }
  }
}

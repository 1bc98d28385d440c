package dev.shardwire.testing;

import dev.shardwire.models.ApplicationFlags;
import dev.shardwire.models.Snowflake;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What an {@link EmbeddedGateway} serves, fixed when it starts: HELLO's interval, READY's user,
 * application and guilds, the accepted token (null: any), the members, the replay limit, and what
 * {@code GET /gateway/bot} recommends.
 */
record GatewayConfig(Duration heartbeatInterval, Snowflake userId, String username, Snowflake applicationId,
    ApplicationFlags applicationFlags, List<Snowflake> guilds, Supplier<String> sessionIds, String token,
    Map<Snowflake, List<EmbeddedMember>> members, int replayLimit, boolean splitCompressedFrames,
    int recommendedShards, int maxConcurrency) {

  /** Whether IDENTIFY or RESUME carried an accepted token. */
  boolean accepts(String token) {
    return this.token == null || this.token.equals(token);
  }
}

package dev.shardwire.samples.bot;

import dev.shardwire.models.ApplicationFlags;
import dev.shardwire.models.Snowflake;
import dev.shardwire.testing.EmbeddedGateway;
import dev.shardwire.testing.EmbeddedMember;
import java.time.Duration;
import java.util.List;

/** The embedded gateway the sample runs against when given no gateway: three guilds, one of them big. */
final class DemoGateway {

  /** The guild with {@link #MEMBERS} members, whose member list the demo fetches. */
  static final Snowflake BIG_GUILD = Snowflake.of(1_100_000_000_000_000_001L);

  /** How many members {@link #BIG_GUILD} has: three chunks of at most 1,000. */
  static final int MEMBERS = 2_500;

  /** Every guild READY lists. */
  static final List<Snowflake> GUILDS = List.of(
      BIG_GUILD, Snowflake.of(1_100_000_000_000_000_002L), Snowflake.of(1_100_000_000_000_000_003L));

  private DemoGateway() {}

  /** Starts the gateway on a free loopback port; its GET /gateway/bot recommends {@code shards} shards. */
  static EmbeddedGateway start(int shards) {
    return EmbeddedGateway.builder()
        .recommendedShards(shards)
        .maxConcurrency(shards) // every shard may identify at once: the embedded gateway has no identify rate limit
        .heartbeatInterval(Duration.ofSeconds(10))
        .user(Snowflake.of(1_000_000_000_000_000_001L), "sample-bot")
        .application(Snowflake.of(1_000_000_000_000_000_002L), ApplicationFlags.of(0))
        .guilds(GUILDS)
        .members(BIG_GUILD, EmbeddedMember.numbered(1_200_000_000_000_000_001L, MEMBERS))
        .start();
  }
}

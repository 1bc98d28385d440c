package dev.shardwire.spi;

import dev.shardwire.GatewayBot;
import dev.shardwire.gateway.GatewayShard;
import dev.shardwire.testing.DetachedShard;

/** Decode contexts for tests: a bot and a fixed shard. */
final class TestContexts {

  static final GatewayBot BOT = GatewayBot.builder().build();

  static final GatewayShard SHARD =
      DetachedShard.of(0, 1);

  static final DecodeContext CONTEXT = new DecodeContext(BOT, SHARD);

  private TestContexts() {}
}

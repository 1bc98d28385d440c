package dev.shardwire.decode;

import dev.shardwire.GatewayBot;
import dev.shardwire.gateway.GatewayShard;

/** Decode contexts for tests: a bot and a fixed shard. */
final class TestContexts {

  static final GatewayBot BOT = new GatewayBot();

  static final GatewayShard SHARD =
      new GatewayShard() {
        @Override
        public int id() {
          return 0;
        }

        @Override
        public int count() {
          return 1;
        }
      };

  static final DecodeContext CONTEXT = new DecodeContext(BOT, SHARD);

  private TestContexts() {}
}

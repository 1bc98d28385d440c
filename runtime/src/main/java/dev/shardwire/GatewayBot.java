package dev.shardwire;

/**
 * A bot: its shards and its event manager. Every event's {@code app()}.
 */
public final class GatewayBot {

  /** Creates a bot. */
  public GatewayBot() {}
}

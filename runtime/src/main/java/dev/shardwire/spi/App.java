package dev.shardwire.spi;

import java.util.List;

/**
 * The application an event belongs to: what {@code Event.app()} returns.
 *
 * <p>{@code dev.shardwire.GatewayBot} implements it. It lives this low, rather than events naming
 * {@code GatewayBot} itself, so that the event and model layers never depend on the layers above
 * them (the bot wires the dispatcher and the gateway together, and both of those know events).
 * hikari's events hold an {@code app} trait for the same reason. A bot that needs more than this
 * interface offers keeps its own reference to its {@code GatewayBot}.
 */
public interface App {

  /** The shards this application runs in this process, in shard-id order. */
  List<? extends Shard> shards();
}

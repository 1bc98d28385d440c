package dev.shardwire;

import dev.shardwire.gateway.GatewayDispatch;
import dev.shardwire.gateway.GatewayShard;

/**
 * Forwards the dispatches a bot's shards receive to other processes: the gateway role of a bot
 * scaled out over several processes, such as {@code dev.shardwire.redis.RedisDispatchPublisher}.
 * Pass one to {@link GatewayBot.Builder#dispatchPublisher}.
 *
 * <p>The bot's own listeners still run in the gateway process for what they subscribe to; a
 * publisher sees every dispatch it {@linkplain #publishes wants} whether or not anyone listens.
 * One publisher serves one bot.
 */
public interface DispatchPublisher extends AutoCloseable {

  /**
   * Called once, by {@link GatewayBot.Builder#build()}: the bot whose shards this publisher
   * serves, whose event manager receives what the publisher reports (as {@link
   * dev.shardwire.events.DispatchesDroppedEvent}).
   *
   * @throws IllegalStateException if the publisher already serves a bot
   */
  void attach(GatewayBot bot);

  /**
   * Whether dispatches named {@code name} are published. Asked on the shard's read thread for
   * every dispatch; answer in constant time.
   */
  boolean publishes(String name);

  /**
   * One dispatch to publish, on the shard's read thread, in the order the shard received them.
   * Must never block and never throw: the read thread also keeps the shard's heartbeats
   * acknowledged. The dispatch may be kept and read later on another thread.
   *
   * @param shard the shard that received it
   * @param dispatch its name, sequence number and payload ({@link GatewayDispatch#payloadBytes})
   */
  void publish(GatewayShard shard, GatewayDispatch dispatch);

  /**
   * How many of the dispatches of shard {@code shardId} given to {@link #publish} this publisher
   * is done with: published to the other processes, or given up and reported. Counted from the
   * shard's first dispatch and up to the first one not done with: {@code n} means the first
   * {@code n} are all done with (a dispatch dropped at once while older ones still wait does not
   * count yet). Called on the shard's read thread, about once per session save interval; answer
   * without blocking.
   *
   * <p>A bot with a {@link dev.shardwire.gateway.SessionStore} saves a shard's session only once
   * every dispatch it received before that save is settled, so that a gateway process killed
   * between receiving a dispatch and publishing it resumes before that dispatch and receives it
   * again, rather than never. The default, for a publisher that is done with each dispatch when
   * {@code publish} returns, is {@link Long#MAX_VALUE}.
   */
  default long settled(int shardId) {
    return Long.MAX_VALUE;
  }

  /** Stops publishing; called by {@link GatewayBot#close()} after its shards closed. */
  @Override
  void close();
}

package dev.shardwire.gateway.session;

import dev.shardwire.gateway.DispatchSink;
import dev.shardwire.gateway.GatewayShard;
import dev.shardwire.gateway.WebSocketGatewayShard;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.slf4j.Logger;

/**
 * What every part of a {@link WebSocketGatewayShard} shares, and the one rule they share it by.
 *
 * <p><b>Threads.</b> Three kinds of thread touch a shard: the connection's read thread
 * (Java-WebSocket's, which delivers frames and the close), the shard's scheduler thread ({@link
 * ShardExecutor}: heartbeats, sends, handshakes, reconnects) and callers' threads ({@code start},
 * {@code close}, {@code requestGuildMembers}).
 *
 * <p><b>The lock.</b> One lock, {@link #lock()}, guards all of a shard's mutable state: the
 * session, the per-connection fields of {@link ShardConnection}, the outbox, the lifecycle flags.
 * The parts ({@link SessionState}, {@link Heartbeater}, {@link Outbound}, {@link InboundFrames},
 * {@link ShardLifecycle}) are not thread-safe on their own; each method says whether it takes the
 * lock or expects its caller to hold it. Frames are read and handed to the sink with the lock
 * held, so the sink sees dispatches one at a time and in order, also across reconnects. Nothing
 * blocks while holding it, and socket writes happen outside it.
 *
 * @param shard the shard, as the sink is told
 * @param id the shard's id, for log lines
 * @param lock guards every mutable field of the shard's parts
 * @param executor the shard's scheduler thread
 * @param log where the shard logs
 * @param nanoTime the monotonic clock
 * @param sink where dispatches and connection changes go
 */
public record ShardContext(GatewayShard shard, int id, Object lock, ShardExecutor executor, Logger log,
    LongSupplier nanoTime, DispatchSink sink) {

  /**
   * Tells the sink something that is not a dispatch. A failing sink is logged and otherwise
   * ignored: it must not take the connection down with it.
   */
  void notifySink(String what, Consumer<DispatchSink> call) {
    try {
      call.accept(sink);
    } catch (RuntimeException e) {
      log.error("shard {}: the dispatch sink failed on {}", id, what, e);
    }
  }
}

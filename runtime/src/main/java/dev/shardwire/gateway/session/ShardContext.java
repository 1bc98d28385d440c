package dev.shardwire.gateway.session;

import dev.shardwire.gateway.DispatchSink;
import dev.shardwire.gateway.GatewayShard;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.slf4j.Logger;

/**
 * What every part of a {@code WebSocketGatewayShard} shares, and who owns what.
 *
 * <p><b>Threads.</b> Three kinds of thread touch a shard: the connection's read thread
 * (Java-WebSocket's, which delivers frames and the close), the shard's executor ({@link
 * ShardExecutor}, a serial lane on the shared {@code ShardScheduler}) and callers' threads
 * ({@code start}, {@code close}, {@code requestGuildMembers}).
 *
 * <p><b>The owner.</b> The executor owns the connection state: the lifecycle ({@link
 * ShardLifecycle}: the current connection, reconnects), every connection's timers, handshake and
 * heartbeat fields ({@link ShardConnection}), the outbox ({@link Outbound}) and the presence the
 * next IDENTIFY carries ({@link Handshake}). Only tasks on the executor change them, and they
 * check it ({@link ShardExecutor#checkOwner()}); the read thread and callers hand their events to
 * it as tasks. A few values others read are published {@code volatile} by their owner: whether the
 * shard is connected, started or stopped, the heartbeat latency, the last sequence number.
 *
 * <p><b>The inbound stream.</b> What the read thread must decide per frame, without a hop to the
 * executor, is guarded by {@link #inbound()} instead ({@link InboundLock}, whose holding its parts
 * check): which connection's frames are still read ({@link ShardConnection}'s reading flags), the
 * resume state ({@link SessionState}) and the sink's turn. A read thread holds it while it reads one frame and hands its dispatch to the sink, so the
 * sink sees dispatches one at a time and in order, also across reconnects. The executor takes it
 * only to stop a connection's reading, to read or reset the session, and to tell the sink of a
 * disconnect. Nothing blocks while holding it, and no socket is written under it.
 *
 * @param shard the shard, as the sink is told
 * @param id the shard's id, for log lines
 * @param inbound guards the inbound stream: reading flags, the session and the sink's calls
 * @param executor the shard's executor, which owns the connection state
 * @param log where the shard logs
 * @param nanoTime the monotonic clock
 * @param sink where dispatches and connection changes go
 */
public record ShardContext(GatewayShard shard, int id, InboundLock inbound, ShardExecutor executor, Logger log,
    LongSupplier nanoTime, DispatchSink sink) {

  /**
   * Tells the sink something that is not a dispatch; the caller holds {@link #inbound()}. A failing
   * sink is logged and otherwise ignored: it must not take the connection down with it.
   */
  void notifySink(String what, Consumer<DispatchSink> call) {
    inbound.checkHeld();
    try {
      call.accept(sink);
    } catch (RuntimeException e) {
      log.error("shard {}: the dispatch sink failed on {}", id, what, e);
    }
  }
}

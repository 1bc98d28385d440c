/**
 * The gateway's session: a shard's connections and their lifecycle, HELLO, heartbeats, IDENTIFY or
 * RESUME, the send limit and outbox, reconnects and their backoff. Not exported: only the gateway's
 * client ({@code dev.shardwire.gateway.client.WebSocketGatewayShard}) builds and drives these parts.
 *
 * <h2>Who owns what</h2>
 *
 * <ul>
 *   <li><b>The shard's executor</b> ({@link dev.shardwire.gateway.session.ShardExecutor}, a serial
 *       lane on the shared scheduler) owns the connection state: the lifecycle (the current
 *       connection, reconnects, the socket opens and closes), each connection's HELLO, handshake
 *       and heartbeat fields and timers, the outbox and send limiter, and the presence the next
 *       IDENTIFY carries. Only its tasks change them, and every mutator checks that it runs there
 *       ({@link dev.shardwire.gateway.session.ShardExecutor#checkOwner()}). Timers are tasks on it.
 *   <li><b>The read thread</b> of a connection reads frames and hands every event that changes
 *       connection state to the executor as a task: HELLO, heartbeat ACKs (timed where they
 *       arrive), op 1, READY or RESUMED taken in, op 7, op 9, a broken stream, an unusable READY,
 *       the socket's close.
 *   <li><b>The inbound stream</b> (which connection's frames are still read, the resume state of
 *       {@link dev.shardwire.gateway.session.SessionState} and the sink's turn) is guarded by
 *       one lock, {@link dev.shardwire.gateway.session.InboundLock}, which what it guards checks
 *       is held ({@code checkHeld()}, as the executor's state checks its owner): a read thread
 *       holds it for one frame, so dispatches reach the sink in order without a hop; the executor
 *       takes it only to stop a connection's reading, read or reset the session, and tell the sink
 *       of a disconnect. Nothing else is guarded by it.
 *   <li><b>Callers' threads</b> ({@code start}, {@code close}, commands) change nothing but the
 *       started and stopped flags (atomic); their commands become executor tasks.
 *   <li>Read anywhere, written by their owner: whether the shard is connected, the heartbeat
 *       latency, the last sequence number (all volatile).
 * </ul>
 */
package dev.shardwire.gateway.session;

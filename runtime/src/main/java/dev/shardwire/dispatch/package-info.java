/**
 * Event dispatch: the generated dispatch table's types ({@link dev.shardwire.spi.EventType},
 * {@link dev.shardwire.spi.EventMask}, {@link dev.shardwire.spi.EventTable}) and the
 * {@link dev.shardwire.dispatch.EventManager} that serves them.
 *
 * <h2>Listeners</h2>
 *
 * <p>{@link dev.shardwire.dispatch.EventListener} (synchronous) and {@link
 * dev.shardwire.dispatch.AsyncEventListener} (returns a {@code CompletionStage}) are subscribed
 * one at a time; a generated {@link dev.shardwire.spi.ListenerBinding} subscribes all the
 * {@code @Subscribe} handlers of one object at once and calls them directly. Every registration
 * returns a {@link dev.shardwire.dispatch.Subscription}.
 *
 * <h2>Concurrency model</h2>
 *
 * <ul>
 *   <li>{@code EventManager.dispatch} runs listeners on the calling thread, exact type first, then
 *       each supertype in {@code dispatches()} order, each type's in subscription order, over an
 *       immutable snapshot of the listeners.
 *   <li>The gateway never dispatches on the thread that reads the socket: each shard hands its
 *       events, in sequence order, to its own {@link dev.shardwire.dispatch.SerialLane}, which
 *       runs one dispatch at a time on an {@link java.util.concurrent.Executor} (the user's, or
 *       {@link dev.shardwire.dispatch.DispatchExecutors#newDefaultExecutor()}). So a listener
 *       receives one shard's events in order, a slow listener never delays heartbeats, and shards
 *       proceed in parallel.
 *   <li>Subscribing, unsubscribing, waiting and streaming are safe from any thread at any time.
 * </ul>
 */
package dev.shardwire.dispatch;

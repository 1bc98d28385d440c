/**
 * Scaling a bot out over several processes on Redis (through Lettuce, an optional dependency:
 * add {@code io.lettuce:lettuce-core} to use this package). {@link
 * dev.shardwire.redis.RedisIdentifyGate} paces IDENTIFYs across processes; {@link
 * dev.shardwire.redis.DispatchStreams} is where gateway processes publish dispatches, and {@link
 * dev.shardwire.redis.RedisDispatchWorker} consumes them in worker processes.
 */
package dev.shardwire.redis;

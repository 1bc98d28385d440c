/**
 * Scaling a bot out over several processes on Redis (through Lettuce, an optional dependency:
 * add {@code io.lettuce:lettuce-core} to use this package). {@link
 * dev.shardwire.redis.RedisIdentifyGate} paces IDENTIFYs across processes; {@link
 * dev.shardwire.redis.RedisDispatchPublisher}, the gateway role, publishes the dispatches a
 * process's shards receive to Redis Streams laid out as {@link dev.shardwire.redis.DispatchStreams}
 * says; {@link dev.shardwire.redis.RedisDispatchWorker}, the worker role, consumes them in worker
 * processes.
 */
package dev.shardwire.redis;

/**
 * Scaling a bot out over several processes on Redis (through Lettuce, an optional dependency:
 * add {@code io.lettuce:lettuce-core} to use this package). {@link
 * dev.shardwire.redis.RedisIdentifyGate} paces IDENTIFYs across processes.
 */
package dev.shardwire.redis;

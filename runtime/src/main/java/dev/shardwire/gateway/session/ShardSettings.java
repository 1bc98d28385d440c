package dev.shardwire.gateway.session;

import dev.shardwire.gateway.IdentifyGate;
import dev.shardwire.gateway.Presence;
import dev.shardwire.models.Intents;
import java.time.Duration;

/**
 * What the session's parts read of a shard's {@code ShardOptions}, taken once when the shard is
 * built: the options stay a builder of the public API, and the parts see values that never change.
 *
 * @param gatewayUrl where the shard connects, already checked
 * @param helloTimeout how long a new connection waits for HELLO
 * @param handshakeTimeout how long IDENTIFY or RESUME waits for READY or RESUMED
 * @param identifyGate when the shard may identify
 * @param intents what the shard identifies with
 * @param shardCount how many shards the bot has
 * @param largeThreshold the IDENTIFY's {@code large_threshold}
 * @param presence the presence the shard identifies with, or null
 * @param compress whether connections use zlib-stream compression
 * @param maxMessageBytes the longest message kept
 * @param connectTimeout how long opening a socket may take
 * @param sendCapacity sends per window and connection
 * @param heartbeatReserve how many of those only heartbeats may use
 * @param sendWindow the send limit's window
 */
public record ShardSettings(String gatewayUrl, Duration helloTimeout, Duration handshakeTimeout,
    IdentifyGate identifyGate, Intents intents, int shardCount, int largeThreshold, Presence presence,
    boolean compress, int maxMessageBytes, Duration connectTimeout, int sendCapacity, int heartbeatReserve,
    Duration sendWindow) {}

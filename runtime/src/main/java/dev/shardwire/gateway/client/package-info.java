/**
 * The gateway shard over Java-WebSocket and how it is built: {@link
 * dev.shardwire.gateway.client.WebSocketGatewayShard}, its settings ({@link
 * dev.shardwire.gateway.client.ShardOptions}), and Discord's {@code GET /gateway/bot} ({@link
 * dev.shardwire.gateway.client.GatewayBotEndpoint}).
 *
 * <p>This package sits on top of the gateway's layers: the public API in {@code
 * dev.shardwire.gateway} (the shard's interface, commands, stores, exceptions) at the bottom, then
 * the wire ({@code gateway.wire}: frames, UTF-8, inflating) and the session ({@code
 * gateway.session}: connections, heartbeats, identify, resume), which are not exported. Only this
 * package assembles those parts, so none of them needs to know it, and no package of the gateway
 * depends on one above it.
 */
package dev.shardwire.gateway.client;

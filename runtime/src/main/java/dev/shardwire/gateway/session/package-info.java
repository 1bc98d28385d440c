/**
 * The gateway's session: a shard's connections and their lifecycle, HELLO, heartbeats, IDENTIFY or
 * RESUME, the send limit and outbox, reconnects and their backoff. Not exported: only the gateway's
 * public shard ({@code WebSocketGatewayShard}) builds and drives these parts.
 */
package dev.shardwire.gateway.session;

/**
 * The gateway's wire: RFC 6455 frames read out of the socket's bytes and bounded from their
 * headers, UTF-8 checked, the zlib stream inflated, envelopes read and dispatches kept as frames.
 * Nothing here knows sessions, heartbeats or reconnects. Not exported: only the gateway uses it.
 */
package dev.shardwire.gateway.wire;

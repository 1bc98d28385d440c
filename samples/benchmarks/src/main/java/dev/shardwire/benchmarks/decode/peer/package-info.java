/**
 * The records the peer libraries decode {@code DecodeBenchmark}'s payloads into: the very fields
 * Shardwire's events and models read, no more, so that every decoder keeps the same values and
 * skips the same rest. The member chunk's records (ChunkRecord and what it holds) serve Jackson 3,
 * Jackson 2 and DSL-JSON; the GUILD_CREATE and MESSAGE_CREATE records (GuildCreateRecord,
 * MessageRecord and what they hold) serve Jackson 3 only, and reuse the chunk's member, presence,
 * user and emoji records. Jackson reads the {@code com.fasterxml.jackson.annotation} names,
 * DSL-JSON its own; both kinds name the same JSON fields.
 */
package dev.shardwire.benchmarks.decode.peer;

/**
 * The records the peer libraries (Jackson 3 and Jackson 2 databind, DSL-JSON) decode a member
 * chunk into: the very fields Shardwire's {@code MemberChunkEvent} and its models read, no more,
 * so that every decoder of {@code DecodeBenchmark} keeps the same values and skips the same rest.
 * Jackson reads the {@code com.fasterxml.jackson.annotation} names, DSL-JSON its own; both kinds
 * name the same JSON fields.
 */
package dev.shardwire.benchmarks.decode.peer;

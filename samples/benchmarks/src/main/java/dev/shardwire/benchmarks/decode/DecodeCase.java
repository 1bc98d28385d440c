package dev.shardwire.benchmarks.decode;

import java.util.List;

/**
 * One payload of {@link DecodeBenchmark}: its bytes, the record type the peers decode it into, and
 * the normalised projection of what each side decoded (ids, names, flags, statuses … as strings,
 * in payload order), which the benchmark's set-up compares before anything is timed.
 *
 * <p>A new payload (GUILD_CREATE, MESSAGE_CREATE) is a new implementation, named in {@link #named}
 * and in the benchmark's {@code @Param}.
 */
interface DecodeCase {

  /** The gateway dispatch name, under which the runtime's event table answers the decoder. */
  String gatewayName();

  /** The payload ({@code d}) as UTF-8 JSON, the same bytes for every decoder. */
  byte[] payload();

  /** The record type that Jackson 3, Jackson 2 and DSL-JSON decode the payload into. */
  Class<?> peerType();

  /** What Shardwire's decoder produced, projected. */
  List<String> projectShardwire(Object event);

  /** What a peer produced (an instance of {@link #peerType()}), projected the same way. */
  List<String> projectPeer(Object record);

  /** The case of gateway dispatch {@code gatewayName}. */
  static DecodeCase named(String gatewayName) {
    return switch (gatewayName) {
      case "GUILD_MEMBERS_CHUNK" -> new MemberChunkCase();
      default -> throw new IllegalArgumentException("no decode case for " + gatewayName);
    };
  }
}

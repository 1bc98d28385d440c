package dev.shardwire.benchmarks.decode;

import dev.shardwire.spi.EventTable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One payload of {@link DecodeBenchmark}: its bytes, the record type the peers decode it into, and
 * the normalised projection of what each side decoded (ids, names, flags, statuses … as strings,
 * in payload order), which the benchmark's set-up compares before anything is timed.
 *
 * <p>A new payload is a new implementation, named in {@link #named} and in the benchmark's
 * {@code @Param}; it says which peers have records for it ({@link #peers()}).
 */
interface DecodeCase {

  /** A peer decoder of the benchmark. */
  enum Peer {
    JACKSON3, JACKSON2, DSL_JSON
  }

  /** The gateway dispatch name, under which the runtime's event table answers the decoder. */
  String gatewayName();

  /** The runtime's generated table of the package that declares the case's event. */
  EventTable eventTable();

  /** The payload ({@code d}) as UTF-8 JSON, the same bytes for every decoder. */
  byte[] payload();

  /** The record type that the peers decode the payload into. */
  Class<?> peerType();

  /** The peers whose rows this case measures: all by default. The others' rows measure nothing. */
  default Set<Peer> peers() {
    return EnumSet.allOf(Peer.class);
  }

  /** What Shardwire's decoder produced, projected. */
  List<String> projectShardwire(Object event);

  /** What a peer produced (an instance of {@link #peerType()}), projected the same way. */
  List<String> projectPeer(Object record);

  /** The case of gateway dispatch {@code gatewayName}. */
  static DecodeCase named(String gatewayName) {
    return switch (gatewayName) {
      case "GUILD_MEMBERS_CHUNK" -> new MemberChunkCase();
      case "GUILD_CREATE" -> new GuildCreateCase();
      case "MESSAGE_CREATE" -> new MessageCreateCase();
      default -> throw new IllegalArgumentException("no decode case for " + gatewayName);
    };
  }
}

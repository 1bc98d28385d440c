package dev.shardwire.benchmarks.decode;

import dev.shardwire.benchmarks.decode.peer.ChunkRecord;
import dev.shardwire.benchmarks.decode.peer.MemberRecord;
import dev.shardwire.benchmarks.decode.peer.PresenceRecord;
import dev.shardwire.benchmarks.decode.peer.UserRecord;
import dev.shardwire.events.MemberChunkEvent;
import dev.shardwire.models.Member;
import dev.shardwire.models.MemberPresence;
import dev.shardwire.models.Snowflake;
import dev.shardwire.models.Status;
import dev.shardwire.models.User;
import java.util.ArrayList;
import java.util.List;

/** The 1,000-member, 1,000-presence GUILD_MEMBERS_CHUNK of {@link MemberChunkPayload}. */
final class MemberChunkCase implements DecodeCase {

  @Override
  public String gatewayName() {
    return "GUILD_MEMBERS_CHUNK";
  }

  @Override
  public byte[] payload() {
    return MemberChunkPayload.bytes();
  }

  @Override
  public Class<?> peerType() {
    return ChunkRecord.class;
  }

  @Override
  public List<String> projectShardwire(Object decoded) {
    MemberChunkEvent event = (MemberChunkEvent) decoded;
    List<String> out = new ArrayList<>();
    out.add(chunk(event.guildId().toString(), event.chunkCount(), event.chunkIndex(),
        event.notFound().stream().map(Snowflake::toString).toList(), event.nonce().orElse(null)));
    for (Member member : event.members().values()) {
      User user = member.user();
      out.add(String.join("|", user.id().toString(), user.username(), user.discriminator(),
          user.globalName().orElse("-"), user.avatarHash().orElse("-"), flags(user.isBot(), user.isSystem()),
          member.nickname().orElse("-"), member.roleIds().stream().map(Snowflake::toString).toList().toString(),
          member.joinedAt().orElse("-"), flags(member.isDeaf(), member.isMute(), member.isPending())));
    }
    for (MemberPresence presence : event.presences().values()) {
      // The enum and the raw text Discord sent, which the peers keep as their status string.
      String status = presence.status() == Status.UNKNOWN ? "?" + presence.rawStatus() : presence.rawStatus();
      out.add(String.join("|", presence.userId().toString(), presence.guildId().map(Snowflake::toString).orElse("-"), status));
    }
    return out;
  }

  @Override
  public List<String> projectPeer(Object decoded) {
    ChunkRecord chunk = (ChunkRecord) decoded;
    List<String> out = new ArrayList<>();
    out.add(chunk(chunk.guildId(), chunk.chunkCount(), chunk.chunkIndex(), chunk.notFound(), chunk.nonce()));
    for (MemberRecord member : chunk.members()) {
      UserRecord user = member.user();
      out.add(String.join("|", user.id(), user.username(), user.discriminator(), orDash(user.globalName()),
          orDash(user.avatar()), flags(user.bot(), user.system()), orDash(member.nick()), member.roles().toString(),
          orDash(member.joinedAt()), flags(member.deaf(), member.mute(), member.pending())));
    }
    for (PresenceRecord presence : chunk.presences()) {
      out.add(String.join("|", presence.user().id(), orDash(presence.guildId()), presence.status()));
    }
    return out;
  }

  private static String chunk(String guildId, int count, int index, List<String> notFound, String nonce) {
    return "chunk " + guildId + " " + index + "/" + count + " not_found=" + notFound + " nonce=" + nonce;
  }

  private static String flags(boolean... values) {
    StringBuilder out = new StringBuilder();
    for (boolean value : values) {
      out.append(value ? 'T' : 'F');
    }
    return out.toString();
  }

  private static String orDash(String value) {
    return value == null ? "-" : value;
  }
}

package dev.shardwire.benchmarks.decode;

import dev.shardwire.benchmarks.decode.peer.ActivityRecord;
import dev.shardwire.benchmarks.decode.peer.ChunkRecord;
import dev.shardwire.benchmarks.decode.peer.ClientStatusRecord;
import dev.shardwire.benchmarks.decode.peer.EmojiRecord;
import dev.shardwire.benchmarks.decode.peer.MemberRecord;
import dev.shardwire.benchmarks.decode.peer.PresenceRecord;
import dev.shardwire.benchmarks.decode.peer.TimestampsRecord;
import dev.shardwire.benchmarks.decode.peer.UserRecord;
import dev.shardwire.events.MemberChunkEvent;
import dev.shardwire.models.Activity;
import dev.shardwire.models.Member;
import dev.shardwire.models.MemberPresence;
import dev.shardwire.models.OptionalNullable;
import dev.shardwire.models.Snowflake;
import dev.shardwire.models.Status;
import dev.shardwire.models.User;
import java.time.Instant;
import java.time.OffsetDateTime;
import dev.shardwire.spi.EventTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** The 1,000-member, 1,000-presence GUILD_MEMBERS_CHUNK of {@link MemberChunkPayload}. */
final class MemberChunkCase implements DecodeCase {

  @Override
  public String gatewayName() {
    return "GUILD_MEMBERS_CHUNK";
  }

  @Override
  public EventTable eventTable() {
    return dev.shardwire.events.ShardwireEventTable.INSTANCE;
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
      out.add(line(member));
    }
    for (MemberPresence presence : event.presences().values()) {
      out.add(line(presence));
    }
    return out;
  }

  @Override
  public List<String> projectPeer(Object decoded) {
    ChunkRecord chunk = (ChunkRecord) decoded;
    List<String> out = new ArrayList<>();
    out.add(chunk(chunk.guildId(), chunk.chunkCount(), chunk.chunkIndex(), chunk.notFound(), chunk.nonce()));
    for (MemberRecord member : chunk.members()) {
      out.add(line(member));
    }
    for (PresenceRecord presence : chunk.presences()) {
      out.add(line(presence));
    }
    return out;
  }

  /** A member's line of the projection. */
  static String line(Member member) {
    User user = member.user();
    return String.join("|", user.id().toString(), user.username(), user.discriminator(),
        or(user.globalName()), or(user.avatarHash()), flags(user.isBot(), user.isSystem()), or(user.bannerHash()),
        or(user.accentColor()),
        user.publicFlags().map(f -> Long.toString(f.value())).orElse("-"),
        or(member.nickname()), or(member.avatarHash()), or(member.bannerHash()),
        member.roleIds().stream().map(Snowflake::toString).toList().toString(),
        member.joinedAt().map(Instant::toString).orElse("-"), member.premiumSince().map(Instant::toString).orElse("-"),
        member.flags().isPresent() ? Long.toString(member.flags().getAsLong()) : "-",
        flags(member.isDeaf(), member.isMute(), member.isPending()),
        member.permissions().map(p -> Long.toString(p.value())).orElse("-"),
        member.communicationDisabledUntil().map(Instant::toString).orElse("-"));
  }

  /** A presence's line of the projection. */
  static String line(MemberPresence presence) {
    // The enum and the raw text Discord sent, which the peers keep as their status string.
    String status = presence.status() == Status.UNKNOWN ? "?" + presence.rawStatus() : presence.rawStatus();
    StringBuilder line = new StringBuilder(String.join("|", presence.userId().toString(),
        presence.guildId().map(Snowflake::toString).orElse("-"), status));
    for (Activity activity : presence.activities()) {
      line.append(" [").append(String.join("|", activity.name(), activity.rawType(), or(activity.url()),
          orDash(activity.createdAt()), activity.timestamps().map(t -> orDash(t.start()) + "-" + orDash(t.end())).orElse("-"),
          activity.applicationId().map(Snowflake::toString).orElse("-"), or(activity.details()), or(activity.state()),
          activity.emoji().map(e -> e.id().map(Snowflake::toString).orElse("-") + ":" + e.name().orElse("-")).orElse("-"),
          flags(activity.instance()), orDash(activity.flags()))).append(']');
    }
    line.append(" client ").append(presence.clientStatus()
        .map(c -> statusName(c.desktop()) + "/" + statusName(c.mobile()) + "/" + statusName(c.web())).orElse("-"));
    return line.toString();
  }

  /** A member record's line of the projection. */
  static String line(MemberRecord member) {
    UserRecord user = member.user();
    return String.join("|", user.id(), user.username(), user.discriminator(), orDash(user.globalName()),
        orDash(user.avatar()), flags(user.bot(), user.system()), orDash(user.banner()), orDash(user.accentColor()),
        orDash(user.publicFlags()), orDash(member.nick()), orDash(member.avatar()), orDash(member.banner()),
        member.roles().toString(), instant(member.joinedAt()), instant(member.premiumSince()), orDash(member.flags()),
        flags(member.deaf(), member.mute(), member.pending()), orDash(member.permissions()),
        instant(member.communicationDisabledUntil()));
  }

  /** A presence record's line of the projection. */
  static String line(PresenceRecord presence) {
    StringBuilder line = new StringBuilder(String.join("|", presence.user().id(), orDash(presence.guildId()), presence.status()));
    for (ActivityRecord activity : presence.activities() == null ? List.<ActivityRecord>of() : presence.activities()) {
      TimestampsRecord timestamps = activity.timestamps();
      EmojiRecord emoji = activity.emoji();
      line.append(" [").append(String.join("|", activity.name(), Integer.toString(activity.type()), orDash(activity.url()),
          orDash(activity.createdAt()), timestamps == null ? "-" : orDash(timestamps.start()) + "-" + orDash(timestamps.end()),
          orDash(activity.applicationId()), orDash(activity.details()), orDash(activity.state()),
          emoji == null ? "-" : orDash(emoji.id()) + ":" + orDash(emoji.name()),
          flags(activity.instance()), orDash(activity.flags()))).append(']');
    }
    ClientStatusRecord client = presence.clientStatus();
    line.append(" client ").append(client == null ? "-"
        : orDash(client.desktop()) + "/" + orDash(client.mobile()) + "/" + orDash(client.web()));
    return line.toString();
  }

  private static String statusName(Optional<Status> status) {
    return status.map(s -> switch (s) {
      case ONLINE -> "online";
      case IDLE -> "idle";
      case DO_NOT_DISTURB -> "dnd";
      case OFFLINE -> "offline";
      case UNKNOWN -> "?";
    }).orElse("-");
  }

  /** Discord's timestamp text as the instant Shardwire decodes it to. */
  static String instant(String text) {
    return text == null ? "-" : OffsetDateTime.parse(text).toInstant().toString();
  }

  static String or(Optional<?> value) {
    return value.map(Object::toString).orElse("-");
  }

  // The peers read absent and null alike, so the projection folds them the same way.
  static String or(OptionalNullable<?> value) {
    return value.map(Object::toString).orElse("-");
  }

  static String orDash(OptionalLong value) {
    return value.isPresent() ? Long.toString(value.getAsLong()) : "-";
  }

  private static String chunk(String guildId, int count, int index, List<String> notFound, String nonce) {
    return "chunk " + guildId + " " + index + "/" + count + " not_found=" + notFound + " nonce=" + nonce;
  }

  static String flags(boolean... values) {
    StringBuilder out = new StringBuilder();
    for (boolean value : values) {
      out.append(value ? 'T' : 'F');
    }
    return out.toString();
  }

  static String orDash(Object value) {
    return value == null ? "-" : value.toString();
  }
}

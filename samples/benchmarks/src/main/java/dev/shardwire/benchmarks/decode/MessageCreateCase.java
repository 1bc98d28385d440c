package dev.shardwire.benchmarks.decode;

import static dev.shardwire.benchmarks.decode.GuildCreateCase.ids;
import static dev.shardwire.benchmarks.decode.GuildCreateCase.num;
import static dev.shardwire.benchmarks.decode.MemberChunkCase.flags;
import static dev.shardwire.benchmarks.decode.MemberChunkCase.instant;
import static dev.shardwire.benchmarks.decode.MemberChunkCase.or;
import static dev.shardwire.benchmarks.decode.MemberChunkCase.orDash;

import dev.shardwire.benchmarks.decode.peer.AttachmentRecord;
import dev.shardwire.benchmarks.decode.peer.EmbedFieldRecord;
import dev.shardwire.benchmarks.decode.peer.EmbedRecord;
import dev.shardwire.benchmarks.decode.peer.MemberRecord;
import dev.shardwire.benchmarks.decode.peer.MessageRecord;
import dev.shardwire.benchmarks.decode.peer.ReactionRecord;
import dev.shardwire.benchmarks.decode.peer.UserRecord;
import dev.shardwire.events.message.MessageCreateEvent;
import dev.shardwire.models.Attachment;
import dev.shardwire.models.Embed;
import dev.shardwire.models.EmbedField;
import dev.shardwire.models.PartialMember;
import dev.shardwire.models.Reaction;
import dev.shardwire.models.User;
import java.time.Instant;
import dev.shardwire.spi.EventTable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The MESSAGE_CREATE of {@link MessageCreatePayload}, decoded by the catalogue's
 * {@link MessageCreateEvent}; Jackson 3 is its only peer.
 */
final class MessageCreateCase implements DecodeCase {

  @Override
  public String gatewayName() {
    return "MESSAGE_CREATE";
  }

  @Override
  public EventTable eventTable() {
    return dev.shardwire.events.message.ShardwireEventTable.INSTANCE;
  }

  @Override
  public byte[] payload() {
    return MessageCreatePayload.bytes();
  }

  @Override
  public Class<?> peerType() {
    return MessageRecord.class;
  }

  @Override
  public Set<Peer> peers() {
    return EnumSet.of(Peer.JACKSON3);
  }

  @Override
  public List<String> projectShardwire(Object decoded) {
    MessageCreateEvent message = (MessageCreateEvent) decoded;
    List<String> out = new ArrayList<>();
    out.add(String.join("|", "message " + message.id(), message.channelId().toString(), or(message.guildId()),
        message.content(), message.timestamp().toString(), message.editedTimestamp().map(Instant::toString).orElse("-"),
        flags(message.tts(), message.mentionEveryone(), message.pinned()), message.rawType(), orDash(message.flags()),
        or(message.webhookId()), or(message.applicationId()), num(message.position()), ids(message.mentionRoles()),
        "reference " + message.messageReference().isPresent() + "/" + message.referencedMessage().isPresent()));
    out.add("author " + line(message.author()));
    out.add(message.member().map(MessageCreateCase::line).orElse("member -"));
    for (User user : message.mentions()) {
      out.add("mention " + line(user));
    }
    for (Attachment a : message.attachments()) {
      out.add(String.join("|", "attachment " + a.id(), a.filename(), or(a.title()), or(a.description()), or(a.contentType()),
          Long.toString(a.size()), a.url(), a.proxyUrl(), or(a.height()), or(a.width()), flags(a.ephemeral()),
          a.durationSecs().isPresent() ? Double.toString(a.durationSecs().getAsDouble()) : "-", or(a.waveform()),
          orDash(a.flags())));
    }
    for (Embed embed : message.embeds()) {
      StringBuilder line = new StringBuilder(String.join("|", "embed " + or(embed.title()), or(embed.type()),
          or(embed.description()), or(embed.url()), embed.timestamp().map(Instant::toString).orElse("-"), num(embed.color())));
      for (EmbedField field : embed.fields()) {
        line.append(" [").append(field.name()).append('=').append(field.value()).append(' ').append(flags(field.inline())).append(']');
      }
      out.add(line.toString());
    }
    for (Reaction reaction : message.reactions()) {
      out.add(String.join("|", "reaction " + reaction.count(), flags(reaction.me(), reaction.meBurst()),
          or(reaction.emoji().id()) + ":" + or(reaction.emoji().name()), reaction.burstColors().toString()));
    }
    return out;
  }

  @Override
  public List<String> projectPeer(Object decoded) {
    MessageRecord message = (MessageRecord) decoded;
    List<String> out = new ArrayList<>();
    out.add(String.join("|", "message " + message.id(), message.channelId(), orDash(message.guildId()),
        message.content(), instant(message.timestamp()), instant(message.editedTimestamp()),
        flags(message.tts(), message.mentionEveryone(), message.pinned()), Integer.toString(message.type()),
        orDash(message.flags()), orDash(message.webhookId()), orDash(message.applicationId()), orDash(message.position()),
        list(message.mentionRoles()).toString(),
        "reference " + (message.messageReference() != null) + "/" + (message.referencedMessage() != null)));
    out.add("author " + line(message.author()));
    out.add(message.member() == null ? "member -" : line(message.member()));
    for (UserRecord user : list(message.mentions())) {
      out.add("mention " + line(user));
    }
    for (AttachmentRecord a : list(message.attachments())) {
      out.add(String.join("|", "attachment " + a.id(), a.filename(), orDash(a.title()), orDash(a.description()),
          orDash(a.contentType()), Long.toString(a.size()), a.url(), a.proxyUrl(), orDash(a.height()), orDash(a.width()),
          flags(a.ephemeral()), orDash(a.durationSecs()), orDash(a.waveform()), orDash(a.flags())));
    }
    for (EmbedRecord embed : list(message.embeds())) {
      StringBuilder line = new StringBuilder(String.join("|", "embed " + orDash(embed.title()), orDash(embed.type()),
          orDash(embed.description()), orDash(embed.url()), instant(embed.timestamp()), orDash(embed.color())));
      for (EmbedFieldRecord field : list(embed.fields())) {
        line.append(" [").append(field.name()).append('=').append(field.value()).append(' ').append(flags(field.inline())).append(']');
      }
      out.add(line.toString());
    }
    for (ReactionRecord reaction : list(message.reactions())) {
      out.add(String.join("|", "reaction " + reaction.count(), flags(reaction.me(), reaction.meBurst()),
          orDash(reaction.emoji().id()) + ":" + orDash(reaction.emoji().name()), list(reaction.burstColors()).toString()));
    }
    return out;
  }

  private static String line(User user) {
    return String.join("|", user.id().toString(), user.username(), user.discriminator(), or(user.globalName()),
        or(user.avatarHash()), flags(user.isBot(), user.isSystem()), or(user.bannerHash()),
        or(user.accentColor()), user.publicFlags().map(f -> Long.toString(f.value())).orElse("-"));
  }

  private static String line(UserRecord user) {
    return String.join("|", user.id(), user.username(), user.discriminator(), orDash(user.globalName()),
        orDash(user.avatar()), flags(user.bot(), user.system()), orDash(user.banner()), orDash(user.accentColor()),
        orDash(user.publicFlags()));
  }

  private static String line(PartialMember member) {
    return String.join("|", "member " + or(member.nickname()), or(member.avatarHash()), ids(member.roleIds()),
        member.joinedAt().map(Instant::toString).orElse("-"), member.premiumSince().map(Instant::toString).orElse("-"),
        orDash(member.flags()), flags(member.isDeaf(), member.isMute(), member.isPending()),
        member.communicationDisabledUntil().map(Instant::toString).orElse("-"));
  }

  private static String line(MemberRecord member) {
    return String.join("|", "member " + orDash(member.nick()), orDash(member.avatar()), list(member.roles()).toString(),
        instant(member.joinedAt()), instant(member.premiumSince()), orDash(member.flags()),
        flags(member.deaf(), member.mute(), member.pending()), instant(member.communicationDisabledUntil()));
  }

  /** Jackson leaves an absent list null; Shardwire's models read it as empty. */
  private static <T> List<T> list(List<T> values) {
    return values == null ? List.of() : values;
  }
}

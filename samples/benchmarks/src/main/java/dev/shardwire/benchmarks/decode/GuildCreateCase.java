package dev.shardwire.benchmarks.decode;

import static dev.shardwire.benchmarks.decode.MemberChunkCase.flags;
import static dev.shardwire.benchmarks.decode.MemberChunkCase.instant;
import static dev.shardwire.benchmarks.decode.MemberChunkCase.line;
import static dev.shardwire.benchmarks.decode.MemberChunkCase.or;
import static dev.shardwire.benchmarks.decode.MemberChunkCase.orDash;

import dev.shardwire.benchmarks.decode.peer.ChannelRecord;
import dev.shardwire.benchmarks.decode.peer.EmojiRecord;
import dev.shardwire.benchmarks.decode.peer.GuildCreateRecord;
import dev.shardwire.benchmarks.decode.peer.MemberRecord;
import dev.shardwire.benchmarks.decode.peer.OverwriteRecord;
import dev.shardwire.benchmarks.decode.peer.PresenceRecord;
import dev.shardwire.benchmarks.decode.peer.RoleRecord;
import dev.shardwire.benchmarks.decode.peer.ThreadMetadataRecord;
import dev.shardwire.benchmarks.decode.peer.VoiceStateRecord;
import dev.shardwire.events.guild.GuildCreateEvent;
import dev.shardwire.models.Channel;
import dev.shardwire.models.Emoji;
import dev.shardwire.models.Member;
import dev.shardwire.models.MemberPresence;
import dev.shardwire.models.PermissionOverwrite;
import dev.shardwire.models.Role;
import dev.shardwire.models.Snowflake;
import dev.shardwire.models.VoiceState;
import java.time.Instant;
import dev.shardwire.spi.EventTable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The large GUILD_CREATE of {@link GuildCreatePayload}, decoded by the catalogue's
 * {@link GuildCreateEvent}; Jackson 3 is its only peer.
 */
final class GuildCreateCase implements DecodeCase {

  @Override
  public String gatewayName() {
    return "GUILD_CREATE";
  }

  @Override
  public EventTable eventTable() {
    return dev.shardwire.events.guild.ShardwireEventTable.INSTANCE;
  }

  @Override
  public byte[] payload() {
    return GuildCreatePayload.bytes();
  }

  @Override
  public Class<?> peerType() {
    return GuildCreateRecord.class;
  }

  @Override
  public Set<Peer> peers() {
    return EnumSet.of(Peer.JACKSON3);
  }

  @Override
  public List<String> projectShardwire(Object decoded) {
    GuildCreateEvent guild = (GuildCreateEvent) decoded;
    List<String> out = new ArrayList<>();
    out.add(String.join("|", "guild " + guild.id(), or(guild.name()), or(guild.ownerId()), or(guild.afkChannelId()),
        num(guild.afkTimeout()), num(guild.verificationLevel()), guild.features().toString(), or(guild.systemChannelId()),
        MemberChunkCase.orDash(guild.systemChannelFlags()), or(guild.rulesChannelId()), num(guild.maxMembers()),
        or(guild.description()), num(guild.premiumTier()), num(guild.premiumSubscriptionCount()), or(guild.preferredLocale()),
        or(guild.publicUpdatesChannelId()), num(guild.nsfwLevel()), flags(guild.premiumProgressBarEnabled()),
        guild.joinedAt().map(Instant::toString).orElse("-"), flags(guild.large(), guild.unavailable()), num(guild.memberCount())));
    for (Role role : guild.roles()) {
      out.add(String.join("|", "role " + role.id(), role.name(), num(role.color()), Integer.toString(role.position()),
          Long.toString(role.permissions().value()), flags(role.hoist(), role.managed(), role.mentionable()),
          MemberChunkCase.orDash(role.flags())));
    }
    for (Emoji emoji : guild.emojis()) {
      out.add(String.join("|", "emoji " + or(emoji.id()), or(emoji.name()), ids(emoji.roleIds()),
          flags(emoji.requireColons(), emoji.managed(), emoji.animated(), emoji.available())));
    }
    for (Channel channel : guild.channels()) {
      out.add(channelLine(channel));
    }
    for (Channel thread : guild.threads()) {
      out.add(channelLine(thread));
    }
    for (Member member : guild.members()) {
      out.add(line(member));
    }
    for (MemberPresence presence : guild.presences()) {
      out.add(line(presence));
    }
    for (VoiceState voice : guild.voiceStates()) {
      out.add(String.join("|", "voice " + voice.userId(), or(voice.channelId()), voice.sessionId(),
          flags(voice.deaf(), voice.mute(), voice.selfDeaf(), voice.selfMute(), voice.selfStream(), voice.selfVideo(), voice.suppress()),
          voice.requestToSpeakTimestamp().map(Instant::toString).orElse("-")));
    }
    return out;
  }

  private static String channelLine(Channel channel) {
    StringBuilder overwrites = new StringBuilder();
    for (PermissionOverwrite overwrite : channel.permissionOverwrites()) {
      overwrites.append(' ').append(overwrite.id()).append('/').append(overwrite.type()).append('/')
          .append(overwrite.allow().value()).append('/').append(overwrite.deny().value());
    }
    return String.join("|", "channel " + channel.id(), channel.rawType(), or(channel.name()), num(channel.position()),
        or(channel.parentId()), or(channel.topic()), flags(channel.nsfw()), or(channel.lastMessageId()), num(channel.bitrate()),
        num(channel.userLimit()), num(channel.rateLimitPerUser()), or(channel.ownerId()),
        channel.lastPinTimestamp().map(Instant::toString).orElse("-"), num(channel.messageCount()), num(channel.memberCount()),
        num(channel.totalMessageSent()), num(channel.defaultAutoArchiveDuration()), MemberChunkCase.orDash(channel.flags()),
        channel.threadMetadata().map(t -> flags(t.archived(), t.locked(), t.invitable()) + "/" + t.autoArchiveDuration()
            + "/" + t.archiveTimestamp().map(Instant::toString).orElse("-")
            + "/" + t.createTimestamp().map(Instant::toString).orElse("-")).orElse("-"),
        "overwrites" + overwrites);
  }

  @Override
  public List<String> projectPeer(Object decoded) {
    GuildCreateRecord guild = (GuildCreateRecord) decoded;
    List<String> out = new ArrayList<>();
    out.add(String.join("|", "guild " + guild.id(), orDash(guild.name()), orDash(guild.ownerId()), orDash(guild.afkChannelId()),
        orDash(guild.afkTimeout()), orDash(guild.verificationLevel()), guild.features().toString(), orDash(guild.systemChannelId()),
        orDash(guild.systemChannelFlags()), orDash(guild.rulesChannelId()), orDash(guild.maxMembers()),
        orDash(guild.description()), orDash(guild.premiumTier()), orDash(guild.premiumSubscriptionCount()),
        orDash(guild.preferredLocale()), orDash(guild.publicUpdatesChannelId()), orDash(guild.nsfwLevel()),
        flags(guild.premiumProgressBarEnabled()), instant(guild.joinedAt()), flags(guild.large(), guild.unavailable()),
        orDash(guild.memberCount())));
    for (RoleRecord role : guild.roles()) {
      out.add(String.join("|", "role " + role.id(), role.name(), orDash(role.color()), Integer.toString(role.position()),
          Long.toString(Long.parseLong(role.permissions())), flags(role.hoist(), role.managed(), role.mentionable()),
          orDash(role.flags())));
    }
    for (EmojiRecord emoji : guild.emojis()) {
      out.add(String.join("|", "emoji " + orDash(emoji.id()), orDash(emoji.name()), emoji.roles().toString(),
          flags(emoji.requireColons(), emoji.managed(), emoji.animated(), emoji.available())));
    }
    for (ChannelRecord channel : guild.channels()) {
      out.add(channelLine(channel));
    }
    for (ChannelRecord thread : guild.threads()) {
      out.add(channelLine(thread));
    }
    for (MemberRecord member : guild.members()) {
      out.add(line(member));
    }
    for (PresenceRecord presence : guild.presences()) {
      out.add(line(presence));
    }
    for (VoiceStateRecord voice : guild.voiceStates()) {
      out.add(String.join("|", "voice " + voice.userId(), orDash(voice.channelId()), voice.sessionId(),
          flags(voice.deaf(), voice.mute(), voice.selfDeaf(), voice.selfMute(), voice.selfStream(), voice.selfVideo(), voice.suppress()),
          instant(voice.requestToSpeakTimestamp())));
    }
    return out;
  }

  private static String channelLine(ChannelRecord channel) {
    StringBuilder overwrites = new StringBuilder();
    for (OverwriteRecord overwrite : channel.permissionOverwrites() == null ? List.<OverwriteRecord>of() : channel.permissionOverwrites()) {
      overwrites.append(' ').append(overwrite.id()).append('/').append(overwrite.type()).append('/')
          .append(Long.parseLong(overwrite.allow())).append('/').append(Long.parseLong(overwrite.deny()));
    }
    ThreadMetadataRecord t = channel.threadMetadata();
    return String.join("|", "channel " + channel.id(), Integer.toString(channel.type()), orDash(channel.name()),
        orDash(channel.position()), orDash(channel.parentId()), orDash(channel.topic()), flags(channel.nsfw()),
        orDash(channel.lastMessageId()), orDash(channel.bitrate()), orDash(channel.userLimit()), orDash(channel.rateLimitPerUser()),
        orDash(channel.ownerId()), instant(channel.lastPinTimestamp()), orDash(channel.messageCount()),
        orDash(channel.memberCount()), orDash(channel.totalMessageSent()), orDash(channel.defaultAutoArchiveDuration()),
        orDash(channel.flags()),
        t == null ? "-" : flags(t.archived(), t.locked(), t.invitable()) + "/" + t.autoArchiveDuration()
            + "/" + instant(t.archiveTimestamp()) + "/" + instant(t.createTimestamp()),
        "overwrites" + overwrites);
  }

  static String num(OptionalInt value) {
    return value.isPresent() ? Integer.toString(value.getAsInt()) : "-";
  }

  static String ids(List<Snowflake> ids) {
    return ids.stream().map(Snowflake::toString).toList().toString();
  }
}

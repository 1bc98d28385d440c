package dev.shardwire.benchmarks.decode;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * A large guild's GUILD_CREATE payload ({@code d}): 50 roles, 100 channels (categories, text and
 * voice channels with permission overwrites), 5 threads, 30 custom emojis, 500 members with their
 * 500 presences and 20 voice states, made the same way on every run from a fixed seed. Its shapes
 * follow Discord's documentation of the guild, role, channel, emoji and voice state objects (ids as
 * strings, permissions as decimal strings, timestamps as ISO-8601 text); members and presences are
 * written as {@link MemberChunkPayload} writes them. Fields no model reads (stickers, stage
 * instances, a role's colours …) are sent as Discord sends them, and skipped.
 */
final class GuildCreatePayload {

  static final int ROLES = 50;
  static final int CHANNELS = 100;
  static final int THREADS = 5;
  static final int EMOJIS = 30;
  static final int MEMBERS = 500;
  static final int VOICE_STATES = 20;

  static final String GUILD_ID = "613425648685547541";

  private GuildCreatePayload() {}

  /** The payload as the gateway sends it: UTF-8 JSON. */
  static byte[] bytes() {
    return json().getBytes(StandardCharsets.UTF_8);
  }

  static String json() {
    SplittableRandom random = new SplittableRandom(11);
    String[] roles = new String[ROLES];
    roles[0] = GUILD_ID; // @everyone has the guild's id
    for (int i = 1; i < ROLES; i++) {
      roles[i] = MemberChunkPayload.snowflake(random, 1_600_000_000_000L);
    }
    String[] userIds = new String[MEMBERS];
    for (int i = 0; i < MEMBERS; i++) {
      userIds[i] = Long.toUnsignedString(((1_500_000_000_000L + i * 37_000_000L - MemberChunkPayload.DISCORD_EPOCH_MILLIS) << 22)
          | (random.nextInt(1 << 12) << 10) | i);
    }
    String[] channelIds = new String[CHANNELS];
    for (int i = 0; i < CHANNELS; i++) {
      channelIds[i] = MemberChunkPayload.snowflake(random, 1_570_000_000_000L);
    }
    StringBuilder out = new StringBuilder(512 * 1024);
    out.append("{\"id\":\"").append(GUILD_ID).append("\",\"name\":\"Shardwire Benchmark Guild\"")
        .append(",\"icon\":\"").append(MemberChunkPayload.hex(random, 32)).append("\",\"splash\":null,\"discovery_splash\":null")
        .append(",\"owner_id\":\"").append(userIds[1]).append("\",\"afk_channel_id\":\"").append(channelIds[CHANNELS - 1])
        .append("\",\"afk_timeout\":300,\"widget_enabled\":false,\"verification_level\":2,\"default_message_notifications\":1")
        .append(",\"explicit_content_filter\":2,\"features\":[\"COMMUNITY\",\"NEWS\",\"ANIMATED_ICON\",\"INVITE_SPLASH\",\"ROLE_ICONS\"]")
        .append(",\"mfa_level\":1,\"application_id\":null,\"system_channel_id\":\"").append(channelIds[1])
        .append("\",\"system_channel_flags\":4,\"rules_channel_id\":\"").append(channelIds[2])
        .append("\",\"max_presences\":null,\"max_members\":500000,\"vanity_url_code\":null,\"description\":\"A guild for benchmarks\"")
        .append(",\"banner\":null,\"premium_tier\":2,\"premium_subscription_count\":9,\"preferred_locale\":\"en-US\"")
        .append(",\"public_updates_channel_id\":\"").append(channelIds[3])
        .append("\",\"max_video_channel_users\":25,\"max_stage_video_channel_users\":50,\"nsfw_level\":0,\"stickers\":[]")
        .append(",\"premium_progress_bar_enabled\":true,\"safety_alerts_channel_id\":null")
        .append(",\"joined_at\":\"2021-06-01T12:00:00.123000+00:00\",\"large\":true,\"unavailable\":false,\"member_count\":")
        .append(12_345).append(",\"lazy\":true,\"stage_instances\":[],\"guild_scheduled_events\":[],\"soundboard_sounds\":[]");
    out.append(",\"roles\":[");
    for (int i = 0; i < ROLES; i++) {
      out.append(i > 0 ? "," : "");
      role(out, random, roles[i], i);
    }
    out.append("],\"emojis\":[");
    for (int i = 0; i < EMOJIS; i++) {
      out.append(i > 0 ? "," : "").append("{\"id\":\"").append(MemberChunkPayload.snowflake(random, 1_620_000_000_000L))
          .append("\",\"name\":\"emoji_").append(i).append("\",\"roles\":[")
          .append(i % 10 == 0 ? "\"" + roles[1 + random.nextInt(ROLES - 1)] + "\"" : "")
          .append("],\"require_colons\":true,\"managed\":false,\"animated\":").append(i % 4 == 0)
          .append(",\"available\":true}");
    }
    out.append("],\"channels\":[");
    for (int i = 0; i < CHANNELS; i++) {
      out.append(i > 0 ? "," : "");
      channel(out, random, channelIds, i, roles);
    }
    out.append("],\"threads\":[");
    for (int i = 0; i < THREADS; i++) {
      out.append(i > 0 ? "," : "").append("{\"id\":\"").append(MemberChunkPayload.snowflake(random, 1_700_000_000_000L))
          .append("\",\"type\":11,\"guild_id\":\"").append(GUILD_ID).append("\",\"parent_id\":\"").append(channelIds[5 + i])
          .append("\",\"owner_id\":\"").append(userIds[10 + i]).append("\",\"name\":\"thread ").append(i)
          .append("\",\"last_message_id\":\"").append(MemberChunkPayload.snowflake(random, 1_730_000_000_000L))
          .append("\",\"rate_limit_per_user\":0,\"message_count\":").append(3 + i).append(",\"member_count\":2")
          .append(",\"total_message_sent\":").append(3 + i)
          .append(",\"thread_metadata\":{\"archived\":false,\"auto_archive_duration\":1440,")
          .append("\"archive_timestamp\":\"2024-11-01T10:00:00.000000+00:00\",\"locked\":false,\"invitable\":true,")
          .append("\"create_timestamp\":\"2024-11-01T10:00:00.000000+00:00\"},\"flags\":0}");
    }
    out.append("],\"members\":[");
    for (int i = 0; i < MEMBERS; i++) {
      out.append(i > 0 ? "," : "");
      MemberChunkPayload.member(out, random, userIds[i], i, roles);
    }
    out.append("],\"presences\":[");
    for (int i = 0; i < MEMBERS; i++) {
      out.append(i > 0 ? "," : "");
      MemberChunkPayload.presence(out, random, userIds[i], i);
    }
    out.append("],\"voice_states\":[");
    for (int i = 0; i < VOICE_STATES; i++) {
      out.append(i > 0 ? "," : "").append("{\"user_id\":\"").append(userIds[3 * i]).append("\",\"channel_id\":\"")
          .append(channelIds[CHANNELS - 10 + i % 8]).append("\",\"session_id\":\"").append(MemberChunkPayload.hex(random, 32))
          .append("\",\"deaf\":false,\"mute\":").append(i % 7 == 0).append(",\"self_deaf\":").append(i % 5 == 0)
          .append(",\"self_mute\":").append(i % 3 == 0).append(",\"self_stream\":").append(i % 9 == 0)
          .append(",\"self_video\":false,\"suppress\":false,\"request_to_speak_timestamp\":")
          .append(i == 4 ? "\"2024-11-20T08:15:00.000000+00:00\"" : "null").append('}');
    }
    return out.append("]}").toString();
  }

  private static void role(StringBuilder out, SplittableRandom random, String id, int index) {
    int color = index == 0 ? 0 : random.nextInt(1 << 24);
    long permissions = index == 0 ? 104_324_673L : random.nextLong(1L << 50);
    out.append("{\"id\":\"").append(id).append("\",\"name\":\"").append(index == 0 ? "@everyone" : "Role " + index)
        .append("\",\"description\":null,\"color\":").append(color)
        .append(",\"colors\":{\"primary_color\":").append(color).append(",\"secondary_color\":null,\"tertiary_color\":null}")
        .append(",\"hoist\":").append(index % 5 == 1).append(",\"icon\":null,\"unicode_emoji\":null")
        .append(",\"position\":").append(index).append(",\"permissions\":\"").append(permissions)
        .append("\",\"managed\":").append(index % 17 == 3).append(",\"mentionable\":").append(index % 3 == 0);
    if (index % 17 == 3) {
      out.append(",\"tags\":{\"bot_id\":\"").append(MemberChunkPayload.snowflake(random, 1_600_000_000_000L)).append("\"}");
    }
    out.append(",\"flags\":0,\"version\":").append(1_717_160_000_000L + index).append('}');
  }

  private static void channel(StringBuilder out, SplittableRandom random, String[] ids, int index, String[] roles) {
    // Every tenth channel is a category; the last ten are voice channels.
    boolean category = index % 10 == 0;
    boolean voice = !category && index >= CHANNELS - 10;
    int type = category ? 4 : voice ? 2 : index % 10 == 9 ? 5 : 0;
    out.append("{\"id\":\"").append(ids[index]).append("\",\"type\":").append(type)
        .append(",\"name\":\"").append(category ? "category-" : voice ? "voice-" : "channel-").append(index)
        .append("\",\"position\":").append(index % 10).append(",\"flags\":0");
    if (!category) {
      out.append(",\"parent_id\":\"").append(ids[index - index % 10]).append('"');
    }
    out.append(",\"permission_overwrites\":[");
    int overwrites = random.nextInt(4);
    for (int o = 0; o < overwrites; o++) {
      out.append(o > 0 ? "," : "").append("{\"id\":\"").append(roles[o == 0 ? 0 : 1 + random.nextInt(ROLES - 1)])
          .append("\",\"type\":0,\"allow\":\"").append(random.nextLong(1L << 40)).append("\",\"deny\":\"")
          .append(random.nextLong(1L << 40)).append("\"}");
    }
    out.append(']');
    if (voice) {
      out.append(",\"bitrate\":64000,\"user_limit\":").append(index % 3 == 0 ? 0 : 10)
          .append(",\"rtc_region\":null,\"rate_limit_per_user\":0,\"nsfw\":false,\"last_message_id\":null");
    } else if (!category) {
      out.append(",\"topic\":").append(index % 4 == 0 ? "\"Topic of channel " + index + "\"" : "null")
          .append(",\"nsfw\":").append(index % 23 == 0)
          .append(",\"rate_limit_per_user\":").append(index % 6 == 0 ? 5 : 0)
          .append(",\"last_message_id\":\"").append(MemberChunkPayload.snowflake(random, 1_730_000_000_000L)).append('"')
          .append(",\"last_pin_timestamp\":").append(index % 8 == 1
              ? "\"" + MemberChunkPayload.JOINED_AT.format(Instant.ofEpochMilli(1_700_000_000_000L + index * 1_000_000L)) + "\"" : "null")
          .append(",\"default_auto_archive_duration\":1440");
    }
    out.append('}');
  }
}

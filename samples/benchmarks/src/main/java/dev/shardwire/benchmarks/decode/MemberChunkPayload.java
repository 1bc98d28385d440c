package dev.shardwire.benchmarks.decode;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;

/**
 * A GUILD_MEMBERS_CHUNK payload ({@code d}) of 1,000 members with their 1,000 presences, made the
 * same way on every run from a fixed seed. Its shapes follow Discord's documentation of the guild
 * member, user and presence objects: ids are strings, members carry the fields Discord sends
 * today (avatar, banner, flags, premium_since, communication_disabled_until …), and presences
 * carry activities (a custom status, a game with timestamps and assets, a Spotify listen) and
 * client_status, as a real chunk does.
 */
final class MemberChunkPayload {

  /** Members (and presences) per chunk: Discord's maximum. */
  static final int MEMBERS = 1000;

  static final String GUILD_ID = "613425648685547541";

  private static final long DISCORD_EPOCH_MILLIS = 1_420_070_400_000L;
  private static final String[] STATUSES = {"online", "idle", "dnd", "offline"};
  private static final String[] GAMES = {"Minecraft", "Counter-Strike 2", "Factorio", "Hades II", "Stardew Valley"};
  private static final DateTimeFormatter JOINED_AT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSxxx").withZone(ZoneOffset.UTC);

  private MemberChunkPayload() {}

  /** The payload as the gateway sends it: UTF-8 JSON. */
  static byte[] bytes() {
    return json().getBytes(StandardCharsets.UTF_8);
  }

  static String json() {
    SplittableRandom random = new SplittableRandom(14);
    String[] roles = new String[24];
    for (int i = 0; i < roles.length; i++) {
      roles[i] = snowflake(random, 1_600_000_000_000L);
    }
    String[] userIds = new String[MEMBERS];
    for (int i = 0; i < MEMBERS; i++) {
      // The index in the low bits keeps every id distinct.
      userIds[i] = Long.toUnsignedString(((1_500_000_000_000L + i * 37_000_000L - DISCORD_EPOCH_MILLIS) << 22) | (random.nextInt(1 << 12) << 10) | i);
    }
    StringBuilder out = new StringBuilder(640 * 1024);
    out.append("{\"guild_id\":\"").append(GUILD_ID).append("\",\"members\":[");
    for (int i = 0; i < MEMBERS; i++) {
      if (i > 0) {
        out.append(',');
      }
      member(out, random, userIds[i], i, roles);
    }
    out.append("],\"chunk_index\":0,\"chunk_count\":3,\"not_found\":[],\"presences\":[");
    for (int i = 0; i < MEMBERS; i++) {
      if (i > 0) {
        out.append(',');
      }
      presence(out, random, userIds[i], i);
    }
    return out.append("],\"nonce\":\"chunk-request-7\"}").toString();
  }

  private static void member(StringBuilder out, SplittableRandom random, String id, int index, String[] roles) {
    out.append("{\"user\":");
    user(out, random, id, index);
    out.append(",\"nick\":");
    string(out, random.nextInt(4) == 0 ? "Nick " + index + " ✦" : null);
    out.append(",\"avatar\":null,\"banner\":null,\"roles\":[");
    int roleCount = random.nextInt(6);
    int first = random.nextInt(roles.length - roleCount);
    for (int r = 0; r < roleCount; r++) {
      if (r > 0) {
        out.append(',');
      }
      out.append('"').append(roles[first + r]).append('"');
    }
    long joined = 1_500_000_000_000L + index * 37_000_000L + random.nextInt(1_000_000);
    out.append("],\"joined_at\":\"").append(JOINED_AT.format(Instant.ofEpochMilli(joined))).append('"')
        .append(",\"premium_since\":");
    string(out, random.nextInt(20) == 0 ? JOINED_AT.format(Instant.ofEpochMilli(joined + 86_400_000L)) : null);
    out.append(",\"deaf\":").append(random.nextInt(50) == 0)
        .append(",\"mute\":").append(random.nextInt(40) == 0)
        .append(",\"flags\":").append(random.nextInt(3) == 0 ? 2 : 0)
        .append(",\"pending\":").append(random.nextInt(30) == 0)
        .append(",\"communication_disabled_until\":null}");
  }

  private static void user(StringBuilder out, SplittableRandom random, String id, int index) {
    boolean bot = random.nextInt(25) == 0;
    boolean legacy = random.nextInt(10) == 0;
    out.append("{\"id\":\"").append(id).append("\",\"username\":");
    string(out, (bot ? "helper_bot_" : "user.") + index);
    out.append(",\"discriminator\":\"").append(legacy || bot ? String.format("%04d", 1 + random.nextInt(9999)) : "0").append('"');
    out.append(",\"global_name\":");
    string(out, bot || random.nextInt(3) == 0 ? null : "Användare " + index);
    out.append(",\"avatar\":");
    string(out, random.nextInt(5) == 0 ? null : hex(random, 32));
    out.append(",\"public_flags\":").append(random.nextInt(4) == 0 ? 64 : 0)
        .append(",\"avatar_decoration_data\":null");
    if (bot) {
      out.append(",\"bot\":true");
    }
    if (index == 0) {
      out.append(",\"system\":true");
    }
    out.append('}');
  }

  private static void presence(StringBuilder out, SplittableRandom random, String id, int index) {
    String status = STATUSES[random.nextInt(STATUSES.length)];
    out.append("{\"user\":{\"id\":\"").append(id).append("\"},\"guild_id\":\"").append(GUILD_ID)
        .append("\",\"status\":\"").append(status).append("\",\"activities\":[");
    if (!status.equals("offline")) {
      long now = 1_732_000_000_000L + index * 1_000L;
      boolean any = false;
      if (random.nextInt(4) == 0) {
        out.append("{\"type\":4,\"state\":\"Working on it ").append(index)
            .append("\",\"name\":\"Custom Status\",\"id\":\"custom\",\"emoji\":{\"name\":\"🛠️\"},\"created_at\":").append(now).append('}');
        any = true;
      }
      if (random.nextInt(3) == 0) {
        out.append(any ? "," : "").append("{\"type\":0,\"timestamps\":{\"start\":").append(now - 3_600_000L)
            .append("},\"name\":\"").append(GAMES[random.nextInt(GAMES.length)])
            .append("\",\"id\":\"").append(hex(random, 16)).append("\",\"details\":\"In a match\",\"state\":\"Ranked\"")
            .append(",\"created_at\":").append(now).append(",\"application_id\":\"").append(snowflake(random, 1_450_000_000_000L))
            .append("\",\"assets\":{\"large_image\":\"").append(snowflake(random, 1_450_000_000_000L)).append("\",\"large_text\":\"Map ")
            .append(random.nextInt(20)).append("\"}}");
        any = true;
      }
      if (random.nextInt(8) == 0) {
        out.append(any ? "," : "").append("{\"type\":2,\"timestamps\":{\"start\":").append(now - 60_000L).append(",\"end\":").append(now + 150_000L)
            .append("},\"sync_id\":\"").append(hex(random, 22)).append("\",\"state\":\"Artist ").append(random.nextInt(100))
            .append("\",\"session_id\":\"").append(hex(random, 32)).append("\",\"party\":{\"id\":\"spotify:").append(id)
            .append("\"},\"name\":\"Spotify\",\"id\":\"spotify:1\",\"flags\":48,\"details\":\"Song ").append(random.nextInt(1000))
            .append("\",\"created_at\":").append(now).append(",\"assets\":{\"large_text\":\"Album\",\"large_image\":\"spotify:")
            .append(hex(random, 40)).append("\"}}");
      }
    }
    out.append("],\"client_status\":{");
    if (!status.equals("offline")) {
      out.append("\"desktop\":\"").append(status).append('"');
      if (random.nextInt(3) == 0) {
        out.append(",\"mobile\":\"").append(status).append('"');
      }
    }
    out.append("},\"broadcast\":null}");
  }

  private static String snowflake(SplittableRandom random, long aroundMillis) {
    long millis = aroundMillis + random.nextLong(100_000_000_000L) - DISCORD_EPOCH_MILLIS;
    return Long.toUnsignedString((millis << 22) | random.nextInt(1 << 22));
  }

  private static String hex(SplittableRandom random, int length) {
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      out.append(Character.forDigit(random.nextInt(16), 16));
    }
    return out.toString();
  }

  /** Writes a JSON string or null; the generated texts need no escapes. */
  private static void string(StringBuilder out, String value) {
    if (value == null) {
      out.append("null");
    } else {
      out.append('"').append(value).append('"');
    }
  }
}

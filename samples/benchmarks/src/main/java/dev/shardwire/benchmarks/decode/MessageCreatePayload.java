package dev.shardwire.benchmarks.decode;

import java.nio.charset.StandardCharsets;

/**
 * A typical MESSAGE_CREATE payload ({@code d}) in a guild: an author with their member, a reply's
 * content, three user mentions and a role mention, a rich embed with fields, an image attachment
 * and a reaction, with the fields Discord sends today (components, flags, nonce …). Its shapes
 * follow Discord's documentation of the message object; the same bytes on every run.
 */
public final class MessageCreatePayload {

  static final String GUILD_ID = "613425648685547541";

  private MessageCreatePayload() {}

  /** The payload as the gateway sends it: UTF-8 JSON (also what the worker benchmark publishes). */
  public static byte[] bytes() {
    return json().getBytes(StandardCharsets.UTF_8);
  }

  static String json() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(12);
    StringBuilder out = new StringBuilder(4096);
    out.append("{\"type\":0,\"tts\":false,\"timestamp\":\"2024-11-20T08:15:42.512000+00:00\"")
        .append(",\"referenced_message\":null,\"pinned\":false,\"nonce\":\"1308707371146362880\"");
    out.append(",\"mentions\":[");
    for (int i = 0; i < 3; i++) {
      out.append(i > 0 ? "," : "");
      MemberChunkPayload.user(out, random, MemberChunkPayload.snowflake(random, 1_500_000_000_000L), 100 + i);
    }
    out.append("],\"mention_roles\":[\"").append(MemberChunkPayload.snowflake(random, 1_600_000_000_000L)).append("\"]")
        .append(",\"mention_everyone\":false");
    String authorId = MemberChunkPayload.snowflake(random, 1_500_000_000_000L);
    out.append(",\"member\":{\"roles\":[\"").append(MemberChunkPayload.snowflake(random, 1_600_000_000_000L)).append("\",\"")
        .append(MemberChunkPayload.snowflake(random, 1_600_000_000_000L))
        .append("\"],\"premium_since\":null,\"pending\":false,\"nick\":\"Reviewer\",\"mute\":false")
        .append(",\"joined_at\":\"2021-03-04T05:06:07.891000+00:00\",\"flags\":0,\"deaf\":false")
        .append(",\"communication_disabled_until\":null,\"banner\":null,\"avatar\":null}");
    out.append(",\"id\":\"").append(MemberChunkPayload.snowflake(random, 1_732_000_000_000L)).append('"')
        .append(",\"flags\":0,\"embeds\":[{\"type\":\"rich\",\"title\":\"Build #4512 passed\"")
        .append(",\"description\":\"All 1,284 tests passed on main in 6 min 12 s.\",\"url\":\"https://example.com/builds/4512\"")
        .append(",\"timestamp\":\"2024-11-20T08:15:40.000000+00:00\",\"color\":5763719")
        .append(",\"footer\":{\"text\":\"ci\",\"icon_url\":\"https://example.com/ci.png\"}")
        .append(",\"thumbnail\":{\"url\":\"https://example.com/ok.png\",\"width\":64,\"height\":64}")
        .append(",\"author\":{\"name\":\"ci-bot\",\"url\":\"https://example.com\"}")
        .append(",\"fields\":[{\"name\":\"Branch\",\"value\":\"main\",\"inline\":true},{\"name\":\"Commit\",\"value\":\"5e12d4e\",\"inline\":true}")
        .append(",{\"name\":\"Duration\",\"value\":\"6 min 12 s\",\"inline\":false}],\"content_scan_version\":2}]");
    out.append(",\"edited_timestamp\":null,\"content\":\"<@").append("1> <@2> <@3> the build is green again, see the log attached :tada:\"")
        .append(",\"components\":[],\"channel_id\":\"").append(MemberChunkPayload.snowflake(random, 1_570_000_000_000L)).append('"');
    out.append(",\"author\":");
    MemberChunkPayload.user(out, random, authorId, 7);
    String attachmentId = MemberChunkPayload.snowflake(random, 1_732_000_000_000L);
    out.append(",\"attachments\":[{\"id\":\"").append(attachmentId).append("\",\"filename\":\"build-4512.log\"")
        .append(",\"size\":48213,\"url\":\"https://cdn.example.com/attachments/").append(attachmentId).append("/build-4512.log\"")
        .append(",\"proxy_url\":\"https://media.example.com/attachments/").append(attachmentId).append("/build-4512.log\"")
        .append(",\"content_type\":\"text/plain; charset=utf-8\",\"content_scan_version\":2,\"flags\":0}]");
    out.append(",\"reactions\":[{\"count\":2,\"count_details\":{\"burst\":0,\"normal\":2},\"me\":false,\"me_burst\":false")
        .append(",\"emoji\":{\"id\":null,\"name\":\"🎉\"},\"burst_colors\":[]}]");
    return out.append(",\"guild_id\":\"").append(GUILD_ID).append("\"}").toString();
  }
}

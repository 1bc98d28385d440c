package dev.shardwire.samples.bot;

import dev.shardwire.models.Snowflake;

/** The dispatches the demo's embedded gateway sends, as Discord would send them. */
final class DemoDispatches {

  private DemoDispatches() {}

  private static final String USER =
      "{\"id\":\"1200000000000000001\",\"username\":\"ada\",\"global_name\":\"Ada\",\"discriminator\":\"0\","
          + "\"avatar\":null,\"public_flags\":0}";

  /** INVITE_CREATE, the sample's own event. */
  static String inviteCreate(Snowflake guild) {
    return "{\"channel_id\":\"1100000000000000010\",\"code\":\"shardwire\",\"created_at\":\"2024-06-01T12:00:00.000000+00:00\","
        + "\"guild_id\":\"" + guild + "\",\"max_age\":86400,\"max_uses\":0,\"temporary\":false,\"uses\":0,\"type\":0}";
  }

  /** MESSAGE_CREATE, from the runtime's catalogue. */
  static String messageCreate(Snowflake guild) {
    return "{\"type\":0,\"tts\":false,\"timestamp\":\"2024-06-01T12:00:01.000000+00:00\",\"pinned\":false,"
        + "\"mentions\":[],\"mention_roles\":[],\"mention_everyone\":false,\"member\":{\"roles\":[],\"nick\":null,"
        + "\"joined_at\":\"2024-01-01T00:00:00.000000+00:00\",\"deaf\":false,\"mute\":false,\"flags\":0},"
        + "\"id\":\"1100000000000000100\",\"flags\":0,\"embeds\":[],\"edited_timestamp\":null,"
        + "\"content\":\"hello, shardwire\",\"components\":[],\"channel_id\":\"1100000000000000010\",\"author\":" + USER
        + ",\"attachments\":[],\"guild_id\":\"" + guild + "\"}";
  }

  /** INTERACTION_CREATE of a slash command {@code /greet who:<user>}, from the runtime's catalogue. */
  static String interactionCreate(Snowflake guild) {
    return "{\"version\":1,\"type\":2,\"token\":\"aW50ZXJhY3Rpb24\",\"locale\":\"en-GB\",\"guild_id\":\"" + guild + "\","
        + "\"channel_id\":\"1100000000000000010\",\"application_id\":\"1000000000000000002\",\"app_permissions\":\"0\","
        + "\"id\":\"1100000000000000200\",\"member\":{\"user\":" + USER + ",\"roles\":[],\"permissions\":\"0\","
        + "\"joined_at\":\"2024-01-01T00:00:00.000000+00:00\",\"deaf\":false,\"mute\":false,\"flags\":0},"
        + "\"entitlements\":[],\"authorizing_integration_owners\":{\"0\":\"" + guild + "\"},\"context\":0,"
        + "\"data\":{\"type\":1,\"name\":\"greet\",\"id\":\"1100000000000000201\","
        + "\"options\":[{\"type\":6,\"name\":\"who\",\"value\":\"1200000000000000002\"}],"
        + "\"resolved\":{\"users\":{\"1200000000000000002\":{\"id\":\"1200000000000000002\",\"username\":\"grace\","
        + "\"discriminator\":\"0\",\"global_name\":\"Grace\",\"avatar\":null}}}}}";
  }
}

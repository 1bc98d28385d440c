package dev.shardwire.catalogue;

/**
 * One payload ({@code d}) per catalogue dispatch, written from the field tables of Discord's
 * documentation ({@code gateway-events.mdx} and the resource pages), the way the real gateway
 * sends them: ids as strings, nulls where the tables allow them, fields this version does not
 * model (which must be skipped), and keys in an order other than the tables'.
 */
final class CataloguePayloads {

  private CataloguePayloads() {}

  static final String USER_NELLY =
      """
      {"username":"nelly","public_flags":64,"id":"80351110224678912","global_name":"Nelly","discriminator":"0",
       "avatar":"8342729096ea3675442027381ff50dfe","avatar_decoration_data":null,"banner":null,"accent_color":null,
       "clan":null,"primary_guild":{"identity_enabled":false},"collectibles":null}""";

  static final String ROLE_MODS =
      """
      {"version":1717160000000,"unicode_emoji":null,"tags":{"bot_id":"80351110224678912"},"position":3,
       "permissions":"1099511627775","name":"Mods","mentionable":true,"managed":false,"id":"41771983423143938",
       "icon":null,"hoist":true,"flags":0,"description":null,"colors":{"primary_color":3447003},"color":3447003}""";

  static final String GUILD_CREATE =
      """
      {"voice_states":[{"user_id":"80351110224678912","suppress":false,"session_id":"90326bd25d71d39b9ef95b299e3872ff",
         "self_video":false,"self_mute":true,"self_deaf":false,"request_to_speak_timestamp":null,"mute":false,
         "deaf":false,"channel_id":"155101607195836416"}],
       "verification_level":1,"vanity_url_code":null,"threads":[{"type":11,"total_message_sent":3,"thread_metadata":{
         "locked":false,"create_timestamp":"2023-03-01T10:00:00.000000+00:00","invitable":true,"auto_archive_duration":1440,
         "archived":false,"archive_timestamp":"2023-03-01T10:00:00.000000+00:00"},"rate_limit_per_user":0,
         "parent_id":"41771983423143937","owner_id":"80351110224678912","name":"a thread","message_count":3,
         "member_count":2,"last_message_id":"1100000000000000003","id":"1100000000000000002","guild_id":"41771983423143937",
         "flags":0}],
       "system_channel_id":"41771983423143937","system_channel_flags":4,"features":["COMMUNITY","NEWS","A_FEATURE_FROM_TOMORROW"],
       "stickers":[],"stage_instances":[],"soundboard_sounds":[],"safety_alerts_channel_id":null,"rules_channel_id":null,
       "roles":[%1$s],
       "public_updates_channel_id":null,"premium_tier":2,"premium_subscription_count":9,"premium_progress_bar_enabled":true,
       "preferred_locale":"en-US","presences":[{"user":{"id":"80351110224678912"},"status":"idle",
         "client_status":{"mobile":"idle"},"activities":[{"type":4,"state":"coding","name":"Custom Status","id":"custom",
           "emoji":{"name":"🦀"},"created_at":1700000000000}]}],
       "owner_id":"80351110224678912","nsfw_level":0,"nsfw":false,"name":"Discord Developers","mfa_level":1,
       "members":[{"user":%2$s,"roles":["41771983423143938"],"premium_since":null,"pending":false,"nick":null,"mute":false,
         "joined_at":"2015-04-26T06:26:56.936000+00:00","flags":0,"deaf":false,"communication_disabled_until":null,
         "banner":null,"avatar":null}],
       "member_count":2,"max_video_channel_users":25,"max_stage_video_channel_users":50,"max_members":500000,
       "lazy":true,"large":false,"joined_at":"2020-01-01T00:00:00.000000+00:00","incidents_data":null,
       "id":"41771983423143937","icon":"86e39f7ae3307e811784e2ffd11a7310","hub_type":null,
       "guild_scheduled_events":[],"explicit_content_filter":2,"emojis":[{"roles":[],"require_colons":true,"name":"shardwire",
         "managed":false,"id":"41771983429993937","available":true,"animated":false}],
       "embedded_activities":[],"discovery_splash":null,"description":"A guild","default_message_notifications":1,
       "channels":[{"type":0,"topic":null,"rate_limit_per_user":0,"position":0,"permission_overwrites":[{"type":0,
         "id":"41771983423143937","deny":"2048","allow":"0"}],"parent_id":null,"nsfw":false,"name":"general",
         "last_message_id":"1100000000000000004","id":"41771983423143937","icon_emoji":{"name":"👋","id":null},"flags":0,
         "theme_color":null,"version":1700000000000},
         {"user_limit":0,"type":2,"rtc_region":null,"position":1,"permission_overwrites":[],"parent_id":null,"nsfw":false,
         "name":"Voice","id":"155101607195836416","bitrate":64000,"video_quality_mode":1,"last_message_id":null}],
       "banner":null,"application_id":null,"application_command_counts":{"1":2},"afk_timeout":300,"afk_channel_id":null,
       "splash":null,"max_presences":null,"widget_enabled":false,"widget_channel_id":null,"home_header":null}"""
          .formatted(ROLE_MODS, USER_NELLY);

  static final String GUILD_UPDATE =
      """
      {"guild_id":"41771983423143937","id":"41771983423143937","name":"Renamed","icon":null,"owner_id":"80351110224678912",
       "roles":[],"emojis":[],"features":[],"verification_level":0,"premium_tier":0,"nsfw_level":0,"mfa_level":0,
       "afk_timeout":60,"system_channel_flags":0,"preferred_locale":"de","description":null,"max_presences":null,
       "default_message_notifications":0,"explicit_content_filter":0,"premium_progress_bar_enabled":false}""";

  static final String GUILD_DELETE_UNAVAILABLE = "{\"unavailable\":true,\"id\":\"41771983423143937\"}";

  static final String GUILD_DELETE_REMOVED = "{\"id\":\"41771983423143937\"}";

  static final String GUILD_ROLE_CREATE = "{\"role\":" + ROLE_MODS + ",\"guild_id\":\"41771983423143937\"}";

  static final String GUILD_ROLE_UPDATE = "{\"guild_id\":\"41771983423143937\",\"role\":" + ROLE_MODS + "}";

  static final String GUILD_ROLE_DELETE = "{\"role_id\":\"41771983423143938\",\"guild_id\":\"41771983423143937\"}";

  static final String GUILD_MEMBER_ADD =
      """
      {"user":%s,"roles":[],"premium_since":null,"pending":true,"nick":null,"mute":false,
       "joined_at":"2024-02-03T04:05:06.789012+00:00","guild_id":"41771983423143937","flags":1,"deaf":false,
       "communication_disabled_until":null,"avatar":null,"unusual_dm_activity_until":null}""".formatted(USER_NELLY);

  static final String GUILD_MEMBER_UPDATE =
      """
      {"guild_id":"41771983423143937","user":%s,"roles":["41771983423143938"],"nick":"nel","avatar":null,
       "joined_at":"2024-02-03T04:05:06.789012+00:00","premium_since":"2024-05-06T07:08:09.000000+00:00",
       "pending":false,"communication_disabled_until":"2030-01-01T00:00:00+00:00","flags":2,
       "avatar_decoration_data":null}""".formatted(USER_NELLY);

  static final String GUILD_MEMBER_REMOVE = "{\"user\":" + USER_NELLY + ",\"guild_id\":\"41771983423143937\"}";

  static final String CHANNEL_CREATE =
      """
      {"version":1700000000000,"type":0,"topic":"24/7 chat about how to gank Mike #2","rate_limit_per_user":2,
       "position":6,"permission_overwrites":[{"type":1,"id":"80351110224678912","deny":"0","allow":"1024"}],
       "parent_id":"399942396007890945","nsfw":true,"name":"general","last_message_id":null,
       "id":"41771983423143937","guild_id":"41771983423143937","flags":0,"default_thread_rate_limit_per_user":0,
       "last_pin_timestamp":null}""";

  static final String CHANNEL_UPDATE =
      """
      {"user_limit":10,"type":2,"rtc_region":"rotterdam","position":5,"permission_overwrites":[],"parent_id":null,
       "nsfw":false,"name":"ROCKET CHEESE","id":"155101607195836416","guild_id":"41771983423143937","bitrate":64000,
       "video_quality_mode":2,"last_message_id":null,"status":null}""";

  static final String CHANNEL_DELETE =
      """
      {"type":15,"name":"forum","id":"1100000000000000005","guild_id":"41771983423143937","position":9,
       "permission_overwrites":[],"available_tags":[{"id":"1","name":"bug","moderated":false,"emoji_id":null,
       "emoji_name":"🐛"}],"default_reaction_emoji":null,"default_sort_order":null,"default_forum_layout":0,
       "default_auto_archive_duration":4320,"parent_id":null,"nsfw":false,"topic":null,"flags":16,
       "template":"","last_message_id":null,"rate_limit_per_user":0}""";

  static final String THREAD_CREATE =
      """
      {"type":11,"total_message_sent":0,"thread_metadata":{"locked":false,"create_timestamp":"2024-06-01T12:00:00.123456+00:00",
       "auto_archive_duration":4320,"archived":false,"archive_timestamp":"2024-06-01T12:00:00.123456+00:00"},
       "rate_limit_per_user":0,"parent_id":"1100000000000000005","owner_id":"80351110224678912","newly_created":true,
       "name":"crash on start","message_count":0,"member_count":1,"member":{"user_id":"80351110224678912",
       "join_timestamp":"2024-06-01T12:00:00.200000+00:00","id":"1100000000000000006","flags":1,"muted":false,
       "mute_config":null},"last_message_id":null,"id":"1100000000000000006","guild_id":"41771983423143937","flags":0,
       "applied_tags":["1"]}""";

  static final String MESSAGE_CREATE =
      """
      {"type":19,"tts":false,"timestamp":"2024-06-01T12:00:01.234567+00:00","referenced_message":{"type":0,"tts":false,
         "timestamp":"2024-06-01T11:59:00.000000+00:00","pinned":false,"mentions":[],"mention_roles":[],
         "mention_everyone":false,"id":"1100000000000000009","flags":0,"embeds":[],"edited_timestamp":null,
         "content":"first","components":[],"channel_id":"41771983423143937","author":%1$s,"attachments":[]},
       "position":0,"pinned":false,"nonce":"1246520000000000000",
       "message_reference":{"type":0,"message_id":"1100000000000000009","guild_id":"41771983423143937",
         "channel_id":"41771983423143937"},
       "mentions":[{"username":"mason","public_flags":0,"member":{"roles":[],"premium_since":null,"pending":false,
         "nick":null,"mute":false,"joined_at":"2016-01-01T00:00:00.000000+00:00","flags":0,"deaf":false,
         "communication_disabled_until":null,"avatar":null},"id":"53908232506183680","global_name":null,
         "discriminator":"0","avatar":null}],
       "mention_roles":["41771983423143938"],"mention_everyone":false,
       "member":{"roles":["41771983423143938"],"premium_since":null,"pending":false,"nick":"nel","mute":false,
         "joined_at":"2015-04-26T06:26:56.936000+00:00","flags":0,"deaf":false,"communication_disabled_until":null,
         "banner":null,"avatar":null},
       "id":"1100000000000000010","flags":4,
       "embeds":[{"type":"rich","title":"Release","description":"v1 is out","color":5814783,
         "timestamp":"2024-06-01T12:00:00.000Z","fields":[{"value":"all green","name":"CI","inline":true}],
         "footer":{"text":"shardwire"},"content_scan_version":2}],
       "edited_timestamp":null,"content":"hello <@53908232506183680>",
       "components":[{"type":1,"id":1,"components":[{"type":2,"style":1,"label":"Ack","id":2,"custom_id":"ack"}]}],
       "channel_id":"41771983423143937","author":%1$s,
       "attachments":[{"width":640,"url":"https://cdn.example/a.png","size":12345,"proxy_url":"https://media.example/a.png",
         "placeholder_version":1,"placeholder":"abc","id":"1100000000000000011","height":480,"filename":"a.png",
         "content_type":"image/png","content_scan_version":2}],
       "reactions":[{"me_burst":false,"me":true,"emoji":{"name":"👍","id":null},"count_details":{"normal":2,"burst":0},
         "count":2,"burst_colors":[],"burst_me":false,"burst_count":0}],
       "guild_id":"41771983423143937","sticker_items":[]}""".formatted(USER_NELLY);

  static final String MESSAGE_UPDATE =
      """
      {"id":"1100000000000000010","embeds":[{"url":"https://example.org","type":"link","title":"Example",
       "provider":{"name":"Example"}}],"channel_id":"41771983423143937","guild_id":"41771983423143937"}""";

  static final String MESSAGE_DELETE = "{\"id\":\"1100000000000000010\",\"guild_id\":\"41771983423143937\",\"channel_id\":\"41771983423143937\"}";

  static final String MESSAGE_DELETE_BULK =
      "{\"ids\":[\"1100000000000000010\",\"1100000000000000009\"],\"channel_id\":\"41771983423143937\",\"guild_id\":\"41771983423143937\"}";

  static final String MESSAGE_REACTION_ADD =
      """
      {"user_id":"80351110224678912","type":0,"message_id":"1100000000000000010","message_author_id":"53908232506183680",
       "member":{"user":%s,"roles":[],"premium_since":null,"pending":false,"nick":null,"mute":false,
         "joined_at":"2015-04-26T06:26:56.936000+00:00","flags":0,"deaf":false,"communication_disabled_until":null,
         "avatar":null},
       "emoji":{"name":"shardwire","id":"41771983429993937","animated":true},"channel_id":"41771983423143937",
       "burst":false,"guild_id":"41771983423143937","burst_colors":[]}""".formatted(USER_NELLY);

  static final String MESSAGE_REACTION_REMOVE =
      """
      {"user_id":"80351110224678912","type":1,"message_id":"1100000000000000010","emoji":{"name":"🔥","id":null},
       "channel_id":"41771983423143937","burst":true}""";

  static final String INTERACTION_CREATE =
      """
      {"version":1,"type":2,"token":"aW50ZXJhY3Rpb24tdG9rZW4","locale":"en-GB","guild_locale":"en-US",
       "guild_id":"41771983423143937","guild":{"locale":"en-US","id":"41771983423143937","features":[]},
       "entitlements":[],"entitlement_sku_ids":[],"context":0,"channel_id":"41771983423143937",
       "channel":{"type":0,"topic":null,"rate_limit_per_user":0,"position":0,"permissions":"2251799813685247",
         "parent_id":null,"nsfw":false,"name":"general","last_message_id":"1100000000000000010",
         "id":"41771983423143937","guild_id":"41771983423143937","flags":0},
       "authorizing_integration_owners":{"0":"41771983423143937"},"attachment_size_limit":10485760,
       "app_permissions":"2248473465835073","application_id":"1000000000000000002",
       "member":{"user":%1$s,"unusual_dm_activity_until":null,"roles":["41771983423143938"],"premium_since":null,
         "permissions":"2251799813685247","pending":false,"nick":null,"mute":false,
         "joined_at":"2015-04-26T06:26:56.936000+00:00","flags":0,"deaf":false,"communication_disabled_until":null,
         "banner":null,"avatar":null},
       "id":"1100000000000000020",
       "data":{"type":1,"name":"ban","id":"1100000000000000021","guild_id":"41771983423143937",
         "resolved":{"users":{"53908232506183680":{"username":"mason","public_flags":0,"id":"53908232506183680",
             "global_name":null,"discriminator":"0","avatar":null,"bot":true}},
           "members":{"53908232506183680":{"roles":[],"premium_since":null,"permissions":"0","pending":false,
             "nick":"m","joined_at":"2016-01-01T00:00:00.000000+00:00","flags":0,"communication_disabled_until":null,
             "avatar":null}},
           "roles":{"41771983423143938":%2$s},
           "channels":{"155101607195836416":{"type":2,"permissions":"0","name":"Voice","id":"155101607195836416",
             "parent_id":null,"flags":0}}},
         "options":[{"type":1,"name":"user","options":[
           {"value":"53908232506183680","type":6,"name":"target"},
           {"value":7,"type":4,"name":"days"},
           {"value":0.5,"type":10,"name":"ratio"},
           {"value":true,"type":5,"name":"silent"},
           {"value":"spam","type":3,"name":"reason","focused":true}]}]}}""".formatted(USER_NELLY, ROLE_MODS);

  static final String INTERACTION_COMPONENT =
      """
      {"type":3,"id":"1100000000000000030","application_id":"1000000000000000002","token":"dG9rZW4",
       "version":1,"channel_id":"1100000000000000031","user":%s,"locale":"fr","app_permissions":"0",
       "authorizing_integration_owners":{"1":"80351110224678912"},"context":1,"entitlements":[],
       "data":{"custom_id":"colour","component_type":3,"values":["red","blue"],"id":5},
       "message":null}""".formatted(USER_NELLY);

  static final String PRESENCE_UPDATE =
      """
      {"user":{"id":"80351110224678912"},"status":"dnd","guild_id":"41771983423143937",
       "client_status":{"web":"idle","desktop":"dnd","embedded":"online"},
       "activities":[{"url":"https://twitch.example/shardwire","type":1,"timestamps":{"start":1700000000000},
         "state":"Coding","name":"Twitch","id":"ec0b28a579ecb4bd","details":"Shardwire live","created_at":1700000001000,
         "assets":{"large_image":"twitch:shardwire"},"application_id":null,"party":{"id":"p1","size":[1,4]},
         "flags":0,"buttons":["Watch"],"sync_id":"abc","session_id":"xyz","platform":"desktop"},
         {"type":6,"name":"Hanging Out","created_at":1700000002000}]}""";

  static final String TYPING_START =
      """
      {"user_id":"80351110224678912","timestamp":1717243200,"member":{"user":%s,"roles":[],"premium_since":null,
       "pending":false,"nick":null,"mute":false,"joined_at":"2015-04-26T06:26:56.936000+00:00","flags":0,"deaf":false,
       "communication_disabled_until":null,"avatar":null},"channel_id":"41771983423143937",
       "guild_id":"41771983423143937"}""".formatted(USER_NELLY);

  static final String VOICE_STATE_UPDATE =
      """
      {"member":{"user":%s,"roles":[],"premium_since":null,"pending":false,"nick":null,"mute":false,
       "joined_at":"2015-04-26T06:26:56.936000+00:00","flags":0,"deaf":false,"communication_disabled_until":null,
       "avatar":null},"user_id":"80351110224678912","suppress":false,"session_id":"90326bd25d71d39b9ef95b299e3872ff",
       "self_video":false,"self_mute":false,"self_deaf":true,"request_to_speak_timestamp":"2024-06-01T12:00:00.000000+00:00",
       "mute":false,"guild_id":"41771983423143937","deaf":false,"channel_id":null,"self_stream":true}""".formatted(USER_NELLY);
}

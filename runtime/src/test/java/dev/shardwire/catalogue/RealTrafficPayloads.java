package dev.shardwire.catalogue;

/**
 * Payloads ({@code d}) in the shapes Discord's gateway sends outside the common case, written by
 * hand from the field tables and footnotes of Discord's documentation: webhook and direct-message
 * messages, forwarded messages and replies to deleted ones, guest members, partial users in
 * presences, interactions from context menus, modals and autocomplete, threads the bot was added
 * to. Each names in its constant what makes it unusual.
 */
final class RealTrafficPayloads {

  private RealTrafficPayloads() {}

  /** A webhook's author: the webhook's id, name and avatar, no member and no guild flags. */
  static final String MESSAGE_CREATE_BY_WEBHOOK =
      """
      {"webhook_id":"1200000000000000001","type":0,"tts":false,"timestamp":"2024-07-01T08:00:00.000000+00:00",
       "pinned":false,"nonce":null,"mentions":[],"mention_roles":[],"mention_everyone":false,
       "id":"1200000000000000002","flags":0,"embeds":[{"type":"rich","description":"build #42 passed","color":3066993,
         "author":{"name":"CI","icon_url":"https://cdn.example/ci.png"},"content_scan_version":2}],
       "edited_timestamp":null,"content":"","components":[],"channel_id":"41771983423143937",
       "author":{"username":"CI","id":"1200000000000000001","discriminator":"0000","bot":true,"avatar":null},
       "attachments":[],"guild_id":"41771983423143937","application_id":"1000000000000000002"}""";

  /** A direct message: no guild, no member, the channel's type beside it, a numeric nonce. */
  static final String MESSAGE_CREATE_IN_DM =
      """
      {"type":0,"tts":false,"timestamp":"2024-07-01T08:01:00.000000+00:00","pinned":false,"nonce":1257000000000000000,
       "mentions":[],"mention_roles":[],"mention_everyone":false,"id":"1200000000000000003","flags":0,"embeds":[],
       "edited_timestamp":null,"content":"hi bot","components":[],"channel_type":1,"channel_id":"1200000000000000004",
       "author":{"username":"nelly","public_flags":0,"id":"80351110224678912","global_name":"Nelly","discriminator":"0",
         "clan":{"tag":"SW","identity_guild_id":"41771983423143937","identity_enabled":true,"badge":"abc"},
         "primary_guild":{"tag":"SW","identity_guild_id":"41771983423143937","identity_enabled":true,"badge":"abc"},
         "collectibles":{"nameplate":{"sku_id":"1","asset":"x/","label":"","palette":"cobalt"}},
         "avatar_decoration_data":{"sku_id":"1144058522808614923","expires_at":null,"asset":"a_fed43ab1"},
         "avatar":"8342729096ea3675442027381ff50dfe"},
       "attachments":[{"waveform":"AAAAAAAAAAAA","url":"https://cdn.example/voice-message.ogg","size":9000,
         "proxy_url":"https://media.example/voice-message.ogg","id":"1200000000000000005","flags":8192,
         "filename":"voice-message.ogg","duration_secs":3.56,"content_type":"audio/ogg"}]}""";

  /**
   * A forwarded message: a reference of type 1 (FORWARD), the forwarded content in a snapshot, an
   * empty content of its own.
   */
  static final String MESSAGE_CREATE_FORWARD =
      """
      {"type":0,"tts":false,"timestamp":"2024-07-01T08:02:00.000000+00:00","pinned":false,"mentions":[],
       "mention_roles":[],"mention_everyone":false,"message_reference":{"type":1,"message_id":"1100000000000000010",
         "guild_id":"41771983423143937","channel_id":"41771983423143937"},
       "message_snapshots":[{"message":{"type":0,"timestamp":"2024-06-01T12:00:01.234567+00:00","mentions":[],
         "mention_roles":[],"flags":0,"embeds":[],"edited_timestamp":null,"content":"hello","components":[],
         "attachments":[]}}],
       "member":{"roles":[],"premium_since":null,"pending":false,"nick":null,"mute":false,"joined_at":null,"flags":0,
         "deaf":false,"communication_disabled_until":null,"banner":null,"avatar":null},
       "id":"1200000000000000006","flags":16384,"embeds":[],"edited_timestamp":null,"content":"","components":[],
       "channel_id":"1200000000000000007","author":{"username":"nelly","id":"80351110224678912","discriminator":"0",
         "global_name":null,"avatar":null},"attachments":[],"guild_id":"41771983423143937"}""";

  /** A reply to a deleted message ({@code referenced_message} null), sent by an app's slash command. */
  static final String MESSAGE_CREATE_REPLY_TO_DELETED =
      """
      {"type":20,"tts":false,"timestamp":"2024-07-01T08:03:00.000000+00:00","pinned":false,"mentions":[],
       "mention_roles":[],"mention_everyone":false,"referenced_message":null,"position":4,
       "interaction_metadata":{"user":{"username":"nelly","id":"80351110224678912","discriminator":"0","avatar":null,
         "global_name":null},"type":2,"name":"ping","id":"1200000000000000008","command_type":1,
         "authorizing_integration_owners":{"0":"41771983423143937"}},
       "interaction":{"user":{"username":"nelly","id":"80351110224678912","discriminator":"0","avatar":null},
         "type":2,"name":"ping","id":"1200000000000000008"},
       "webhook_id":"1000000000000000002","application_id":"1000000000000000002","id":"1200000000000000009",
       "flags":64,"embeds":[],"edited_timestamp":null,"content":"pong","components":[],
       "channel_id":"41771983423143937","author":{"username":"shardwire","public_flags":524288,
         "id":"1000000000000000002","global_name":null,"discriminator":"5131","bot":true,"avatar":null},
       "attachments":[],"guild_id":"41771983423143937",
       "message_reference":{"type":0,"message_id":"1100000000000000009","channel_id":"41771983423143937",
         "guild_id":"41771983423143937"}}""";

  /** A full MESSAGE_UPDATE: an edit, with author, member, mentions and the edit timestamp. */
  static final String MESSAGE_UPDATE_FULL_EDIT =
      """
      {"type":0,"tts":false,"timestamp":"2024-07-01T08:01:00.000000+00:00","pinned":true,"nonce":null,
       "mentions":[{"username":"mason","id":"53908232506183680","discriminator":"0","avatar":null,
         "member":{"roles":[],"joined_at":"2016-01-01T00:00:00.000000+00:00","deaf":false,"mute":false,"flags":0}}],
       "mention_roles":[],"mention_everyone":false,"member":{"roles":[],"joined_at":"2015-04-26T06:26:56.936000+00:00",
         "deaf":false,"mute":false,"flags":0,"avatar":null,"banner":null,"nick":null,"pending":false,
         "premium_since":null,"communication_disabled_until":null},
       "id":"1200000000000000003","flags":0,"embeds":[],"edited_timestamp":"2024-07-01T08:05:00.123000+00:00",
       "content":"hi <@53908232506183680>","components":[],"channel_id":"41771983423143937",
       "author":{"username":"nelly","id":"80351110224678912","discriminator":"0","avatar":null,"global_name":null},
       "attachments":[],"guild_id":"41771983423143937","channel_type":0}""";

  /** A super reaction with a custom emoji whose name Discord no longer knows, in a direct message. */
  static final String MESSAGE_REACTION_ADD_IN_DM =
      """
      {"user_id":"80351110224678912","type":1,"message_id":"1200000000000000003","message_author_id":"1000000000000000002",
       "emoji":{"name":null,"id":"41771983429993937"},"channel_id":"1200000000000000004","burst":true,
       "burst_colors":["#ff0000","#00ff00"]}""";

  /** A member who joined as a guest (voice invite): {@code joined_at} null, no roles. */
  static final String GUILD_MEMBER_UPDATE_GUEST =
      """
      {"user":{"username":"guest","id":"1200000000000000010","discriminator":"0","avatar":null,"global_name":null},
       "roles":[],"premium_since":null,"pending":false,"nick":null,"mute":false,"joined_at":null,"flags":0,
       "deaf":false,"communication_disabled_until":null,"banner":null,"avatar":null,"guild_id":"41771983423143937"}""";

  /** A member update that leaves out what it did not change, as Discord's table allows. */
  static final String GUILD_MEMBER_UPDATE_SPARSE =
      """
      {"guild_id":"41771983423143937","roles":["41771983423143938"],
       "user":{"username":"nelly","id":"80351110224678912","discriminator":"0","avatar":null},
       "avatar":null,"joined_at":"2015-04-26T06:26:56.936000+00:00"}""";

  /**
   * A presence after a profile change: the user object carries more than its id (nested objects
   * before the id); the status is offline, no activities, no client status.
   */
  static final String PRESENCE_UPDATE_OFFLINE_FULL_USER =
      """
      {"user":{"username":"nelly2","public_flags":0,"global_name":"Nelly","discriminator":"0","avatar":null,
         "avatar_decoration_data":{"sku_id":"1144058522808614923","expires_at":null,"asset":"a_fed43ab1"},
         "primary_guild":{"tag":"SW","identity_guild_id":"41771983423143937","identity_enabled":true,"badge":"abc"},
         "collectibles":{"nameplate":{"sku_id":"1","asset":"x/","label":"","palette":"cobalt"}},
         "id":"80351110224678912"},
       "status":"offline","guild_id":"41771983423143937","client_status":{},"activities":[]}""";

  /**
   * Activities as a game client reports them: an application id sent as a JSON integer, only an
   * end timestamp, a custom status with a custom emoji, Spotify's party and sync id.
   */
  static final String PRESENCE_UPDATE_GAME_ACTIVITIES =
      """
      {"user":{"id":"80351110224678912"},"status":"online","guild_id":"41771983423143937",
       "client_status":{"desktop":"online","mobile":"idle"},"broadcast":null,
       "activities":[
         {"type":4,"state":"focus","name":"Custom Status","id":"custom",
          "emoji":{"name":"shardwire","id":"41771983429993937","animated":false},"created_at":1727805739426},
         {"type":0,"timestamps":{"end":1727660000000},"session_id":"a1b2","name":"Some Game","id":"e1b1ccad28c06a04",
          "flags":1,"details":"In a match","created_at":1727654737119,"application_id":1,
          "assets":{"large_image":"mp:attachments/1/2/banner.png"}},
         {"type":2,"timestamps":{"start":1727650000000,"end":1727650200000},"sync_id":"2qZFCu2kYtAagNQA7NZfCq",
          "state":"An Artist","session_id":"a1b2","party":{"id":"spotify:80351110224678912"},"name":"Spotify",
          "id":"spotify:1","flags":48,"details":"A Song","created_at":1727650001000,
          "assets":{"large_text":"An Album","large_image":"spotify:ab67616d0000b273"},"status_display_type":null,
          "details_url":null,"state_url":null}]}""";

  /** A private thread the bot was added to: no {@code newly_created}, its thread member. */
  static final String THREAD_CREATE_ADDED_TO_PRIVATE =
      """
      {"type":12,"total_message_sent":5,"thread_metadata":{"locked":false,"invitable":false,
         "create_timestamp":"2024-06-01T12:00:00.000000+00:00","auto_archive_duration":10080,"archived":false,
         "archive_timestamp":"2024-06-01T12:00:00.000000+00:00"},
       "rate_limit_per_user":0,"parent_id":"41771983423143937","owner_id":"80351110224678912","name":"private",
       "message_count":5,"member_count":3,"member":{"user_id":"1000000000000000002",
         "join_timestamp":"2024-06-02T12:00:00.000000+00:00","id":"1200000000000000011","flags":0,"muted":false,
         "mute_config":null},
       "last_message_id":"1200000000000000012","id":"1200000000000000011","guild_id":"41771983423143937","flags":0}""";

  /** A message context-menu command: resolved holds the target message, with its author. */
  static final String INTERACTION_MESSAGE_COMMAND =
      """
      {"version":1,"type":2,"token":"dG9rZW4tbWVzc2FnZS1jb21tYW5k","locale":"en-US","guild_locale":"en-US",
       "guild_id":"41771983423143937","guild":{"locale":"en-US","id":"41771983423143937","features":[]},
       "entitlements":[],"context":0,"channel_id":"41771983423143937",
       "channel":{"type":0,"permissions":"2251799813685247","name":"general","id":"41771983423143937",
         "guild_id":"41771983423143937","flags":0,"parent_id":null,"nsfw":false,"position":0,"topic":null,
         "rate_limit_per_user":0,"last_message_id":"1200000000000000003"},
       "authorizing_integration_owners":{"0":"41771983423143937"},"attachment_size_limit":10485760,
       "app_permissions":"2248473465835073","application_id":"1000000000000000002",
       "member":{"user":{"username":"nelly","id":"80351110224678912","discriminator":"0","avatar":null,
           "global_name":null,"public_flags":0},
         "roles":[],"premium_since":null,"permissions":"2251799813685247","pending":false,"nick":null,"mute":false,
         "joined_at":"2015-04-26T06:26:56.936000+00:00","flags":0,"deaf":false,"communication_disabled_until":null,
         "banner":null,"avatar":null},
       "id":"1200000000000000013",
       "data":{"type":3,"target_id":"1200000000000000003","name":"Quote","id":"1200000000000000014",
         "guild_id":"41771983423143937",
         "resolved":{"messages":{"1200000000000000003":{"type":0,"tts":false,"timestamp":"2024-07-01T08:01:00.000000+00:00",
           "pinned":false,"mentions":[],"mention_roles":[],"mention_everyone":false,"id":"1200000000000000003",
           "flags":0,"embeds":[],"edited_timestamp":null,"content":"quote me","components":[],
           "channel_id":"41771983423143937","author":{"username":"mason","id":"53908232506183680",
             "discriminator":"0","avatar":null,"global_name":null},"attachments":[]}}}}}""";

  /** A modal submitted in a guild: the data holds the modal's custom id and its components. */
  static final String INTERACTION_MODAL_SUBMIT =
      """
      {"version":1,"type":5,"token":"dG9rZW4tbW9kYWw","locale":"de","guild_locale":"en-US",
       "guild_id":"41771983423143937","entitlements":[],"context":0,"channel_id":"41771983423143937",
       "channel":{"type":0,"permissions":"0","name":"general","id":"41771983423143937","guild_id":"41771983423143937",
         "flags":0},
       "authorizing_integration_owners":{"0":"41771983423143937"},"attachment_size_limit":10485760,
       "app_permissions":"0","application_id":"1000000000000000002",
       "member":{"user":{"username":"nelly","id":"80351110224678912","discriminator":"0","avatar":null},
         "roles":[],"permissions":"0","joined_at":"2015-04-26T06:26:56.936000+00:00","flags":0,"deaf":false,
         "mute":false},
       "id":"1200000000000000015",
       "data":{"custom_id":"feedback","components":[{"type":18,"id":1,"component":{"type":4,"id":2,
         "custom_id":"text","value":"great"}}]}}""";

  /** An autocomplete request in a group DM of a user-installed app: a user, no member, no guild. */
  static final String INTERACTION_AUTOCOMPLETE_IN_GROUP_DM =
      """
      {"version":1,"type":4,"token":"dG9rZW4tYXV0bw","locale":"en-US","entitlements":[],"context":2,
       "channel_id":"1200000000000000016",
       "channel":{"type":3,"recipients":[{"username":"mason","id":"53908232506183680","discriminator":"0",
           "avatar":null}],"owner_id":"53908232506183680","name":null,"last_message_id":"1200000000000000017",
         "id":"1200000000000000016","icon":null,"flags":0,"permissions":"0"},
       "authorizing_integration_owners":{"1":"80351110224678912"},"attachment_size_limit":10485760,
       "app_permissions":"0","application_id":"1000000000000000002",
       "user":{"username":"nelly","id":"80351110224678912","discriminator":"0","avatar":null},
       "id":"1200000000000000018",
       "data":{"type":1,"name":"search","id":"1200000000000000019",
         "options":[{"value":"shard","type":3,"name":"query","focused":true}]}}""";

  /** A member joining a stage: the member with its user, a request to speak. */
  static final String VOICE_STATE_UPDATE_STAGE =
      """
      {"member":{"user":{"username":"nelly","id":"80351110224678912","discriminator":"0","avatar":null},
         "roles":[],"joined_at":"2015-04-26T06:26:56.936000+00:00","flags":0,"deaf":false,"mute":false},
       "user_id":"80351110224678912","suppress":true,"session_id":"90326bd25d71d39b9ef95b299e3872ff",
       "self_video":false,"self_mute":true,"self_deaf":false,"request_to_speak_timestamp":"2024-07-01T08:10:00.000000+00:00",
       "mute":false,"guild_id":"41771983423143937","deaf":false,"channel_id":"1200000000000000020"}""";

  /** Typing in a direct message: no guild, no member. */
  static final String TYPING_START_IN_DM =
      "{\"user_id\":\"80351110224678912\",\"timestamp\":1719821400,\"channel_id\":\"1200000000000000004\"}";

  /** A members chunk answering a request by ids sent as integers: Discord echoes them as sent. */
  static final String GUILD_MEMBERS_CHUNK_NOT_FOUND_AS_INTEGERS =
      """
      {"not_found":[1234,5678],"members":[{"user":{"username":"nelly","discriminator":"0","avatar":null,
         "avatar_decoration_data":{"sku_id":"1","asset":"a_1"},"id":"80351110224678912"},"roles":[],"joined_at":"2015-04-26T06:26:56.936000+00:00","flags":0,"deaf":false,
         "mute":false}],
       "guild_id":"41771983423143937","chunk_index":0,"chunk_count":1,"nonce":"n1",
       "presences":[{"user":{"id":"80351110224678912"},"status":"idle","client_status":{"web":"idle"},
         "activities":[]}]}""";

  /** A category deleted: no parent, no topic, no last message. */
  static final String CHANNEL_DELETE_CATEGORY =
      """
      {"type":4,"position":2,"permission_overwrites":[],"name":"Text Channels","id":"1200000000000000021",
       "guild_id":"41771983423143937","flags":0,"version":1700000000000}""";

  /** A role of a booster tier: tags with null-valued marker keys, an icon, the new colours. */
  static final String GUILD_ROLE_CREATE_BOOSTER =
      """
      {"guild_id":"41771983423143937","role":{"version":1719821400000,"unicode_emoji":null,
       "tags":{"premium_subscriber":null},"position":1,"permissions":"0","name":"Server Booster","mentionable":false,
       "managed":true,"id":"1200000000000000022","icon":"0123456789abcdef0123456789abcdef","hoist":false,"flags":0,
       "description":null,"colors":{"primary_color":16023551,"secondary_color":null,"tertiary_color":null},
       "color":16023551}}""";
  /**
   * A large guild without the presences intent: members are only the bot and those in voice,
   * voice states carry their member, a stage, a forum and a media channel, a scheduled event, and
   * an emoji with its uploader.
   */
  static final String GUILD_CREATE_LARGE =
      """
      {"id":"41771983423143937","name":"Big","icon":null,"owner_id":"80351110224678912","large":true,
       "member_count":250001,"joined_at":"2020-01-01T00:00:00.000000+00:00","unavailable":false,"lazy":true,
       "verification_level":2,"default_message_notifications":1,"explicit_content_filter":2,"mfa_level":1,
       "premium_tier":3,"premium_subscription_count":120,"nsfw_level":0,"features":["COMMUNITY"],
       "afk_channel_id":null,"afk_timeout":300,"system_channel_id":null,"system_channel_flags":15,
       "rules_channel_id":"1200000000000000030","public_updates_channel_id":"1200000000000000030",
       "safety_alerts_channel_id":null,"max_members":500000,"max_presences":null,"max_video_channel_users":25,
       "max_stage_video_channel_users":300,"vanity_url_code":"big","description":null,"banner":null,"splash":null,
       "discovery_splash":null,"preferred_locale":"en-US","premium_progress_bar_enabled":false,"application_id":null,
       "widget_enabled":false,"widget_channel_id":null,"hub_type":null,"inventory_settings":null,
       "incidents_data":{"raid_detected_at":null,"dm_spam_detected_at":null,"invites_disabled_until":null,
         "dms_disabled_until":null},
       "latest_onboarding_question_id":"1","version":1719821400000,"home_header":null,"region":"deprecated",
       "roles":[{"id":"41771983423143937","name":"@everyone","permissions":"2248473465835073","position":0,"color":0,
         "colors":{"primary_color":0,"secondary_color":null,"tertiary_color":null},"hoist":false,"managed":false,
         "mentionable":false,"icon":null,"unicode_emoji":null,"flags":0,"description":null,"version":1}],
       "emojis":[{"id":"41771983429993937","name":"shardwire","roles":[],"require_colons":true,"managed":false,
         "animated":true,"available":true,"user":{"username":"nelly","id":"80351110224678912","discriminator":"0",
         "avatar":null,"global_name":null,"public_flags":0}}],
       "stickers":[{"id":"1","name":"wave","tags":"wave","type":2,"format_type":1,"description":null,
         "asset":"","available":true,"guild_id":"41771983423143937"}],
       "members":[{"user":{"username":"shardwire","id":"1000000000000000002","discriminator":"5131","avatar":null,
           "bot":true,"global_name":null},"roles":[],"joined_at":"2020-01-01T00:00:00.000000+00:00","deaf":false,
           "mute":false,"flags":0,"pending":false,"premium_since":null,"nick":null,"avatar":null,"banner":null,
           "communication_disabled_until":null},
         {"user":{"username":"nelly","id":"80351110224678912","discriminator":"0","avatar":null},"roles":[],
           "joined_at":"2015-04-26T06:26:56.936000+00:00","deaf":false,"mute":false,"flags":10}],
       "voice_states":[{"user_id":"80351110224678912","channel_id":"1200000000000000031","session_id":"abc",
         "deaf":false,"mute":false,"self_deaf":false,"self_mute":false,"self_video":false,"suppress":true,
         "request_to_speak_timestamp":null,
         "member":{"user":{"username":"nelly","id":"80351110224678912","discriminator":"0","avatar":null},
           "roles":[],"joined_at":"2015-04-26T06:26:56.936000+00:00","deaf":false,"mute":false,"flags":10}}],
       "presences":[],
       "channels":[{"id":"1200000000000000031","type":13,"name":"Town Hall","position":0,"parent_id":null,
           "permission_overwrites":[],"bitrate":64000,"user_limit":10000,"rtc_region":null,"topic":null,"nsfw":false,
           "flags":0,"last_message_id":null,"rate_limit_per_user":0},
         {"id":"1200000000000000032","type":15,"name":"help","position":1,"parent_id":null,"permission_overwrites":[],
           "topic":"ask here","nsfw":false,"flags":16,"last_message_id":"1200000000000000033","rate_limit_per_user":0,
           "default_thread_rate_limit_per_user":0,"default_sort_order":0,"default_forum_layout":1,
           "default_reaction_emoji":{"emoji_id":null,"emoji_name":"👍"},"default_auto_archive_duration":1440,
           "available_tags":[{"id":"1200000000000000034","name":"solved","moderated":true,"emoji_id":null,
             "emoji_name":"✅"}],"template":""},
         {"id":"1200000000000000035","type":16,"name":"art","position":2,"parent_id":null,"permission_overwrites":[],
           "nsfw":false,"flags":0,"last_message_id":null,"rate_limit_per_user":0,"default_sort_order":null,
           "default_reaction_emoji":null,"available_tags":[]},
         {"id":"1200000000000000030","type":5,"name":"announcements","position":3,"parent_id":null,
           "permission_overwrites":[{"id":"41771983423143937","type":0,"allow":"0","deny":"2048"}],"topic":null,
           "nsfw":false,"flags":0,"last_message_id":null,"last_pin_timestamp":"2024-01-01T00:00:00+00:00",
           "rate_limit_per_user":0}],
       "threads":[],
       "stage_instances":[{"id":"1","guild_id":"41771983423143937","channel_id":"1200000000000000031","topic":"AMA",
         "privacy_level":2,"discoverable_disabled":false,"guild_scheduled_event_id":null}],
       "guild_scheduled_events":[{"id":"2","guild_id":"41771983423143937","channel_id":null,"creator_id":null,
         "name":"Meetup","description":null,"scheduled_start_time":"2024-08-01T18:00:00+00:00",
         "scheduled_end_time":null,"privacy_level":2,"status":1,"entity_type":3,"entity_id":null,
         "entity_metadata":{"location":"Park"},"user_count":3,"image":null,"recurrence_rule":null}],
       "soundboard_sounds":[],"embedded_activities":[],"activity_instances":[],"application_command_counts":{}}""";

  /**
   * READY as a bot receives it: the user with its private fields, the shard, the application, and
   * the user-account fields Discord sends bots empty.
   */
  static final String READY_BOT =
      """
      {"v":10,"user_settings":{},"user":{"verified":true,"username":"shardwire","mfa_enabled":false,
         "id":"1000000000000000002","global_name":null,"flags":0,"email":null,"discriminator":"5131","clan":null,
         "primary_guild":null,"bot":true,"avatar":null},
       "session_type":"normal","session_id":"0123456789abcdef0123456789abcdef",
       "resume_gateway_url":"wss://gateway-us-east1-c.discord.gg","relationships":[],"private_channels":[],
       "presences":[],"guilds":[{"unavailable":true,"id":"41771983423143937"}],"guild_join_requests":[],
       "geo_ordered_rtc_regions":["rotterdam","frankfurt"],"game_relationships":[],"auth":{},
       "application":{"id":"1000000000000000002","flags":8953856},"shard":[0,1],
       "_trace":["[\\"gateway-prd-us-east1-c-7m3n\\",{\\"micros\\":89000}]"]}""";

  /**
   * A role subscription bought in a guild (type 25): the buyer as author, the purchase's data, a
   * type this catalogue once read as unknown.
   */
  static final String MESSAGE_CREATE_ROLE_SUBSCRIPTION_PURCHASE =
      """
      {"type":25,"tts":false,"timestamp":"2024-07-01T08:20:00.000000+00:00","pinned":false,"mentions":[],
       "mention_roles":[],"mention_everyone":false,"member":{"roles":["41771983423143938"],"premium_since":null,
         "pending":false,"nick":null,"mute":false,"joined_at":"2015-04-26T06:26:56.936000+00:00","flags":0,
         "deaf":false,"communication_disabled_until":null,"banner":null,"avatar":null},
       "id":"1200000000000000040","flags":0,"embeds":[],"edited_timestamp":null,"content":"","components":[],
       "channel_id":"41771983423143937","author":{"username":"nelly","public_flags":0,"id":"80351110224678912",
         "global_name":"Nelly","discriminator":"0","avatar":null,"avatar_decoration_data":null},
       "attachments":[],"guild_id":"41771983423143937",
       "role_subscription_data":{"tier_name":"Gold","total_months_subscribed":3,
         "role_subscription_listing_id":"1200000000000000041","is_renewal":true}}""";

  /**
   * Activities from rich presence clients, whose types Discord does not check: a start time as a
   * decimal number (a client's seconds times a thousand), a creation time and an end as strings.
   */
  static final String PRESENCE_UPDATE_LOOSELY_TYPED_ACTIVITIES =
      """
      {"user":{"id":"80351110224678912"},"status":"online","guild_id":"41771983423143937",
       "client_status":{"desktop":"online"},
       "activities":[
         {"type":0,"timestamps":{"start":1727800000123.456},"name":"Py Game","id":"a1b2c3","details":"level 3",
          "created_at":1727805739426,"application_id":"383226320970055681"},
         {"type":0,"timestamps":{"start":"1727800000000","end":"1727809999000"},"name":"Other Game","id":"d4e5f6",
          "created_at":"1727805739427","state":"in a match"},
         {"type":0,"timestamps":{"start":null},"name":"Null Game","created_at":null}]}""";

  /**
   * A button pressed on an app's ephemeral reply in a thread: the message carries its flags
   * (EPHEMERAL, IS_COMPONENTS_V2), a container of components and the interaction's metadata; the
   * channel is the partial thread, with its metadata.
   */
  static final String INTERACTION_BUTTON_ON_EPHEMERAL_IN_THREAD =
      """
      {"version":1,"type":3,"token":"dG9rZW4tYnV0dG9u","locale":"en-US","guild_locale":"en-US",
       "id":"1200000000000000050","guild_id":"41771983423143937","context":0,"entitlements":[],
       "guild":{"locale":"en-US","id":"41771983423143937","features":["COMMUNITY"]},
       "message":{"webhook_id":"1000000000000000002","type":20,"tts":false,"timestamp":"2024-07-01T08:30:00.000000+00:00",
         "position":0,"pinned":false,"mentions":[],"mention_roles":[],"mention_everyone":false,
         "interaction_metadata":{"user":{"username":"nelly","id":"80351110224678912","discriminator":"0","avatar":null},
           "type":2,"name":"menu","id":"1200000000000000051","command_type":1,
           "authorizing_integration_owners":{"0":"41771983423143937"}},
         "id":"1200000000000000052","flags":32832,"embeds":[],"edited_timestamp":null,"content":"",
         "components":[{"type":17,"id":1,"accent_color":null,"spoiler":false,"components":[
           {"type":10,"id":2,"content":"pick one"},
           {"type":1,"id":3,"components":[{"type":2,"id":4,"style":1,"label":"Go","custom_id":"go","emoji":{"name":"🔥"}}]}]}],
         "channel_id":"1200000000000000053","author":{"username":"shardwire","public_flags":524288,
           "id":"1000000000000000002","global_name":null,"discriminator":"5131","bot":true,"avatar":null},
         "attachments":[],"application_id":"1000000000000000002"},
       "member":{"user":{"username":"nelly","id":"80351110224678912","discriminator":"0","avatar":null,
           "avatar_decoration_data":null,"collectibles":null,"display_name_styles":null,"primary_guild":null},
         "unusual_dm_activity_until":null,"roles":[],"premium_since":null,"permissions":"2251799813685247",
         "pending":false,"nick":null,"mute":false,"joined_at":"2015-04-26T06:26:56.936000+00:00","flags":0,"deaf":false,
         "communication_disabled_until":null,"banner":null,"avatar":null},
       "data":{"id":4,"custom_id":"go","component_type":2},
       "channel_id":"1200000000000000053",
       "channel":{"type":11,"thread_metadata":{"locked":false,"create_timestamp":"2024-06-01T12:00:00.000000+00:00",
           "auto_archive_duration":4320,"archived":false,"archive_timestamp":"2024-06-01T12:00:00.000000+00:00"},
         "rate_limit_per_user":0,"permissions":"2251799813685247","parent_id":"41771983423143937",
         "owner_id":"80351110224678912","name":"a thread","message_count":3,"member_count":2,"total_message_sent":3,
         "last_message_id":"1200000000000000052","id":"1200000000000000053","guild_id":"41771983423143937","flags":0,
         "applied_tags":[]},
       "authorizing_integration_owners":{"0":"41771983423143937"},"attachment_size_limit":10485760,
       "application_id":"1000000000000000002","app_permissions":"2251799813685247"}""";

  /**
   * One activity of each kind a client reports: a custom status with a Unicode emoji and one with an
   * animated custom emoji and no text, a stream with its URL, a watched video with buttons as
   * labels, a competition, and a game with a party's size, secrets and an instance; client
   * statuses on virtual reality and on a platform the docs do not list.
   */
  static final String PRESENCE_UPDATE_EVERY_ACTIVITY_TYPE =
      """
      {"user":{"id":"80351110224678912"},"status":"dnd","guild_id":"41771983423143937",
       "client_status":{"desktop":"dnd","web":"idle","vr":"online","embedded":"online"},"activities":[
         {"type":4,"state":"brb","name":"Custom Status","id":"custom","emoji":{"name":"☕"},"created_at":1727805739426},
         {"type":4,"name":"Custom Status","id":"custom","emoji":{"name":"cat","id":"41771983429993937","animated":true},
          "created_at":1727805739426},
         {"url":"https://www.twitch.tv/nelly","type":1,"state":"Some Game","name":"Twitch","id":"twitch:1",
          "details":"live!","created_at":1727805739426,"assets":{"large_image":"twitch:nelly"},
          "timestamps":{"start":1727800000000}},
         {"type":3,"name":"YouTube","id":"yt","details":"a video","created_at":1727805739426,
          "application_id":"111299001912","buttons":["Watch"],"flags":0,
          "timestamps":{"start":1727800000000,"end":1727809999000}},
         {"type":5,"name":"Arena","id":"c","created_at":1727805739426},
         {"type":0,"name":"Some Game","instance":true,"id":"g","created_at":1727805739426,
          "application_id":"383226320970055681","party":{"size":[2,4],"id":"party-1"},"secrets":{"join":"s"},
          "session_id":"x","platform":"desktop","supported_platforms":["desktop"],
          "metadata":{"button_urls":["https://example.com"]},"buttons":["Join","Site"],"state":"In queue",
          "details":null,"status_display_type":0}]}""";

  /**
   * Reactions as Discord sent them before super reactions, without {@code type} nor {@code burst}:
   * an add in a guild with the member and a removal of a custom emoji.
   */
  static final String MESSAGE_REACTION_ADD_WITHOUT_TYPE =
      """
      {"user_id":"80351110224678912","message_id":"1200000000000000003",
       "member":{"user":{"username":"nelly","id":"80351110224678912","discriminator":"0","avatar":null},"roles":[],
         "joined_at":"2015-04-26T06:26:56.936000+00:00","deaf":false,"mute":false,"flags":0},
       "emoji":{"name":"🔥","id":null},"channel_id":"41771983423143937","guild_id":"41771983423143937"}""";

  static final String MESSAGE_REACTION_REMOVE_WITHOUT_TYPE =
      """
      {"user_id":"80351110224678912","message_id":"1200000000000000003",
       "emoji":{"name":"shardwire","id":"41771983429993937"},"channel_id":"41771983423143937",
       "guild_id":"41771983423143937"}""";

  /**
   * Whole numbers written with a fraction or an exponent, which JSON does not tell from integers: a
   * rich presence client that computes its numbers as floating point (an activity's type, flags,
   * creation time and party size), and the same spelling in a voice channel update, a typing
   * event and a message's attachment and embed.
   */
  static final String PRESENCE_UPDATE_WHOLE_NUMBERS_AS_DECIMALS =
      """
      {"user":{"id":"80351110224678912"},"status":"online","guild_id":"41771983423143937",
       "client_status":{"desktop":"online"},
       "activities":[{"type":0.0,"name":"Py Game","id":"f00d","flags":1.0,"created_at":1727805739426.0,
         "timestamps":{"start":1.7278e12},"instance":true,"party":{"id":"p","size":[1.0,4.0]},
         "application_id":"383226320970055681"}]}""";

  static final String CHANNEL_UPDATE_WHOLE_NUMBERS_AS_DECIMALS =
      """
      {"user_limit":0.0,"type":2.0,"rtc_region":null,"position":5.0,"permission_overwrites":[],"parent_id":null,
       "nsfw":false,"name":"Lounge","id":"155101607195836416","guild_id":"41771983423143937","bitrate":6.4e4,
       "rate_limit_per_user":0.0,"last_message_id":null,"flags":0.0}""";

  static final String TYPING_START_WHOLE_NUMBERS_AS_DECIMALS =
      "{\"user_id\":\"80351110224678912\",\"timestamp\":1719821400.0,\"channel_id\":\"1200000000000000004\"}";

  static final String MESSAGE_CREATE_WHOLE_NUMBERS_AS_DECIMALS =
      MESSAGE_CREATE_BY_WEBHOOK
          .replace("\"color\":3066993", "\"color\":3066993.0")
          .replace("\"type\":0,\"tts\"", "\"type\":0.0,\"tts\"")
          .replace("\"attachments\":[]", """
              "attachments":[{"url":"https://cdn.example/a.png","size":9000.0,"proxy_url":"https://media.example/a.png",
                "id":"1200000000000000060","filename":"a.png","width":640.0,"height":4.8e2,"flags":0.0}]""");

  /**
   * A slash command in a direct message with the bot, by a user who also installed the app: the
   * guild installation's owner is the number 0, not the string the docs show (discord-api-docs
   * #6745), the user installation's owner a string id.
   */
  static final String INTERACTION_IN_BOT_DM_OWNER_ZERO_AS_NUMBER =
      """
      {"version":1,"type":2,"token":"dG9rZW4tZG0","locale":"en-US","entitlements":[],"context":1,
       "channel_id":"1200000000000000004",
       "channel":{"type":1,"recipients":[{"username":"nelly","id":"80351110224678912","discriminator":"0",
           "avatar":null}],"last_message_id":"1200000000000000003","id":"1200000000000000004","flags":0},
       "authorizing_integration_owners":{"0":0,"1":"80351110224678912"},"attachment_size_limit":10485760,
       "app_permissions":"562949953601536","application_id":"1000000000000000002",
       "user":{"username":"nelly","id":"80351110224678912","discriminator":"0","avatar":null,"global_name":null},
       "id":"1200000000000000070","data":{"type":1,"name":"ping","id":"1200000000000000071"}}""";
}

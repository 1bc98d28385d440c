package dev.shardwire.spi;


/**
 * Gateway payloads ({@code d}) shaped after the examples and field tables of Discord's gateway,
 * user and guild documentation, with the extra fields Discord sends that Shardwire does not model
 * (so that skipping is exercised too).
 */
final class Payloads {

  static final String OWN_USER =
      """
      {"id":"80351110224678912","username":"Nelly","discriminator":"1337","global_name":"Nelly N",
       "avatar":"8342729096ea3675442027381ff50dfe","bot":true,"mfa_enabled":true,
       "banner":"06c16474723fe537c283b8efa61a30c8","accent_color":16711680,"locale":"en-US",
       "verified":true,"email":null,"flags":64,"premium_type":1,"public_flags":64,
       "avatar_decoration_data":{"asset":"a_fed43ab12698df65902ba06727e20c0e","sku_id":"1144058522808614923"}}""";

  static final String READY =
      """
      {"v":10,"user_settings":{},
       "user":%s,
       "guilds":[{"id":"41771983423143937","unavailable":true},{"unavailable":true,"id":"41771983423143938"}],
       "session_id":"b3a0b7c2f6ef4b1c8c1a2b1c0f9e1a2b",
       "resume_gateway_url":"wss://gateway-us-east1-b.discord.gg",
       "shard":[0,1],
       "application":{"id":"287704373499691009","flags":565248},
       "_trace":["[\\"gateway-prd-us-east1-b-0568\\",{\\"micros\\":126,\\"calls\\":[]}]"]}"""
          .formatted(OWN_USER);

  static final String RESUMED = "{\"_trace\":[\"[\\\"gateway-prd-us-east1-b-0568\\\",{\\\"micros\\\":12}]\"]}";

  static final String MEMBER_NELLY =
      """
      {"user":{"id":"80351110224678912","username":"Nelly","discriminator":"1337","avatar":null,"global_name":null},
       "nick":"NOT API SUPPORT","avatar":null,"banner":null,
       "roles":["41771983423143936","41771983423143938"],
       "joined_at":"2015-04-26T06:26:56.936000+00:00","premium_since":null,
       "deaf":false,"mute":true,"flags":0,"pending":false,"communication_disabled_until":null}""";

  static final String MEMBER_MASON =
      """
      {"roles":[],"deaf":true,"mute":false,"flags":0,"joined_at":"2016-01-01T00:00:00.000000+00:00",
       "user":{"username":"Mason","id":"53908232506183680","discriminator":"0","global_name":"Mason",
               "avatar":"a_d5efa99b3eeaa7dd43acca82f5692432","bot":true,"system":true}}""";

  static final String PRESENCE_NELLY =
      """
      {"user":{"id":"80351110224678912"},"guild_id":"41771983423143937","status":"online",
       "activities":[],"client_status":{"desktop":"online"}}""";

  static final String PRESENCE_MASON =
      """
      {"status":"dnd","user":{"id":"53908232506183680","username":"Mason"},
       "activities":[{"name":"Rocket League","type":0,"created_at":1700000000000}],"client_status":{"mobile":"dnd"}}""";

  static final String CHUNK_FULL =
      """
      {"guild_id":"41771983423143937",
       "members":[%s,%s],
       "chunk_index":1,"chunk_count":3,
       "not_found":["1234","5678"],
       "presences":[%s,%s],
       "nonce":"chunk-request-1"}"""
          .formatted(MEMBER_NELLY, MEMBER_MASON, PRESENCE_NELLY, PRESENCE_MASON);

  static final String CHUNK_MINIMAL =
      """
      {"chunk_count":1,"members":[%s,%s],"guild_id":"41771983423143937","chunk_index":0}"""
          .formatted(MEMBER_MASON, MEMBER_NELLY);

  private Payloads() {}
}

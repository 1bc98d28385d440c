package dev.shardwire.models;

import java.util.Map;
import java.util.function.LongFunction;

/**
 * A set of Discord permissions, as roles, overwrites and interactions carry them (a decimal string in JSON). Unknown bits are kept.
 */
public final class Permissions extends BitFlags<Permissions> {

  private static final Table BITS = new Table();

  /** The CREATE_INSTANT_INVITE bit (0). */
  public static final Permissions CREATE_INSTANT_INVITE = new Permissions(BITS.bit("CREATE_INSTANT_INVITE", 0));

  /** The KICK_MEMBERS bit (1). */
  public static final Permissions KICK_MEMBERS = new Permissions(BITS.bit("KICK_MEMBERS", 1));

  /** The BAN_MEMBERS bit (2). */
  public static final Permissions BAN_MEMBERS = new Permissions(BITS.bit("BAN_MEMBERS", 2));

  /** The ADMINISTRATOR bit (3). */
  public static final Permissions ADMINISTRATOR = new Permissions(BITS.bit("ADMINISTRATOR", 3));

  /** The MANAGE_CHANNELS bit (4). */
  public static final Permissions MANAGE_CHANNELS = new Permissions(BITS.bit("MANAGE_CHANNELS", 4));

  /** The MANAGE_GUILD bit (5). */
  public static final Permissions MANAGE_GUILD = new Permissions(BITS.bit("MANAGE_GUILD", 5));

  /** The ADD_REACTIONS bit (6). */
  public static final Permissions ADD_REACTIONS = new Permissions(BITS.bit("ADD_REACTIONS", 6));

  /** The VIEW_AUDIT_LOG bit (7). */
  public static final Permissions VIEW_AUDIT_LOG = new Permissions(BITS.bit("VIEW_AUDIT_LOG", 7));

  /** The PRIORITY_SPEAKER bit (8). */
  public static final Permissions PRIORITY_SPEAKER = new Permissions(BITS.bit("PRIORITY_SPEAKER", 8));

  /** The STREAM bit (9). */
  public static final Permissions STREAM = new Permissions(BITS.bit("STREAM", 9));

  /** The VIEW_CHANNEL bit (10). */
  public static final Permissions VIEW_CHANNEL = new Permissions(BITS.bit("VIEW_CHANNEL", 10));

  /** The SEND_MESSAGES bit (11). */
  public static final Permissions SEND_MESSAGES = new Permissions(BITS.bit("SEND_MESSAGES", 11));

  /** The SEND_TTS_MESSAGES bit (12). */
  public static final Permissions SEND_TTS_MESSAGES = new Permissions(BITS.bit("SEND_TTS_MESSAGES", 12));

  /** The MANAGE_MESSAGES bit (13). */
  public static final Permissions MANAGE_MESSAGES = new Permissions(BITS.bit("MANAGE_MESSAGES", 13));

  /** The EMBED_LINKS bit (14). */
  public static final Permissions EMBED_LINKS = new Permissions(BITS.bit("EMBED_LINKS", 14));

  /** The ATTACH_FILES bit (15). */
  public static final Permissions ATTACH_FILES = new Permissions(BITS.bit("ATTACH_FILES", 15));

  /** The READ_MESSAGE_HISTORY bit (16). */
  public static final Permissions READ_MESSAGE_HISTORY = new Permissions(BITS.bit("READ_MESSAGE_HISTORY", 16));

  /** The MENTION_EVERYONE bit (17). */
  public static final Permissions MENTION_EVERYONE = new Permissions(BITS.bit("MENTION_EVERYONE", 17));

  /** The USE_EXTERNAL_EMOJIS bit (18). */
  public static final Permissions USE_EXTERNAL_EMOJIS = new Permissions(BITS.bit("USE_EXTERNAL_EMOJIS", 18));

  /** The VIEW_GUILD_INSIGHTS bit (19). */
  public static final Permissions VIEW_GUILD_INSIGHTS = new Permissions(BITS.bit("VIEW_GUILD_INSIGHTS", 19));

  /** The CONNECT bit (20). */
  public static final Permissions CONNECT = new Permissions(BITS.bit("CONNECT", 20));

  /** The SPEAK bit (21). */
  public static final Permissions SPEAK = new Permissions(BITS.bit("SPEAK", 21));

  /** The MUTE_MEMBERS bit (22). */
  public static final Permissions MUTE_MEMBERS = new Permissions(BITS.bit("MUTE_MEMBERS", 22));

  /** The DEAFEN_MEMBERS bit (23). */
  public static final Permissions DEAFEN_MEMBERS = new Permissions(BITS.bit("DEAFEN_MEMBERS", 23));

  /** The MOVE_MEMBERS bit (24). */
  public static final Permissions MOVE_MEMBERS = new Permissions(BITS.bit("MOVE_MEMBERS", 24));

  /** The USE_VAD bit (25). */
  public static final Permissions USE_VAD = new Permissions(BITS.bit("USE_VAD", 25));

  /** The CHANGE_NICKNAME bit (26). */
  public static final Permissions CHANGE_NICKNAME = new Permissions(BITS.bit("CHANGE_NICKNAME", 26));

  /** The MANAGE_NICKNAMES bit (27). */
  public static final Permissions MANAGE_NICKNAMES = new Permissions(BITS.bit("MANAGE_NICKNAMES", 27));

  /** The MANAGE_ROLES bit (28). */
  public static final Permissions MANAGE_ROLES = new Permissions(BITS.bit("MANAGE_ROLES", 28));

  /** The MANAGE_WEBHOOKS bit (29). */
  public static final Permissions MANAGE_WEBHOOKS = new Permissions(BITS.bit("MANAGE_WEBHOOKS", 29));

  /** The MANAGE_GUILD_EXPRESSIONS bit (30). */
  public static final Permissions MANAGE_GUILD_EXPRESSIONS = new Permissions(BITS.bit("MANAGE_GUILD_EXPRESSIONS", 30));

  /** The USE_APPLICATION_COMMANDS bit (31). */
  public static final Permissions USE_APPLICATION_COMMANDS = new Permissions(BITS.bit("USE_APPLICATION_COMMANDS", 31));

  /** The REQUEST_TO_SPEAK bit (32). */
  public static final Permissions REQUEST_TO_SPEAK = new Permissions(BITS.bit("REQUEST_TO_SPEAK", 32));

  /** The MANAGE_EVENTS bit (33). */
  public static final Permissions MANAGE_EVENTS = new Permissions(BITS.bit("MANAGE_EVENTS", 33));

  /** The MANAGE_THREADS bit (34). */
  public static final Permissions MANAGE_THREADS = new Permissions(BITS.bit("MANAGE_THREADS", 34));

  /** The CREATE_PUBLIC_THREADS bit (35). */
  public static final Permissions CREATE_PUBLIC_THREADS = new Permissions(BITS.bit("CREATE_PUBLIC_THREADS", 35));

  /** The CREATE_PRIVATE_THREADS bit (36). */
  public static final Permissions CREATE_PRIVATE_THREADS = new Permissions(BITS.bit("CREATE_PRIVATE_THREADS", 36));

  /** The USE_EXTERNAL_STICKERS bit (37). */
  public static final Permissions USE_EXTERNAL_STICKERS = new Permissions(BITS.bit("USE_EXTERNAL_STICKERS", 37));

  /** The SEND_MESSAGES_IN_THREADS bit (38). */
  public static final Permissions SEND_MESSAGES_IN_THREADS = new Permissions(BITS.bit("SEND_MESSAGES_IN_THREADS", 38));

  /** The USE_EMBEDDED_ACTIVITIES bit (39). */
  public static final Permissions USE_EMBEDDED_ACTIVITIES = new Permissions(BITS.bit("USE_EMBEDDED_ACTIVITIES", 39));

  /** The MODERATE_MEMBERS bit (40). */
  public static final Permissions MODERATE_MEMBERS = new Permissions(BITS.bit("MODERATE_MEMBERS", 40));

  /** The VIEW_CREATOR_MONETIZATION_ANALYTICS bit (41). */
  public static final Permissions VIEW_CREATOR_MONETIZATION_ANALYTICS = new Permissions(BITS.bit("VIEW_CREATOR_MONETIZATION_ANALYTICS", 41));

  /** The USE_SOUNDBOARD bit (42). */
  public static final Permissions USE_SOUNDBOARD = new Permissions(BITS.bit("USE_SOUNDBOARD", 42));

  /** The CREATE_GUILD_EXPRESSIONS bit (43): since 23 February 2026 needed to create emojis and stickers, MANAGE_GUILD_EXPRESSIONS alone no longer does. */
  public static final Permissions CREATE_GUILD_EXPRESSIONS = new Permissions(BITS.bit("CREATE_GUILD_EXPRESSIONS", 43));

  /** The CREATE_EVENTS bit (44): since 23 February 2026 needed to create scheduled events, MANAGE_EVENTS alone no longer does. */
  public static final Permissions CREATE_EVENTS = new Permissions(BITS.bit("CREATE_EVENTS", 44));

  /** The USE_EXTERNAL_SOUNDS bit (45). */
  public static final Permissions USE_EXTERNAL_SOUNDS = new Permissions(BITS.bit("USE_EXTERNAL_SOUNDS", 45));

  /** The SEND_VOICE_MESSAGES bit (46). */
  public static final Permissions SEND_VOICE_MESSAGES = new Permissions(BITS.bit("SEND_VOICE_MESSAGES", 46));

  /** The SET_VOICE_CHANNEL_STATUS bit (48). */
  public static final Permissions SET_VOICE_CHANNEL_STATUS = new Permissions(BITS.bit("SET_VOICE_CHANNEL_STATUS", 48));

  /** The SEND_POLLS bit (49). */
  public static final Permissions SEND_POLLS = new Permissions(BITS.bit("SEND_POLLS", 49));

  /** The USE_EXTERNAL_APPS bit (50). */
  public static final Permissions USE_EXTERNAL_APPS = new Permissions(BITS.bit("USE_EXTERNAL_APPS", 50));

  /** The PIN_MESSAGES bit (51): since 23 February 2026 needed to pin and unpin messages, MANAGE_MESSAGES alone no longer does. */
  public static final Permissions PIN_MESSAGES = new Permissions(BITS.bit("PIN_MESSAGES", 51));

  /** The BYPASS_SLOWMODE bit (52): since 23 February 2026 what exempts a user from slow mode (bots are never slowed). */
  public static final Permissions BYPASS_SLOWMODE = new Permissions(BITS.bit("BYPASS_SLOWMODE", 52));

  private static final Map<String, Long> NAMES = BITS.freeze();

  /** No bit set. */
  public static final Permissions NONE = new Permissions(0);

  private Permissions(long value) {
    super(value);
  }

  /** The flags with exactly the bits of {@code value}, known or not. */
  public static Permissions of(long value) {
    return value == 0 ? NONE : new Permissions(value);
  }

  /** The union of {@code flags}. */
  public static Permissions of(Permissions... flags) {
    long value = 0;
    for (Permissions flag : flags) {
      value |= flag.value();
    }
    return of(value);
  }

  @Override
  LongFunction<Permissions> factory() {
    return Permissions::of;
  }

  @Override
  Map<String, Long> table() {
    return NAMES;
  }
}

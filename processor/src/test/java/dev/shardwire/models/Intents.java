package dev.shardwire.models;

/**
 * Stub of the runtime's intents: the processor checks {@code @ShardEvent(intents = …)} against
 * these constant names, so they are the runtime's names.
 */
public final class Intents {
  public static final Intents GUILDS = of(1L);
  public static final Intents GUILD_MEMBERS = of(1L << 1);
  public static final Intents GUILD_MODERATION = of(1L << 2);
  public static final Intents GUILD_EXPRESSIONS = of(1L << 3);
  public static final Intents GUILD_INTEGRATIONS = of(1L << 4);
  public static final Intents GUILD_WEBHOOKS = of(1L << 5);
  public static final Intents GUILD_INVITES = of(1L << 6);
  public static final Intents GUILD_VOICE_STATES = of(1L << 7);
  public static final Intents GUILD_PRESENCES = of(1L << 8);
  public static final Intents GUILD_MESSAGES = of(1L << 9);
  public static final Intents GUILD_MESSAGE_REACTIONS = of(1L << 10);
  public static final Intents GUILD_MESSAGE_TYPING = of(1L << 11);
  public static final Intents DIRECT_MESSAGES = of(1L << 12);
  public static final Intents DIRECT_MESSAGE_REACTIONS = of(1L << 13);
  public static final Intents DIRECT_MESSAGE_TYPING = of(1L << 14);
  public static final Intents MESSAGE_CONTENT = of(1L << 15);
  public static final Intents GUILD_SCHEDULED_EVENTS = of(1L << 16);
  public static final Intents AUTO_MODERATION_CONFIGURATION = of(1L << 20);
  public static final Intents AUTO_MODERATION_EXECUTION = of(1L << 21);
  public static final Intents GUILD_MESSAGE_POLLS = of(1L << 24);
  public static final Intents DIRECT_MESSAGE_POLLS = of(1L << 25);
  public static final Intents NONE = of(0L);

  private final long value;

  private Intents(long value) {
    this.value = value;
  }

  public static Intents of(long value) {
    return new Intents(value);
  }

  public long value() {
    return value;
  }
}

package dev.shardwire.models;

import dev.shardwire.spi.EventType;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * The gateway intents a bot identifies with: which groups of events the gateway sends it.
 *
 * <p>Discord's values, from its gateway documentation. {@code GUILD_MEMBERS}, {@code
 * GUILD_PRESENCES} and {@code MESSAGE_CONTENT} are privileged.
 */
public final class Intents extends BitFlags<Intents> {

  private static final Table BITS = new Table();

  /** The GUILDS bit (0). */
  public static final Intents GUILDS = new Intents(BITS.bit("GUILDS", 0));

  /** The GUILD_MEMBERS bit (1). */
  public static final Intents GUILD_MEMBERS = new Intents(BITS.bit("GUILD_MEMBERS", 1));

  /** The GUILD_MODERATION bit (2). */
  public static final Intents GUILD_MODERATION = new Intents(BITS.bit("GUILD_MODERATION", 2));

  /** The GUILD_EXPRESSIONS bit (3). */
  public static final Intents GUILD_EXPRESSIONS = new Intents(BITS.bit("GUILD_EXPRESSIONS", 3));

  /** The GUILD_INTEGRATIONS bit (4). */
  public static final Intents GUILD_INTEGRATIONS = new Intents(BITS.bit("GUILD_INTEGRATIONS", 4));

  /** The GUILD_WEBHOOKS bit (5). */
  public static final Intents GUILD_WEBHOOKS = new Intents(BITS.bit("GUILD_WEBHOOKS", 5));

  /** The GUILD_INVITES bit (6). */
  public static final Intents GUILD_INVITES = new Intents(BITS.bit("GUILD_INVITES", 6));

  /** The GUILD_VOICE_STATES bit (7). */
  public static final Intents GUILD_VOICE_STATES = new Intents(BITS.bit("GUILD_VOICE_STATES", 7));

  /** The GUILD_PRESENCES bit (8). */
  public static final Intents GUILD_PRESENCES = new Intents(BITS.bit("GUILD_PRESENCES", 8));

  /** The GUILD_MESSAGES bit (9). */
  public static final Intents GUILD_MESSAGES = new Intents(BITS.bit("GUILD_MESSAGES", 9));

  /** The GUILD_MESSAGE_REACTIONS bit (10). */
  public static final Intents GUILD_MESSAGE_REACTIONS = new Intents(BITS.bit("GUILD_MESSAGE_REACTIONS", 10));

  /** The GUILD_MESSAGE_TYPING bit (11). */
  public static final Intents GUILD_MESSAGE_TYPING = new Intents(BITS.bit("GUILD_MESSAGE_TYPING", 11));

  /** The DIRECT_MESSAGES bit (12). */
  public static final Intents DIRECT_MESSAGES = new Intents(BITS.bit("DIRECT_MESSAGES", 12));

  /** The DIRECT_MESSAGE_REACTIONS bit (13). */
  public static final Intents DIRECT_MESSAGE_REACTIONS = new Intents(BITS.bit("DIRECT_MESSAGE_REACTIONS", 13));

  /** The DIRECT_MESSAGE_TYPING bit (14). */
  public static final Intents DIRECT_MESSAGE_TYPING = new Intents(BITS.bit("DIRECT_MESSAGE_TYPING", 14));

  /** The MESSAGE_CONTENT bit (15). */
  public static final Intents MESSAGE_CONTENT = new Intents(BITS.bit("MESSAGE_CONTENT", 15));

  /** The GUILD_SCHEDULED_EVENTS bit (16). */
  public static final Intents GUILD_SCHEDULED_EVENTS = new Intents(BITS.bit("GUILD_SCHEDULED_EVENTS", 16));

  /** The AUTO_MODERATION_CONFIGURATION bit (20). */
  public static final Intents AUTO_MODERATION_CONFIGURATION = new Intents(BITS.bit("AUTO_MODERATION_CONFIGURATION", 20));

  /** The AUTO_MODERATION_EXECUTION bit (21). */
  public static final Intents AUTO_MODERATION_EXECUTION = new Intents(BITS.bit("AUTO_MODERATION_EXECUTION", 21));

  /** The GUILD_MESSAGE_POLLS bit (24). */
  public static final Intents GUILD_MESSAGE_POLLS = new Intents(BITS.bit("GUILD_MESSAGE_POLLS", 24));

  /** The DIRECT_MESSAGE_POLLS bit (25). */
  public static final Intents DIRECT_MESSAGE_POLLS = new Intents(BITS.bit("DIRECT_MESSAGE_POLLS", 25));

  private static final Map<String, Long> NAMES = BITS.freeze();

  /** No bit set. */
  public static final Intents NONE = new Intents(0);

  /**
   * The privileged intents, which Discord refuses (close code 4014) unless they are enabled for
   * the application: GUILD_MEMBERS, GUILD_PRESENCES and MESSAGE_CONTENT.
   */
  public static final Intents PRIVILEGED = of(GUILD_MEMBERS, GUILD_PRESENCES, MESSAGE_CONTENT);

  /** Every intent above but the {@link #PRIVILEGED} ones: what any bot may identify with. */
  public static final Intents UNPRIVILEGED = of(NAMES.values().stream().mapToLong(Long::longValue).reduce(0, (a, b) -> a | b))
      .minus(PRIVILEGED);

  private Intents(long value) {
    super(value);
  }

  /** The intents without which the gateway never sends events of {@code type}. */
  public static Intents requiredBy(EventType<?> type) {
    return of(type.requiredIntentBits());
  }

  /** The flags with exactly the bits of {@code value}; unknown bits are kept. */
  public static Intents of(long value) {
    return value == 0 ? NONE : new Intents(value);
  }

  /** The union of {@code flags}. */
  public static Intents of(Intents... flags) {
    long value = 0;
    for (Intents flag : flags) {
      value |= flag.value();
    }
    return of(value);
  }

  @Override
  LongFunction<Intents> factory() {
    return Intents::of;
  }

  @Override
  Map<String, Long> table() {
    return NAMES;
  }
}

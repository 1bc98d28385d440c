package dev.shardwire.models;

import java.util.Map;
import java.util.function.LongFunction;

/**
 * The public flags of the bot's application, as READY carries them in {@code application.flags}.
 */
public final class ApplicationFlags extends BitFlags<ApplicationFlags> {

  private static final Table BITS = new Table();

  /** The APPLICATION_AUTO_MODERATION_RULE_CREATE_BADGE bit (6). */
  public static final ApplicationFlags APPLICATION_AUTO_MODERATION_RULE_CREATE_BADGE = new ApplicationFlags(BITS.bit("APPLICATION_AUTO_MODERATION_RULE_CREATE_BADGE", 6));

  /** The GATEWAY_PRESENCE bit (12). */
  public static final ApplicationFlags GATEWAY_PRESENCE = new ApplicationFlags(BITS.bit("GATEWAY_PRESENCE", 12));

  /** The GATEWAY_PRESENCE_LIMITED bit (13). */
  public static final ApplicationFlags GATEWAY_PRESENCE_LIMITED = new ApplicationFlags(BITS.bit("GATEWAY_PRESENCE_LIMITED", 13));

  /** The GATEWAY_GUILD_MEMBERS bit (14). */
  public static final ApplicationFlags GATEWAY_GUILD_MEMBERS = new ApplicationFlags(BITS.bit("GATEWAY_GUILD_MEMBERS", 14));

  /** The GATEWAY_GUILD_MEMBERS_LIMITED bit (15). */
  public static final ApplicationFlags GATEWAY_GUILD_MEMBERS_LIMITED = new ApplicationFlags(BITS.bit("GATEWAY_GUILD_MEMBERS_LIMITED", 15));

  /** The VERIFICATION_PENDING_GUILD_LIMIT bit (16). */
  public static final ApplicationFlags VERIFICATION_PENDING_GUILD_LIMIT = new ApplicationFlags(BITS.bit("VERIFICATION_PENDING_GUILD_LIMIT", 16));

  /** The EMBEDDED bit (17). */
  public static final ApplicationFlags EMBEDDED = new ApplicationFlags(BITS.bit("EMBEDDED", 17));

  /** The GATEWAY_MESSAGE_CONTENT bit (18). */
  public static final ApplicationFlags GATEWAY_MESSAGE_CONTENT = new ApplicationFlags(BITS.bit("GATEWAY_MESSAGE_CONTENT", 18));

  /** The GATEWAY_MESSAGE_CONTENT_LIMITED bit (19). */
  public static final ApplicationFlags GATEWAY_MESSAGE_CONTENT_LIMITED = new ApplicationFlags(BITS.bit("GATEWAY_MESSAGE_CONTENT_LIMITED", 19));

  /** The APPLICATION_COMMAND_BADGE bit (23). */
  public static final ApplicationFlags APPLICATION_COMMAND_BADGE = new ApplicationFlags(BITS.bit("APPLICATION_COMMAND_BADGE", 23));

  private static final Map<String, Long> NAMES = BITS.freeze();

  /** No bit set. */
  public static final ApplicationFlags NONE = new ApplicationFlags(0);

  private ApplicationFlags(long value) {
    super(value);
  }

  /** The flags with exactly the bits of {@code value}; unknown bits are kept. */
  public static ApplicationFlags of(long value) {
    return value == 0 ? NONE : new ApplicationFlags(value);
  }

  /** The union of {@code flags}. */
  public static ApplicationFlags of(ApplicationFlags... flags) {
    long value = 0;
    for (ApplicationFlags flag : flags) {
      value |= flag.value();
    }
    return of(value);
  }

  @Override
  LongFunction<ApplicationFlags> factory() {
    return ApplicationFlags::of;
  }

  @Override
  Map<String, Long> table() {
    return NAMES;
  }
}

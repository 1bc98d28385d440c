package dev.shardwire.models;

import java.util.Map;
import java.util.function.LongFunction;

/**
 * The flags on a user's account ({@code flags}, {@code public_flags}). Unknown bits are kept.
 */
public final class UserFlags extends BitFlags<UserFlags> {

  private static final Table BITS = new Table();

  /** The STAFF bit (0). */
  public static final UserFlags STAFF = new UserFlags(BITS.bit("STAFF", 0));

  /** The PARTNER bit (1). */
  public static final UserFlags PARTNER = new UserFlags(BITS.bit("PARTNER", 1));

  /** The HYPESQUAD bit (2). */
  public static final UserFlags HYPESQUAD = new UserFlags(BITS.bit("HYPESQUAD", 2));

  /** The BUG_HUNTER_LEVEL_1 bit (3). */
  public static final UserFlags BUG_HUNTER_LEVEL_1 = new UserFlags(BITS.bit("BUG_HUNTER_LEVEL_1", 3));

  /** The HYPESQUAD_ONLINE_HOUSE_1 bit (6). */
  public static final UserFlags HYPESQUAD_ONLINE_HOUSE_1 = new UserFlags(BITS.bit("HYPESQUAD_ONLINE_HOUSE_1", 6));

  /** The HYPESQUAD_ONLINE_HOUSE_2 bit (7). */
  public static final UserFlags HYPESQUAD_ONLINE_HOUSE_2 = new UserFlags(BITS.bit("HYPESQUAD_ONLINE_HOUSE_2", 7));

  /** The HYPESQUAD_ONLINE_HOUSE_3 bit (8). */
  public static final UserFlags HYPESQUAD_ONLINE_HOUSE_3 = new UserFlags(BITS.bit("HYPESQUAD_ONLINE_HOUSE_3", 8));

  /** The PREMIUM_EARLY_SUPPORTER bit (9). */
  public static final UserFlags PREMIUM_EARLY_SUPPORTER = new UserFlags(BITS.bit("PREMIUM_EARLY_SUPPORTER", 9));

  /** The TEAM_PSEUDO_USER bit (10). */
  public static final UserFlags TEAM_PSEUDO_USER = new UserFlags(BITS.bit("TEAM_PSEUDO_USER", 10));

  /** The BUG_HUNTER_LEVEL_2 bit (14). */
  public static final UserFlags BUG_HUNTER_LEVEL_2 = new UserFlags(BITS.bit("BUG_HUNTER_LEVEL_2", 14));

  /** The VERIFIED_BOT bit (16). */
  public static final UserFlags VERIFIED_BOT = new UserFlags(BITS.bit("VERIFIED_BOT", 16));

  /** The VERIFIED_DEVELOPER bit (17). */
  public static final UserFlags VERIFIED_DEVELOPER = new UserFlags(BITS.bit("VERIFIED_DEVELOPER", 17));

  /** The CERTIFIED_MODERATOR bit (18). */
  public static final UserFlags CERTIFIED_MODERATOR = new UserFlags(BITS.bit("CERTIFIED_MODERATOR", 18));

  /** The BOT_HTTP_INTERACTIONS bit (19). */
  public static final UserFlags BOT_HTTP_INTERACTIONS = new UserFlags(BITS.bit("BOT_HTTP_INTERACTIONS", 19));

  /** The ACTIVE_DEVELOPER bit (22). */
  public static final UserFlags ACTIVE_DEVELOPER = new UserFlags(BITS.bit("ACTIVE_DEVELOPER", 22));

  private static final Map<String, Long> NAMES = BITS.freeze();

  /** No bit set. */
  public static final UserFlags NONE = new UserFlags(0);

  private UserFlags(long value) {
    super(value);
  }

  /** The flags with exactly the bits of {@code value}, known or not. */
  public static UserFlags of(long value) {
    return value == 0 ? NONE : new UserFlags(value);
  }

  /** The union of {@code flags}. */
  public static UserFlags of(UserFlags... flags) {
    long value = 0;
    for (UserFlags flag : flags) {
      value |= flag.value();
    }
    return of(value);
  }

  @Override
  LongFunction<UserFlags> factory() {
    return UserFlags::of;
  }

  @Override
  Map<String, Long> table() {
    return NAMES;
  }
}

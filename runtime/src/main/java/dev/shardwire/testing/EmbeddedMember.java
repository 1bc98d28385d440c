package dev.shardwire.testing;

import dev.shardwire.models.Snowflake;
import dev.shardwire.models.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A guild member the {@link EmbeddedGateway} serves in GUILD_MEMBERS_CHUNK answers.
 *
 * @param id the user's id
 * @param username the user's name (queries match its start, ignoring case)
 * @param status the presence status sent when presences are asked for
 * @param statusJson the status as sent in JSON: Discord's name of {@code status}, or, with {@link
 *     Status#UNKNOWN}, any value (a status Discord might add, such as {@code "brand_new_status"})
 */
public record EmbeddedMember(Snowflake id, String username, Status status, String statusJson) {

  /** Checks the fields. */
  public EmbeddedMember {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(statusJson, "statusJson");
  }

  /**
   * A member whose status is sent under Discord's name for it.
   *
   * @throws IllegalArgumentException for {@link Status#UNKNOWN}, which has no name: use {@link
   *     #withUnknownStatus}
   */
  public EmbeddedMember(Snowflake id, String username, Status status) {
    this(id, username, status, jsonName(status));
  }

  /** A member whose presence carries {@code rawStatus}, a status Shardwire does not know. */
  public static EmbeddedMember withUnknownStatus(Snowflake id, String username, String rawStatus) {
    return new EmbeddedMember(id, username, Status.UNKNOWN, rawStatus);
  }

  /** {@code count} online members with ids {@code firstId, firstId+1, …} named {@code member-<id>}. */
  public static List<EmbeddedMember> numbered(long firstId, int count) {
    List<EmbeddedMember> members = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      long id = firstId + i;
      members.add(new EmbeddedMember(Snowflake.of(id), "member-" + id, Status.ONLINE));
    }
    return List.copyOf(members);
  }

  private static String jsonName(Status status) {
    return switch (status) {
      case DO_NOT_DISTURB -> "dnd";
      case UNKNOWN -> throw new IllegalArgumentException(
          "Status.UNKNOWN has no JSON name; use EmbeddedMember.withUnknownStatus to send a raw status");
      default -> status.name().toLowerCase(Locale.ROOT);
    };
  }
}

package dev.shardwire.testing;

import dev.shardwire.models.Snowflake;
import dev.shardwire.models.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A guild member the {@link EmbeddedGateway} serves in GUILD_MEMBERS_CHUNK answers.
 *
 * @param id the user's id
 * @param username the user's name (queries match its start, ignoring case)
 * @param status the presence status sent when presences are asked for
 */
public record EmbeddedMember(Snowflake id, String username, Status status) {

  /** Checks the fields. */
  public EmbeddedMember {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(status, "status");
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
}

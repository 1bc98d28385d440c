package dev.shardwire.redis;

import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.sync.RedisCommands;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the entries a stream's bound ({@code XADD … MAXLEN}) trimmed before the worker's group
 * read them: lost to the group, and said so, in a count and a WARN line, instead of in silence.
 *
 * <p>Redis 7 counts, per stream, the entries ever added, and per group, the entries it read; an
 * entry trimmed unread is added and never read. So where the group's unread entries can be
 * counted without reading them (the group has read everything, or the trim passed its position,
 * so that every entry left is unread), what was added, less what was read, less what is left
 * unread, is what was lost. A script counts that and marks those
 * entries read in the same step ({@code XGROUP SETID … ENTRIESREAD}), so among the workers of a
 * group exactly one reports each loss, once. Where the count cannot be made now (the group is in
 * the middle of a backlog), a later check makes it: counting the entries left there would mean
 * reading them, payloads and all. Entries deleted with {@code XDEL} count
 * the same way; after such a deletion ahead of the group, Redis cannot count its reads and the
 * check says nothing until it caught up.
 *
 * <p>The entries trimmed while pending with a consumer (read, not yet acknowledged, and the
 * consumer died) are counted where they show up: {@code XAUTOCLAIM} names them deleted, and a
 * consumer's own pending list gives them without fields ({@link #pendingTrimmed}).
 */
final class TrimmedEntries {

  private static final Logger LOG = LoggerFactory.getLogger(TrimmedEntries.class);

  // KEYS[1] the stream, ARGV[1] the group, ARGV[2] "created" when the group was just made.
  // Returns how many entries were trimmed unread since the last count, and marks them read.
  private static final String SCRIPT = """
      local function field(reply, name)
        for i = 1, #reply, 2 do
          if reply[i] == name then return reply[i + 1] end
        end
        return nil
      end
      local function before(a, b)
        local ams, aseq = string.match(a, '^(%d+)-(%d+)$')
        local bms, bseq = string.match(b, '^(%d+)-(%d+)$')
        ams, aseq, bms, bseq = tonumber(ams), tonumber(aseq), tonumber(bms), tonumber(bseq)
        return ams < bms or (ams == bms and aseq < bseq)
      end
      if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
      local group
      for _, g in ipairs(redis.call('XINFO', 'GROUPS', KEYS[1])) do
        if field(g, 'name') == ARGV[1] then group = g end
      end
      if not group then return 0 end
      -- The usual case, a group that read everything added: nothing to count (and XINFO STREAM,
      -- which copies the first and last entries, is spared).
      if field(group, 'lag') == 0 and ARGV[2] ~= 'created' then return 0 end
      local stream = redis.call('XINFO', 'STREAM', KEYS[1])
      local added = field(stream, 'entries-added')
      local read = field(group, 'entries-read')
      local last = field(group, 'last-delivered-id')
      if not added then return 0 end
      if ARGV[2] == 'created' then
        -- A group just made at the start of the stream: what was trimmed before it existed was
        -- never its own. (Redis leaves its read count unknown, or 0, depending on the version.)
        if last == '0-0' then
          redis.call('XGROUP', 'SETID', KEYS[1], ARGV[1], '0-0', 'ENTRIESREAD', added - field(stream, 'length'))
        end
        return 0
      end
      if not read then
        if last ~= '0-0' then return 0 end
        read = 0
      end
      local length = field(stream, 'length')
      local first = field(stream, 'first-entry')
      local unread
      if length == 0 or last == field(stream, 'last-generated-id') then
        unread = 0
      elseif first and before(last, first[1]) then
        unread = length
      else
        return 0
      end
      local lost = added - read - unread
      if lost <= 0 then return 0 end
      redis.call('XGROUP', 'SETID', KEYS[1], ARGV[1], last, 'ENTRIESREAD', added - unread)
      return lost
      """;

  private final RedisCommands<String, byte[]> redis;
  private final String group;
  private final String consumerName;
  private final AtomicLong trimmed = new AtomicLong();
  /** Set on the reader's thread when Redis refuses the script for good: no more checks. */
  private boolean refused;

  TrimmedEntries(RedisCommands<String, byte[]> redis, String group, String consumerName) {
    this.redis = redis;
    this.group = group;
    this.consumerName = consumerName;
  }

  /** How many entries this worker found trimmed before its group handled them. */
  long trimmed() {
    return trimmed.get();
  }

  /**
   * On the reader's thread: counts, reports and marks read the entries of {@code stream} trimmed
   * before the group read them.
   */
  void checkUnread(String stream) {
    check(stream, "read");
  }

  /**
   * On the reader's thread, right after this worker made the group on {@code stream} from its
   * start: the entries trimmed before the group existed were never the group's (a group made again
   * after it was deleted read them in its former life), so they count as read, not lost.
   */
  void groupCreated(String stream) {
    check(stream, "created");
  }

  private void check(String stream, String mode) {
    if (refused) {
      return;
    }
    long lost;
    try {
      lost = redis.eval(SCRIPT, ScriptOutputType.INTEGER, new String[] {stream}, bytes(group), bytes(mode));
    } catch (RedisCommandExecutionException e) {
      String code = RedisErrors.code(e);
      if (code.equals("NOPERM") || code.equals("ERR")) {
        // A user without EVAL or XINFO, or a Redis older than 7 (no ENTRIESREAD): trims go unnoticed.
        refused = true;
        LOG.warn("dispatch worker {}: cannot count the entries trimmed from its streams before group {} read them ({}); "
            + "such losses go unreported", consumerName, group, e.getMessage());
        return;
      }
      throw e;
    }
    if (lost > 0) {
      trimmed.addAndGet(lost);
      LOG.warn("dispatch worker {}: {} entries of {} were trimmed (the stream's MAXLEN bound) or deleted before group {} "
          + "read them; they are lost to it", consumerName, lost, stream, group);
    }
  }

  /**
   * Counts and reports {@code count} entries of {@code stream} that a consumer of the group had
   * read and not acknowledged when the stream's bound trimmed them.
   */
  void pendingTrimmed(String stream, long count) {
    if (count <= 0) {
      return;
    }
    trimmed.addAndGet(count);
    LOG.warn("dispatch worker {}: {} entries of {} pending with the group were trimmed (the stream's MAXLEN bound) or "
        + "deleted before a worker of group {} finished them; they are lost to it", consumerName, count, stream, group);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}

package dev.shardwire.testing;

import java.util.ArrayDeque;

/**
 * A session of the embedded gateway: its sequence counter, its replay buffer and the connection
 * it currently serves. Every method runs under the session's lock, so a replay and a live dispatch
 * never interleave.
 */
final class ServerSession {

  private record Entry(long seq, String frame) {}

  /** The most dispatches {@link #dispatchMany} hands to the connection at once. */
  static final int WRITE_BATCH = 64;

  final String id;
  final int shardId;
  final int shardCount;
  /** The intents the session identified with: which dispatches it gets ({@link IntentRules}). */
  final long intents;
  private final int replayLimit;
  private final ArrayDeque<Entry> buffer = new ArrayDeque<>();
  private long seq;
  private ServerConnection connection;
  private boolean invalid;

  ServerSession(String id, int shardId, int shardCount, long intents, int replayLimit) {
    this.id = id;
    this.shardId = shardId;
    this.shardCount = shardCount;
    this.intents = intents;
    this.replayLimit = replayLimit;
  }

  /** Whether Discord would send this session a dispatch of {@code guild}: {@code (guild_id >> 22) % num_shards}. */
  boolean ownsGuild(long guild) {
    return Long.remainderUnsigned(guild >>> 22, shardCount) == shardId;
  }

  /** Numbers, buffers and (if a connection is attached) sends a dispatch; returns its sequence number. */
  synchronized long dispatch(String name, String data) {
    if (invalid) {
      return -1;
    }
    String frame = number(name, data);
    if (connection != null) {
      connection.send(frame);
    }
    return seq;
  }

  /**
   * Numbers, buffers and sends {@code count} copies of a dispatch, handing them to the connection
   * together ({@link ServerConnection#sendAll}); at most {@link #WRITE_BATCH} at a time.
   */
  synchronized void dispatchMany(int count, String name, String data) {
    if (invalid) {
      return;
    }
    String[] frames = new String[count];
    for (int i = 0; i < count; i++) {
      frames[i] = number(name, data);
    }
    if (connection != null) {
      connection.sendAll(frames);
    }
  }

  /** The next sequence number's frame, kept in the replay buffer. */
  private String number(String name, String data) {
    long s = ++seq;
    String frame = "{\"t\":\"" + name + "\",\"s\":" + s + ",\"op\":0,\"d\":" + data + "}";
    buffer.addLast(new Entry(s, frame));
    if (buffer.size() > replayLimit) {
      buffer.removeFirst();
    }
    return frame;
  }

  /**
   * Attaches {@code conn} after a RESUME from {@code after}: replays every dispatch after it, then
   * RESUMED.
   *
   * @return the connection this replaced, or null; or {@code conn} itself when the session
   *     cannot resume from {@code after}
   */
  synchronized ServerConnection resume(ServerConnection conn, long after) {
    long oldest = buffer.isEmpty() ? seq + 1 : buffer.peekFirst().seq();
    if (invalid || after > seq || after + 1 < oldest) {
      return conn;
    }
    ServerConnection previous = connection;
    connection = conn;
    conn.session = this;
    for (Entry entry : buffer) {
      if (entry.seq() > after) {
        conn.send(entry.frame());
      }
    }
    conn.send(ServerPayloads.RESUMED);
    return previous == conn ? null : previous;
  }

  synchronized void attach(ServerConnection conn) {
    connection = conn;
    conn.session = this;
  }

  synchronized void detach(ServerConnection conn) {
    if (connection == conn) {
      connection = null;
    }
  }

  synchronized void invalidate() {
    invalid = true;
    connection = null;
  }

  synchronized boolean isValid() {
    return !invalid;
  }

  synchronized long lastSequence() {
    return seq;
  }
}

package dev.shardwire.testing;

import java.util.ArrayDeque;

/**
 * A session of the embedded gateway: its sequence counter, its replay buffer and the connection
 * it currently serves. Every method runs under the session's lock, so a replay and a live dispatch
 * never interleave.
 */
final class ServerSession {

  private record Entry(long seq, String frame) {}

  final String id;
  final int shardId;
  private final int replayLimit;
  private final ArrayDeque<Entry> buffer = new ArrayDeque<>();
  private long seq;
  private ServerConnection connection;
  private boolean invalid;

  ServerSession(String id, int shardId, int replayLimit) {
    this.id = id;
    this.shardId = shardId;
    this.replayLimit = replayLimit;
  }

  /** Numbers, buffers and (if a connection is attached) sends a dispatch; returns its sequence number. */
  synchronized long dispatch(String name, String data) {
    if (invalid) {
      return -1;
    }
    long s = ++seq;
    String frame = "{\"t\":\"" + name + "\",\"s\":" + s + ",\"op\":0,\"d\":" + data + "}";
    buffer.addLast(new Entry(s, frame));
    if (buffer.size() > replayLimit) {
      buffer.removeFirst();
    }
    if (connection != null) {
      connection.send(frame);
    }
    return s;
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
    // RESUMED carries no sequence number: it is this connection's handshake, never replayed.
    conn.send("{\"t\":\"RESUMED\",\"s\":null,\"op\":0,\"d\":{}}");
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

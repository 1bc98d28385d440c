package dev.shardwire.testing;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The faults tests script on the embedded gateway: cut sockets, withheld ACKs, op 7, op 9, close
 * codes and malformed frames (JSON that is not, text that is not UTF-8), each applied to the
 * connections open at the moment it is called.
 * Where Discord would forget the session along with the fault (op 9 {@code false}, 4007, 4009),
 * so does this, so that a RESUME is refused as it would be.
 *
 * <p>Thread-safe: called from test threads while the server's threads serve the connections.
 */
final class Faults {

  private final SessionRegistry sessions;
  private final AtomicInteger reconnectInsteadOfHello = new AtomicInteger();
  private final AtomicInteger withholdHello = new AtomicInteger();
  private final AtomicInteger withholdHandshake = new AtomicInteger();
  private final AtomicInteger corruptMemberChunks = new AtomicInteger();
  /** The {@code resume_gateway_url} READY advertises; null: the gateway's own URL. */
  private volatile String resumeUrl;

  Faults(SessionRegistry sessions) {
    this.sessions = sessions;
  }

  void dropConnections() {
    for (ServerConnection conn : sessions.openConnections()) {
      conn.ws.closeConnection(1006, "dropped by the embedded gateway");
    }
  }

  void acking(boolean acking) {
    for (ServerConnection conn : sessions.openConnections()) {
      conn.acking = acking;
    }
  }

  void sendReconnect() {
    sendToAll(ServerPayloads.RECONNECT);
  }

  void reconnectInsteadOfHello(int count) {
    reconnectInsteadOfHello.addAndGet(count);
  }

  /** Whether the connection opening now gets op 7 instead of HELLO (uses up one if so). */
  boolean takeReconnectInsteadOfHello() {
    return takeOne(reconnectInsteadOfHello);
  }

  void advertiseResumeUrl(String url) {
    resumeUrl = url;
  }

  /** The resume URL a READY sent now advertises: {@code ownUrl} unless a test named another. */
  String resumeUrl(String ownUrl) {
    String advertised = resumeUrl;
    return advertised != null ? advertised : ownUrl;
  }

  void withholdHello(int count) {
    withholdHello.addAndGet(count);
  }

  /** Whether the connection opening now gets nothing at all (uses up one if so). */
  boolean takeWithholdHello() {
    return takeOne(withholdHello);
  }

  void withholdHandshake(int count) {
    withholdHandshake.addAndGet(count);
  }

  /** Whether the IDENTIFY or RESUME arriving now goes unanswered (uses up one if so). */
  boolean takeWithholdHandshake() {
    return takeOne(withholdHandshake);
  }

  void corruptMemberChunks(int count) {
    corruptMemberChunks.addAndGet(count);
  }

  /** Whether the member chunk being sent now is to be corrupted (uses up one if so). */
  boolean takeCorruptMemberChunk() {
    return takeOne(corruptMemberChunks);
  }

  /**
   * The chunk with a {@code chunk_count} that is an object: valid JSON, nonce intact, but no
   * decoder of Discord's field table can read it.
   */
  static String corrupt(String chunk) {
    return "{\"chunk_count\":{\"corrupted\":true}," + chunk.substring(1);
  }

  private static boolean takeOne(AtomicInteger remaining) {
    return remaining.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
  }

  void sendInvalidSession(boolean resumable) {
    for (ServerConnection conn : sessions.openConnections()) {
      ServerSession session = conn.session;
      if (!resumable && session != null) {
        sessions.forget(session);
      }
      conn.send(ServerPayloads.invalidSession(resumable));
    }
  }

  void closeConnections(int code, String reason) {
    if (code == 1006) {
      dropConnections(); // 1006 is never sent in a close frame: it means the socket just ended
      return;
    }
    for (ServerConnection conn : sessions.openConnections()) {
      ServerSession session = conn.session;
      if (session != null && (code == 4007 || code == 4009)) {
        sessions.forget(session);
      }
      conn.ws.close(code, reason);
    }
  }

  void sendMalformedFrame() {
    sendToAll("{\"op\":0,\"t\":\"MALFORMED\",\"d\":{\"broken\":");
  }

  void sendTextFrame(byte[] payload) {
    for (ServerConnection conn : sessions.openConnections()) {
      conn.sendTextFrame(payload);
    }
  }

  void sendToAll(String text) {
    for (ServerConnection conn : sessions.openConnections()) {
      conn.send(text);
    }
  }
}

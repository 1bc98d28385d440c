package dev.shardwire.gateway;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shardwire.dispatch.LogCapture;
import dev.shardwire.gateway.client.WebSocketGatewayShard;
import dev.shardwire.gateway.session.ShardDraft;
import dev.shardwire.gateway.wire.RefusedFrame;
import dev.shardwire.gateway.wire.WireFrames;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.java_websocket.WebSocket;
import org.java_websocket.WebSocketAdapter;
import org.java_websocket.WebSocketImpl;
import org.java_websocket.exceptions.InvalidDataException;
import org.java_websocket.exceptions.InvalidHandshakeException;
import org.java_websocket.framing.CloseFrame;
import org.java_websocket.framing.Framedata;
import org.junit.jupiter.api.Test;

/** Frames read by the draft: the UTF-8 check, reset, the draft's copies, non-ASCII text end to end. */
class ShardDraftTest extends GatewayHarness {

  @Test
  void refusesATextFrameThatIsNotUtf8BeforeProcessFrameSeesIt() throws Exception {
    // ShardDraft reads frames itself and hands text frames over as bytes: a frame that is not
    // UTF-8 reaches processFrame only as its refusal, which fails the connection with this 1007.
    ShardDraft draft = new ShardDraft(Integer.MAX_VALUE, false);
    List<Framedata> refused = draft.translateFrame(ByteBuffer.wrap(WireFrames.frame(WireFrames.FIN | WireFrames.TEXT,
        new byte[] {'"', (byte) 0xC3, '"'})));
    assertEquals(1, refused.size());
    assertEquals(CloseFrame.NO_UTF8, assertInstanceOf(RefusedFrame.class, refused.get(0)).refusal().getCloseCode());
    String text = "{\"name\":\"nélly 🐈\"}";
    List<Framedata> frames = draft.translateFrame(ByteBuffer.wrap(WireFrames.text(text)));
    assertEquals(1, frames.size());
    assertEquals(text, StandardCharsets.UTF_8.decode(frames.get(0).getPayloadData()).toString());
  }

  @Test
  void aConnectionFailedOnceIsReportedOnce() throws Exception {
    // One read can hold a frame whose handling fails the connection and, after it, a refused
    // frame: the second refusal must not report the same connection's failure again.
    ShardDraft draft = new ShardDraft(Integer.MAX_VALUE, false);
    AtomicInteger errors = new AtomicInteger();
    WebSocketImpl connection = new WebSocketImpl(new WebSocketAdapter() {
      @Override public void onWebsocketMessage(WebSocket conn, String message) {}
      @Override public void onWebsocketMessage(WebSocket conn, ByteBuffer blob) {}
      @Override public void onWebsocketOpen(WebSocket conn, org.java_websocket.handshake.Handshakedata d) {}
      @Override public void onWebsocketClose(WebSocket ws, int code, String reason, boolean remote) {}
      @Override public void onWebsocketClosing(WebSocket ws, int code, String reason, boolean remote) {}
      @Override public void onWebsocketCloseInitiated(WebSocket ws, int code, String reason) {}
      @Override public void onWebsocketError(WebSocket conn, Exception ex) {
        errors.incrementAndGet();
      }
      @Override public void onWriteDemand(WebSocket conn) {}
      @Override public java.net.InetSocketAddress getLocalSocketAddress(WebSocket conn) {
        return null;
      }
      @Override public java.net.InetSocketAddress getRemoteSocketAddress(WebSocket conn) {
        return null;
      }
    }, draft);
    draft.processFrame(connection, new RefusedFrame(new InvalidDataException(CloseFrame.PROTOCOL_ERROR, "first")));
    draft.processFrame(connection, new RefusedFrame(new InvalidDataException(CloseFrame.NO_UTF8, "second")));
    assertEquals(1, errors.get());
  }

  @Test
  void resetDropsAFrameReadInPart() throws Exception {
    ShardDraft draft = new ShardDraft(Integer.MAX_VALUE, false);
    byte[] wire = WireFrames.text("{\"op\":11}");
    assertEquals(List.of(), draft.translateFrame(ByteBuffer.wrap(wire, 0, 4)));
    draft.reset();
    assertEquals(1, draft.translateFrame(ByteBuffer.wrap(wire)).size());
  }

  @Test
  void aTextFrameThatIsNotUtf8FailsTheConnectionWith1007AndTheShardResumes() throws Exception {
    gateway(Duration.ofSeconds(30));
    // Nothing in flight towards the shard (first heartbeat ~30 s away), so the gateway sees the code.
    WebSocketGatewayShard shard = started(shardBuilder().random(() -> 0.99));
    gateway.sendTextFrame(new byte[] {'{', '"', 'o', 'p', '"', ':', '1', (byte) 0xC3, '}'});
    await().atMost(WAIT).until(() -> gateway.clientCloseCodes().equals(List.of(CloseFrame.NO_UTF8)));
    await().atMost(WAIT).until(() -> gateway.resumeCount() == 1 && shard.isConnected());
    // Refused before any JSON reader saw it, and reported as a malformed frame naming the problem.
    await().atMost(WAIT).until(() -> sink.malformed().size() == 1);
    assertTrue(sink.malformed().get(0).getMessage().startsWith(
        "frame refused with 1007 (invalid frame payload data): text message is not valid UTF-8"),
        sink.malformed().get(0).getMessage());
    gateway.dispatch("MESSAGE_CREATE", "{}");
    assertEverySequenceOnceInOrder();
  }

  @Test
  void aRefusedFrameIsOneWarningThatNamesIt() throws Exception {
    gateway(Duration.ofSeconds(30));
    WebSocketGatewayShard shard = started(shardBuilder().random(() -> 0.99));
    String log;
    try (LogCapture capture = new LogCapture()) {
      // A close frame with 1005, a code no endpoint may send: a server's fault the shard expects.
      gateway.wire().sendFrame(0x8, true, new byte[] {0x03, (byte) 0xED});
      await().atMost(WAIT).until(() -> gateway.resumeCount() == 1 && shard.isConnected());
      log = capture.text();
    }
    assertTrue(log.contains("WARN dev.shardwire.gateway.client.WebSocketGatewayShard - shard 0 received a malformed"
        + " frame: frame refused with 1002 (protocol error): closecode must not be sent over the wire: 1005"), log);
    // Not the library's ERROR line with the refusal's stack trace, as if something had broken.
    assertFalse(log.contains("ERROR"), log);
    assertFalse(log.contains("\tat "), log);
  }

  @Test
  void refusesAnOpeningHandshakeAnswerThatDoesNotEnd() {
    byte[] endless = ("HTTP/1.1 101 Switching Protocols\r\nX-Padding: " + "x".repeat(ShardDraft.LONGEST_HANDSHAKE))
        .getBytes(StandardCharsets.US_ASCII);
    assertThrows(InvalidHandshakeException.class,
        () -> new ShardDraft(4096, false).translateHandshake(ByteBuffer.wrap(endless)));
  }

  @Test
  void copiesStayShardDraftsWithTheirLimit() {
    ShardDraft copy = assertInstanceOf(ShardDraft.class, new ShardDraft(4096, true).copyInstance());
    assertEquals(4096, copy.maxMessageBytes());
    assertNotNull(copy.inflater());
  }

  @Test
  void nonAsciiTextArrivesIntact() throws Exception {
    gateway(Duration.ofSeconds(30));
    started(shardBuilder());
    String text = "nélly 🐈 名前 — \\\"quoted\\\"";
    gateway.dispatch("MESSAGE_CREATE", "{\"content\":\"" + text + "\"}");
    assertEverySequenceOnceInOrder();
    assertEquals("nélly 🐈 名前 — \"quoted\"",
        sink.named("MESSAGE_CREATE").get(0).data().get("content").asString());
  }
}

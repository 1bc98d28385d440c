package dev.shardwire.gateway;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Frames from a server that speaks RFC 6455 by hand ({@link RawGateway}), in patterns Java-WebSocket's
 * own server never produces: the shard stays bounded and its session goes on.
 */
class ShardRawFramesTest extends RawGatewayHarness {

  @Test
  void aPingFloodFromAServerThatDoesNotReadQueuesNoPongWithoutBoundAndTheLastPingIsAnswered() throws Exception {
    int pings = 300_000; // 38 MB of pings; answered one for one, 39 MB of pongs queued in the shard
    byte[] ping = RawGateway.RawConnection.frame(0x89, new byte[125]);
    AtomicInteger pongs = new AtomicInteger();
    CompletableFuture<Void> lastAnswered = new CompletableFuture<>();
    gateway = new RawGateway(conn -> {
      conn.acceptUpgrade();
      conn.hello(45_000);
      conn.awaitOp(2);
      conn.ready("raw-session", "ws://127.0.0.1:1/");
      byte[] batch = new byte[ping.length * 1000];
      for (int i = 0; i < 1000; i++) {
        System.arraycopy(ping, 0, batch, i * ping.length, ping.length);
      }
      for (int sent = 0; sent < pings; sent += 1000) {
        conn.write(batch); // and read nothing meanwhile
      }
      conn.write(RawGateway.RawConnection.frame(0x89, "last".getBytes(StandardCharsets.US_ASCII)));
      conn.dispatch("MESSAGE_CREATE", 2, "{\"content\":\"after the flood\"}");
      while (true) {
        RawGateway.ClientFrame frame = conn.readFrame();
        if (frame.opcode() == 0xA) {
          pongs.incrementAndGet();
          if (frame.text().equals("last")) {
            lastAnswered.complete(null);
          }
        }
      }
    });
    shard = shardBuilder().build();
    shard.start().get(WAIT.toSeconds(), TimeUnit.SECONDS);
    lastAnswered.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    await().atMost(WAIT).until(() -> sink.named("MESSAGE_CREATE").size() == 1);
    // Socket buffers hold some pongs; the rest of the flood was not answered one for one.
    assertTrue(pongs.get() < pings / 2, pongs.get() + " pongs for " + pings + " pings");
    assertTrue(shard.isConnected());
    assertEquals(1, gateway.connections());
    assertEquals(List.of(), sink.malformed());
    assertEquals(List.of(), gateway.scriptFailures());
  }

  @Test
  void aPingAfterTheServersCloseFrameIsDroppedAndTheCloseCodeKept() throws Exception {
    CompletableFuture<Integer> answered = new CompletableFuture<>();
    gateway = new RawGateway(conn -> {
      conn.acceptUpgrade();
      conn.hello(45_000);
      if (conn.number == 1) {
        conn.awaitOp(2);
        conn.ready("raw-session", gateway.url());
        // Close 4000 and a ping in one write: the ping is read once the connection is closing.
        byte[] close = RawGateway.RawConnection.frame(0x88, new byte[] {0x0F, (byte) 0xA0});
        byte[] ping = RawGateway.RawConnection.frame(0x89, "late".getBytes(StandardCharsets.US_ASCII));
        byte[] both = new byte[close.length + ping.length];
        System.arraycopy(close, 0, both, 0, close.length);
        System.arraycopy(ping, 0, both, close.length, ping.length);
        conn.write(both);
        for (RawGateway.ClientFrame frame : conn.readUntilClosed()) {
          if (frame.opcode() == 0x8) {
            answered.complete(((frame.payload()[0] & 0xFF) << 8) | (frame.payload()[1] & 0xFF));
          }
        }
      } else {
        conn.awaitOp(6);
        conn.sendText("{\"t\":\"RESUMED\",\"s\":2,\"op\":0,\"d\":{}}");
        conn.readUntilClosed();
      }
    });
    String log = startAndAwaitSecondConnection();
    // The close was answered and taken as the server's 4000, not cut short on the read thread by
    // a pong sent on a connection no longer open (1006).
    assertEquals(4000, answered.get(WAIT.toSeconds(), TimeUnit.SECONDS));
    assertTrue(log.contains("connection 1 closed with 4000"), log);
    assertFalse(log.contains("NotConnected"), log);
    assertEquals(List.of(), sink.malformed());
    assertEquals(List.of(), gateway.scriptFailures());
  }

  @Test
  void closingAShardWhoseServerNeverAnswersTheCloseFrameStillClosesItsSocket() throws Exception {
    CompletableFuture<Integer> closeCode = new CompletableFuture<>();
    CompletableFuture<Void> socketClosed = new CompletableFuture<>();
    gateway = new RawGateway(conn -> {
      conn.acceptUpgrade();
      conn.hello(45_000);
      conn.awaitOp(2);
      conn.ready("raw-session", gateway.url());
      for (RawGateway.ClientFrame frame : conn.readUntilClosed()) { // never answered
        if (frame.opcode() == 0x8) {
          closeCode.complete(((frame.payload()[0] & 0xFF) << 8) | (frame.payload()[1] & 0xFF));
        }
      }
      socketClosed.complete(null);
    });
    shard = shardBuilder().random(() -> 0.99).build();
    shard.start().get(WAIT.toSeconds(), TimeUnit.SECONDS);
    shard.close();
    // The shard waits a grace period (5 s) for the server's answer, then cuts the socket itself.
    socketClosed.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    assertEquals(CloseCodes.SHUTDOWN, closeCode.getNow(-1));
  }

  @Test
  void closingAShardWhileItsUpgradeGoesUnansweredClosesItsSocket() throws Exception {
    CompletableFuture<Void> requested = new CompletableFuture<>();
    CompletableFuture<Void> socketClosed = new CompletableFuture<>();
    gateway = new RawGateway(conn -> {
      conn.readRequest();
      requested.complete(null);
      conn.readUntilClosed(); // no answer, ever
      socketClosed.complete(null);
    });
    shard = shardBuilder().build();
    shard.start();
    requested.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    shard.close();
    socketClosed.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    assertEquals(1, gateway.connections());
  }

  /**
   * A frame the protocol refuses (reserved bits, an unknown opcode, a continuation of nothing, a
   * close code no endpoint may send) fails the connection, which is reported once: the close that
   * follows is the shard's own doing, not a second fault.
   */
  @ParameterizedTest
  @ValueSource(ints = {0xC1, 0x83, 0x80, 0x88})
  void aFrameTheProtocolRefusesIsOneWarningAndTheSessionResumes(int firstByte) throws Exception {
    gateway = resumingAfter(conn -> {
      byte[] payload = firstByte == 0x88 ? new byte[] {0x03, (byte) 0xED} : "{}".getBytes(StandardCharsets.US_ASCII);
      conn.write(RawGateway.RawConnection.frame(firstByte, payload));
      conn.readUntilClosed();
    });
    String log = startAndAwaitSecondConnection();
    List<String> warnings = log.lines().filter(line -> line.contains(" WARN ") || line.contains(" ERROR ")).toList();
    assertEquals(1, warnings.size(), log);
    assertTrue(warnings.get(0).contains("shard 0 received a malformed frame: frame refused with 1002"), log);
    assertEquals(1, sink.malformed().size());
    assertEquals(List.of(), gateway.scriptFailures());
  }

  /**
   * A close frame with a code a server may send and no reason is the server's close, whatever the
   * code: RFC 6455 makes the reason optional, also for 1007 (invalid payload data), which
   * Java-WebSocket's own check refused as if the frame were not UTF-8.
   */
  @ParameterizedTest
  @ValueSource(ints = {1007, 1011, 1012, 4000})
  void aCloseWithAValidCodeAndNoReasonIsTheServersCloseNotAMalformedFrame(int code) throws Exception {
    gateway = resumingAfter(conn -> {
      conn.write(RawGateway.RawConnection.frame(0x88, new byte[] {(byte) (code >> 8), (byte) code}));
      conn.readUntilClosed();
    });
    String log = startAndAwaitSecondConnection();
    assertEquals(List.of(), sink.malformed());
    assertTrue(log.contains("shard 0 connection 1 closed with " + code), log);
    // The reason the shard's echo of a 1007 had to carry is not reported as the server's.
    assertFalse(log.contains("no reason given"), log);
    assertEquals(List.of(), gateway.scriptFailures());
  }

  @ParameterizedTest
  @ValueSource(strings = {"reset", "half-close"})
  void aConnectionResetOrHalfClosedInTheMiddleOfAFrameIsResumedAndLosesNothing(String how) throws Exception {
    CompletableFuture<String> resume = new CompletableFuture<>();
    gateway = new RawGateway(conn -> {
      conn.acceptUpgrade();
      conn.hello(45_000);
      if (conn.number == 1) {
        conn.awaitOp(2);
        conn.ready("raw-session", gateway.url());
        conn.dispatch("MESSAGE_CREATE", 2, "{\"n\":2}");
        byte[] next = RawGateway.RawConnection.frame(0x81,
            "{\"t\":\"MESSAGE_CREATE\",\"s\":3,\"op\":0,\"d\":{\"n\":3}}".getBytes(StandardCharsets.UTF_8));
        conn.write(java.util.Arrays.copyOf(next, next.length / 2)); // half of dispatch 3
        if (how.equals("reset")) {
          conn.socket.setSoLinger(true, 0); // close with RST
          conn.socket.close();
        } else {
          conn.socket.shutdownOutput(); // FIN, no close frame
          conn.readUntilClosed();
        }
        return;
      }
      String sent = conn.awaitOp(2, 6);
      resume.complete(sent);
      // The replay of what came after the RESUME's seq: a reset may have cost the shard dispatch 2
      // too, unread in its socket's buffer when the RST arrived.
      for (int n = sent.contains("\"seq\":1}") ? 2 : 3; n <= 3; n++) {
        conn.dispatch("MESSAGE_CREATE", n, "{\"n\":" + n + "}");
      }
      conn.sendText("{\"t\":\"RESUMED\",\"s\":null,\"op\":0,\"d\":{}}");
      conn.dispatch("MESSAGE_CREATE", 4, "{\"n\":4}");
      conn.readUntilClosed();
    });
    shard = shardBuilder().random(() -> 0.99).build();
    shard.start().get(WAIT.toSeconds(), TimeUnit.SECONDS);
    String sent = resume.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    assertTrue(sent.contains("\"op\":6,") && sent.contains("\"session_id\":\"raw-session\""), sent);
    await().atMost(WAIT).until(() -> sink.named("MESSAGE_CREATE").size() >= 3);
    assertEquals(List.of(2L, 3L, 4L), sink.named("MESSAGE_CREATE").stream().map(RecordingSink.Dispatch::sequence).toList());
    assertEquals(2, gateway.connections());
    assertEquals(List.of(), sink.malformed());
  }
}

package dev.shardwire.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;

/** The shard's small parts: send limit, backoff, session, reconnect policy, URLs, close codes, token, inflater. */
class ShardPartsTest {

  @Test
  void sendLimiterKeepsTheReserveForHeartbeatsAndRollsOver() {
    SendLimiter limiter = new SendLimiter(5, 2, 1000);
    for (int i = 0; i < 3; i++) {
      assertTrue(limiter.tryAcquire(false, 10));
    }
    assertFalse(limiter.tryAcquire(false, 10));
    assertTrue(limiter.tryAcquire(true, 10));
    assertTrue(limiter.tryAcquire(true, 10));
    assertFalse(limiter.tryAcquire(true, 10));
    assertEquals(500, limiter.nanosUntilReset(510));
    assertTrue(limiter.tryAcquire(false, 1010));
  }

  @Test
  void aCloseRightAfterReadyDoesNotFailStart() throws Exception {
    // READY completes 'ready' on the pool; a close() racing it must not overtake that completion.
    for (int i = 0; i < 100; i++) {
      ShardOutcome outcome = new ShardOutcome();
      outcome.readyReceived();
      outcome.closedByCaller(0);
      assertNull(outcome.ready().get(10, TimeUnit.SECONDS));
      ShardOutcome fatal = new ShardOutcome();
      fatal.readyReceived();
      fatal.closedForGood(new GatewayClosedException(0, 4004, "Authentication failed"));
      assertNull(fatal.ready().get(10, TimeUnit.SECONDS));
    }
    ShardOutcome neverReady = new ShardOutcome();
    neverReady.closedByCaller(3);
    ExecutionException e = assertThrows(ExecutionException.class, () -> neverReady.ready().get(10, TimeUnit.SECONDS));
    assertEquals("shard 3 was closed before READY", e.getCause().getMessage());
  }

  @Test
  void backoffGrowsWithJitterUpToTheCap() {
    Backoff full = new Backoff(100, 1000, () -> 0.999_999);
    Backoff none = new Backoff(100, 1000, () -> 0.0);
    assertEquals(0, none.delayNanos(1));
    assertEquals(100, none.delayNanos(2));
    assertEquals(199, full.delayNanos(2));
    assertEquals(400, none.delayNanos(4));
    assertEquals(500, none.delayNanos(40));
    assertTrue(full.delayNanos(40) <= 1000);
  }

  @Test
  void sessionRefusesReplayedDispatchesButNotHandshakesAndDecidesResume() {
    SessionState session = new SessionState();
    URI gateway = URI.create("wss://gateway.example.com");
    assertFalse(session.canResume());
    assertEquals(gateway, session.connectBase(gateway));
    assertTrue(session.accept(1, true));
    session.begin("abc", URI.create("wss://resume.example.com"));
    assertTrue(session.accept(2, false));
    assertTrue(session.accept(3, false));
    assertFalse(session.accept(2, false), "a replayed dispatch must not reach the sink twice");
    assertTrue(session.accept(-1, true), "RESUMED has no sequence and is always taken");
    assertEquals(3, session.sequence());
    assertTrue(session.canResume());
    assertEquals("wss://resume.example.com", session.connectBase(gateway).toString());
    session.forget();
    assertFalse(session.canResume());
    assertEquals(0, session.sequence());
    assertEquals(gateway, session.connectBase(gateway));
  }

  @Test
  void reconnectPolicyClassifiesClosesAndRestartsBackoffAfterAHandshake() {
    assertFalse(ReconnectPolicy.afterClose(4004, "").reconnect());
    assertTrue(ReconnectPolicy.afterClose(4009, "").forgetSession());
    Disconnect resumable = ReconnectPolicy.afterClose(1006, "");
    assertTrue(resumable.reconnect());
    assertFalse(resumable.forgetSession());
    assertEquals(0, resumable.closeCode(), "a socket that closed is not closed again");
    ReconnectPolicy policy = new ReconnectPolicy(new Backoff(100, 1000, () -> 0.0));
    assertEquals(0, policy.nextDelayNanos());
    assertEquals(100, policy.nextDelayNanos());
    assertEquals(200, policy.nextDelayNanos());
    policy.connected();
    assertEquals(0, policy.nextDelayNanos());
    assertEquals(1, policy.attempts());
  }

  @Test
  void closeCodeClasses() {
    for (int code : new int[] {4004, 4010, 4011, 4012, 4013, 4014}) {
      assertTrue(CloseCodes.isFatal(code), "fatal " + code);
    }
    for (int code : new int[] {1000, 1001, 1006, 4000, 4001, 4002, 4003, 4005, 4007, 4008, 4009, 4900}) {
      assertFalse(CloseCodes.isFatal(code), "not fatal " + code);
    }
    assertTrue(CloseCodes.forgetsSession(4007));
    assertTrue(CloseCodes.forgetsSession(4009));
    assertFalse(CloseCodes.forgetsSession(4000));
    assertEquals("invalid frame payload data", CloseCodes.describe(1007));
    assertEquals("message too big", CloseCodes.describe(1009));
    assertEquals("disallowed intents", CloseCodes.describe(4014));
    assertEquals("unknown", CloseCodes.describe(4006));
  }

  @Test
  void urlsGetTheV10JsonQuery() {
    assertEquals("wss://gateway.discord.gg/?v=10&encoding=json",
        GatewayUrls.connectUri(GatewayUrls.check("wss://gateway.discord.gg"), false).toString());
    assertEquals("ws://127.0.0.1:8080/gw?v=10&encoding=json&compress=zlib-stream",
        GatewayUrls.connectUri(GatewayUrls.check("ws://127.0.0.1:8080/gw?x=1"), true).toString());
    assertThrows(IllegalArgumentException.class, () -> GatewayUrls.check("ws://10.0.0.1"));
    assertThrows(IllegalArgumentException.class, () -> GatewayUrls.check("not a url"));
  }

  @Test
  void tokenNeverShowsAndBuilderRequiresIt() {
    assertEquals("Token[redacted]", new Token("secret").toString());
    assertThrows(IllegalArgumentException.class, () -> new Token(" "));
    assertThrows(IllegalStateException.class, () -> WebSocketGatewayShard.builder().build());
    assertThrows(IllegalArgumentException.class, () -> WebSocketGatewayShard.builder().shard(2, 2));
    assertThrows(IllegalArgumentException.class, () -> WebSocketGatewayShard.builder().largeThreshold(49));
  }

  @Test
  void inflaterJoinsSplitMessagesAndKeepsTheStream() {
    Deflater deflater = new Deflater();
    ZlibStreamInflater inflater = new ZlibStreamInflater(1 << 20);
    for (String text : new String[] {"{\"op\":11}", "{\"op\":1,\"d\":2}".repeat(100)}) {
      byte[] compressed = deflate(deflater, text);
      int half = compressed.length / 2;
      assertEquals(-1, inflater.feed(ByteBuffer.wrap(Arrays.copyOfRange(compressed, 0, half))));
      int n = inflater.feed(ByteBuffer.wrap(Arrays.copyOfRange(compressed, half, compressed.length)));
      assertEquals(text, new String(inflater.output(), 0, n, StandardCharsets.UTF_8));
    }
    assertThrows(MalformedFrameException.class,
        () -> new ZlibStreamInflater(1024).feed(ByteBuffer.wrap(new byte[] {1, 2, 3, 0, 0, (byte) 0xff, (byte) 0xff})));
  }

  @Test
  void inflaterSkipsAnOversizedMessageWithoutLosingTheStream() {
    Deflater deflater = new Deflater();
    ZlibStreamInflater inflater = new ZlibStreamInflater(1024);
    byte[] big = new byte[3000];
    new java.util.Random(1).nextBytes(big);
    String bigText = java.util.HexFormat.of().formatHex(big); // 6,000 characters that compress badly
    byte[] bigCompressed = deflate(deflater, bigText);
    int half = bigCompressed.length / 2;
    assertEquals(-1, inflater.feed(ByteBuffer.wrap(Arrays.copyOfRange(bigCompressed, 0, half))));
    assertThrows(MalformedFrameException.class,
        () -> inflater.feed(ByteBuffer.wrap(Arrays.copyOfRange(bigCompressed, half, bigCompressed.length))));
    // The next message refers back into the window the skipped one filled: it still inflates.
    String next = bigText.substring(0, 200);
    int n = inflater.feed(ByteBuffer.wrap(deflate(deflater, next)));
    assertEquals(next, new String(inflater.output(), 0, n, StandardCharsets.UTF_8));
  }

  @Test
  void inflaterReportsDataThatIsNotZlibAsABrokenStream() {
    assertThrows(BrokenStreamException.class,
        () -> new ZlibStreamInflater(1024).feed(ByteBuffer.wrap(new byte[] {1, 2, 3, 0, 0, (byte) 0xff, (byte) 0xff})));
  }

  private static byte[] deflate(Deflater deflater, String text) {
    deflater.setInput(text.getBytes(StandardCharsets.UTF_8));
    byte[] buffer = new byte[65536];
    int n = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
    return Arrays.copyOf(buffer, n);
  }
}

package dev.shardwire.gateway.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shardwire.gateway.CloseCodes;
import dev.shardwire.gateway.GatewayClosedException;
import dev.shardwire.gateway.MalformedFrameException;
import dev.shardwire.gateway.client.WebSocketGatewayShard;
import dev.shardwire.gateway.wire.BrokenStreamException;
import dev.shardwire.gateway.wire.ZlibStreamInflater;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
  void noWindowLongSpanEverHoldsMoreSendsThanTheLimitWhereverItStarts() {
    // The gateway's window need not start where the shard's does: a burst at the end of one
    // fixed window and another at the start of the next would be twice the limit within moments.
    long window = 1000;
    SendLimiter limiter = new SendLimiter(5, 1, window);
    List<Long> sent = new ArrayList<>();
    for (long now = 0; now < 10 * window; now += 7) {
      boolean own = now % 3 == 0;
      if (limiter.tryAcquire(own, now)) {
        sent.add(now);
      }
    }
    for (int i = 0; i < sent.size(); i++) {
      int j = i;
      while (j < sent.size() && sent.get(j) - sent.get(i) < window) {
        j++;
      }
      assertTrue(j - i <= 5, (j - i) + " sends within " + window + " ns from " + sent.get(i) + ": " + sent);
    }
    assertTrue(sent.size() >= 5 * 9, "only " + sent.size() + " sends in 10 windows");
  }

  @Test
  void aCapacitySetVeryHighCostsNothingUpFrontAndStillCounts() {
    // Set high to lift the limit: the ring of send times grows as sends fill it.
    SendLimiter limiter = new SendLimiter(Integer.MAX_VALUE, 5, 1000);
    for (int i = 0; i < 1000; i++) {
      assertTrue(limiter.tryAcquire(false, i / 2));
    }
    // Sends leave the window oldest first across the ring's growth: the first left at 1000.
    assertEquals(1, limiter.nanosUntilReset(999));
    assertEquals(1000 + 499 - 999, limiter.nanosUntilClear(999));
    SendLimiter small = new SendLimiter(40, 2, 1000);
    for (int i = 0; i < 38; i++) {
      assertTrue(small.tryAcquire(false, i));
    }
    assertFalse(small.tryAcquire(false, 38));
    assertTrue(small.tryAcquire(true, 38));
    assertTrue(small.tryAcquire(true, 39));
    assertFalse(small.tryAcquire(true, 40));
    assertTrue(small.tryAcquire(true, 1000)); // the send at 0 left the window
  }

  @Test
  void aSendThatMustLeaveRoomTakesTheReserveOnlyAsFarAsItLeavesIt() {
    // An op 1 answer from the reserve: never the room of the shard's own frames still due.
    SendLimiter limiter = new SendLimiter(10, 3, 1000);
    for (int i = 0; i < 7; i++) {
      assertTrue(limiter.tryAcquire(false, 10));
    }
    assertTrue(limiter.tryAcquireLeaving(2, 10)); // 8 used, 2 left for the shard's own
    assertFalse(limiter.tryAcquireLeaving(2, 10));
    assertTrue(limiter.tryAcquire(true, 10));
    assertTrue(limiter.tryAcquire(true, 10));
    assertFalse(limiter.tryAcquire(true, 10));
    assertTrue(limiter.tryAcquireLeaving(2, 1010)); // a new window
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
  void oneFrameNeverMovesTheSequenceByMoreThanOne() {
    SessionState session = new SessionState();
    assertEquals(SessionState.Verdict.NEXT, session.accept(1, false));
    assertEquals(SessionState.Verdict.NEXT, session.accept(2, false));
    // A stray number, absurd or merely ahead, moves nothing: what follows 2 still arrives.
    assertEquals(SessionState.Verdict.ABSURD, session.accept(Long.MAX_VALUE, false));
    assertEquals(SessionState.Verdict.ABSURD, session.accept(2 + SessionState.MAX_SEQUENCE_JUMP + 1, false));
    assertEquals(SessionState.Verdict.GAP, session.accept(2 + SessionState.MAX_SEQUENCE_JUMP, false));
    assertEquals(2, session.sequence(), "heartbeats and RESUME still say 2");
    assertEquals(SessionState.Verdict.NEXT, session.accept(3, false));
    assertEquals(3, session.sequence());
    // A real gap is confirmed by the dispatch after it, which moves the sequence past it.
    assertEquals(SessionState.Verdict.GAP, session.accept(10, false));
    assertEquals(3, session.sequence());
    assertEquals(SessionState.Verdict.ALREADY_RECEIVED, session.accept(10, false), "the gap's frame once only");
    assertEquals(SessionState.Verdict.NEXT, session.accept(11, false));
    assertEquals(11, session.sequence());
    assertEquals(SessionState.Verdict.ALREADY_RECEIVED, session.accept(5, false));
    // READY and RESUMED are always delivered, and never jump the sequence either.
    assertEquals(SessionState.Verdict.UNNUMBERED, session.accept(Long.MAX_VALUE, true));
    assertEquals(11, session.sequence());
  }

  @Test
  void sessionRefusesReplayedDispatchesButNotHandshakesAndDecidesResume() {
    SessionState session = new SessionState();
    URI gateway = URI.create("wss://gateway.example.com");
    assertFalse(session.canResume());
    assertEquals(gateway, session.connectBase(gateway));
    session.begin("abc", URI.create("wss://resume.example.com"), 1); // READY is learnt before its number is judged
    assertTrue(session.accept(1, true).delivers());
    assertTrue(session.accept(2, false).delivers());
    assertTrue(session.accept(3, false).delivers());
    assertFalse(session.accept(2, false).delivers(), "a replayed dispatch must not reach the sink twice");
    assertTrue(session.accept(-1, true).delivers(), "RESUMED has no sequence and is always taken");
    assertEquals(3, session.sequence());
    assertTrue(session.canResume());
    assertEquals("wss://resume.example.com", session.connectBase(gateway).toString());
    session.forget();
    assertFalse(session.canResume());
    assertEquals(0, session.sequence());
    assertEquals(gateway, session.connectBase(gateway));
  }

  @Test
  void aReadyStartsTheNumberingAnewAtItsOwnNumberWhenThatIsOne() {
    SessionState session = new SessionState();
    session.begin("old", null, 1);
    for (long s = 2; s <= 500; s++) {
      session.accept(s, false);
    }
    assertEquals(500, session.sequence());
    // A READY in answer to a RESUME: a new session, numbered from 1 again.
    session.begin("new", null, 1);
    assertEquals(1, session.sequence());
    assertEquals(SessionState.Verdict.NEXT, session.accept(2, false));
    // A READY numbered anything else leaves the new session at 0, as a dispatch that far ahead would.
    session.begin("newer", null, 77_777_777);
    assertEquals(0, session.sequence());
    assertEquals(SessionState.Verdict.NEXT, session.accept(1, false));
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

  /** Feeds one binary message to {@code inflater}: the inflated message if it ends one, else null. */
  private static String feed(ZlibStreamInflater inflater, byte[] binary) {
    inflater.input(binary, 0, binary.length);
    int n = binary.length;
    boolean ends = n >= 4 && binary[n - 4] == 0 && binary[n - 3] == 0 && binary[n - 2] == (byte) 0xff
        && binary[n - 1] == (byte) 0xff;
    return ends ? new String(inflater.endMessage(), StandardCharsets.UTF_8) : null;
  }

  @Test
  void inflaterJoinsSplitMessagesAndKeepsTheStream() {
    Deflater deflater = new Deflater();
    ZlibStreamInflater inflater = new ZlibStreamInflater(1 << 20);
    for (String text : new String[] {"{\"op\":11}", "{\"op\":1,\"d\":2}".repeat(100)}) {
      byte[] compressed = deflate(deflater, text);
      int half = compressed.length / 2;
      assertEquals(null, feed(inflater, Arrays.copyOfRange(compressed, 0, half)));
      assertEquals(text, feed(inflater, Arrays.copyOfRange(compressed, half, compressed.length)));
    }
  }

  @Test
  void inflaterSkipsAnOversizedMessageWithoutLosingTheStreamAndShrinksBack() {
    Deflater deflater = new Deflater();
    ZlibStreamInflater inflater = new ZlibStreamInflater(64 * 1024);
    byte[] big = new byte[40_000];
    new java.util.Random(1).nextBytes(big);
    String bigText = java.util.HexFormat.of().formatHex(big); // 80,000 characters that compress badly
    byte[] bigCompressed = deflate(deflater, bigText);
    int half = bigCompressed.length / 2;
    assertEquals(null, feed(inflater, Arrays.copyOfRange(bigCompressed, 0, half)));
    MalformedFrameException dropped = assertThrows(MalformedFrameException.class,
        () -> feed(inflater, Arrays.copyOfRange(bigCompressed, half, bigCompressed.length)));
    assertEquals("compressed message inflates to more than maxMessageBytes (65536 bytes); dropped", dropped.getMessage());
    assertEquals(ZlibStreamInflater.KEPT_OUTPUT, inflater.bufferSize(), "back to its small buffer");
    // The next message refers back into the window the skipped one filled: it still inflates.
    String next = bigText.substring(0, 200);
    assertEquals(next, feed(inflater, deflate(deflater, next)));
    // A message within the limit but above the kept size grows the buffer, which then shrinks back.
    String large = bigText.substring(0, 60_000);
    assertEquals(large, feed(inflater, deflate(deflater, large)));
    assertEquals(ZlibStreamInflater.KEPT_OUTPUT, inflater.bufferSize());
  }

  @Test
  void inflaterReportsDataThatIsNotZlibAsABrokenStream() {
    assertThrows(BrokenStreamException.class,
        () -> feed(new ZlibStreamInflater(1024), new byte[] {1, 2, 3, 0, 0, (byte) 0xff, (byte) 0xff}));
  }

  private static byte[] deflate(Deflater deflater, String text) {
    deflater.setInput(text.getBytes(StandardCharsets.UTF_8));
    byte[] buffer = new byte[text.length() + 1024];
    int n = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
    return Arrays.copyOf(buffer, n);
  }
}

package dev.shardwire.gateway;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shardwire.dispatch.LogCapture;
import dev.shardwire.gateway.client.WebSocketGatewayShard;
import dev.shardwire.gateway.wire.BrokenStreamException;
import dev.shardwire.testing.ReceivedFrame;
import dev.shardwire.testing.WireFaults;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A server that sends what no gateway should, through {@link dev.shardwire.testing.EmbeddedGateway#wire()}:
 * frame headers announcing gigabytes, messages above the limit in every form, sequence numbers out
 * of turn, and a read thread that fails. The shard stays bounded, reports each, and keeps or
 * resumes its session.
 */
class ShardHostileInputTest extends GatewayHarness {

  private static final int LIMIT = 4096;

  private static long heapPeakBytes() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  private static void resetHeapPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  @Test
  void aHeaderAnnouncingTwoGigabytesAllocatesNothingAndTheShardResumesOnceItGoesQuiet() throws Exception {
    gateway(Duration.ofMillis(300)); // the ACKs the frame swallows go missing quickly
    WebSocketGatewayShard shard = started(shardBuilder().maxMessageBytes(LIMIT));
    System.gc();
    resetHeapPeaks();
    long before = heapPeakBytes();
    gateway.wire().sendFrameHeader(WireFaults.TEXT, true, Integer.MAX_VALUE);
    gateway.wire().sendBytes(new byte[1000]);
    // The shard skips the frame as it arrives; what arrives after it is part of it, heartbeat ACKs
    // included, so zombie detection gives the connection up and the shard resumes.
    await().atMost(WAIT).until(() -> gateway.resumeCount() >= 1 && shard.isConnected());
    long grown = heapPeakBytes() - before;
    assertTrue(grown < 256L << 20, "the heap peaked " + (grown >> 20) + " MiB above where it was");
    gateway.dispatch("MESSAGE_CREATE", "{}");
    assertEverySequenceOnceInOrder();
  }

  @Test
  void messagesAboveTheLimitInEveryFormAreReportedAndTheSessionKept() throws Exception {
    gateway(Duration.ofSeconds(30));
    WebSocketGatewayShard shard = started(shardBuilder().maxMessageBytes(LIMIT));
    gateway.wire().sendBinary(new byte[LIMIT + 1]);
    gateway.wire().sendFragmentedText("{\"op\":11,\"d\":\"" + "x".repeat(3 * LIMIT) + "\"}", 5);
    gateway.sendRaw("{\"op\":11,\"d\":\"" + "y".repeat(LIMIT) + "\"}");
    // Within the limit, a fragmented message arrives whole, even cut inside a character.
    gateway.wire().sendFragmentedText("{\"t\":\"FRAGMENTED\",\"s\":null,\"op\":0,\"d\":{\"cat\":\"🐈🐈🐈\"}}", 7);
    await().atMost(WAIT).until(() -> sink.malformed().size() == 3 && sink.named("FRAGMENTED").size() == 1);
    List<String> reasons = sink.malformed().stream().map(Throwable::getMessage).toList();
    assertEquals(List.of(
        "dropped a binary message of 4097 bytes sent in fragments, above maxMessageBytes (4096)",
        "dropped a text message of " + (3 * LIMIT + 16) + " bytes sent in fragments, above maxMessageBytes (4096)",
        "dropped a text message of " + (LIMIT + 16) + " bytes, above maxMessageBytes (4096)"), reasons);
    assertEquals("🐈🐈🐈", sink.named("FRAGMENTED").get(0).data().get("cat").asString());
    gateway.dispatch("MESSAGE_CREATE", "{}");
    assertEverySequenceOnceInOrder();
    assertTrue(shard.isConnected());
    assertEquals(1, gateway.connectionCount());
    assertEquals(0, sink.disconnected.get());
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void anAbsurdSequenceNumberIsReportedAndPoisonsNothing(boolean compress) throws Exception {
    gateway(Duration.ofMillis(200));
    WebSocketGatewayShard shard = started(shardBuilder().compress(compress));
    gateway.dispatch("MESSAGE_CREATE", "{}");
    await().atMost(WAIT).until(() -> shard.sequence() == 2);
    gateway.wire().dispatchWithSequence("MESSAGE_CREATE", "{}", Long.MAX_VALUE);
    await().atMost(WAIT).until(() -> sink.malformed().size() == 1);
    assertEquals("dispatch MESSAGE_CREATE has sequence number 9223372036854775807, more than 100000 past the last"
        + " (2): not delivered, the sequence stays at 2", sink.malformed().get(0).getMessage());
    gateway.dispatch("MESSAGE_CREATE", "{}");
    assertEverySequenceOnceInOrder();
    assertEquals(3, shard.sequence());
    // Heartbeats carry the real sequence, and so does a RESUME.
    int beats = gateway.received(1).size();
    await().atMost(WAIT).until(() -> gateway.received(1).size() > beats);
    assertEquals(3, gateway.received(1).get(gateway.received(1).size() - 1).d().asLong());
    // A 200 ms interval on a loaded machine may see a late ACK and resume once already: count from here.
    int resumes = gateway.resumeCount();
    gateway.dropConnections();
    await().atMost(WAIT).until(() -> gateway.resumeCount() > resumes && shard.isConnected());
    List<ReceivedFrame> resumed = gateway.received(6);
    assertEquals(3, resumed.get(resumed.size() - 1).d().get("seq").asLong());
  }

  @Test
  void aGapIsDeliveredButMovesTheSequenceOnlyOnceTheNextDispatchFollowsIt() throws Exception {
    gateway(Duration.ofSeconds(30));
    WebSocketGatewayShard shard = started(shardBuilder());
    gateway.wire().dispatchWithSequence("STRAY", "{}", 50); // a stray number: 2 still follows 1
    await().atMost(WAIT).until(() -> sink.named("STRAY").size() == 1);
    assertEquals(1, shard.sequence());
    gateway.dispatch("MESSAGE_CREATE", "{}");
    await().atMost(WAIT).until(() -> sink.named("MESSAGE_CREATE").size() == 1);
    assertEquals(List.of(1L, 50L, 2L), sink.sequences());
    assertEquals(2, shard.sequence());
    gateway.wire().dispatchWithSequence("AFTER_GAP", "{}", 10); // a real gap: 11 follows 10
    gateway.wire().dispatchWithSequence("AFTER_GAP", "{}", 11);
    await().atMost(WAIT).until(() -> sink.named("AFTER_GAP").size() == 2);
    assertEquals(11, shard.sequence());
    assertEquals(List.of(), sink.malformed());
  }

  static Stream<Arguments> invalidCloseFrames() {
    byte[] notUtf8 = ByteBuffer.allocate(5).putShort((short) 4004).put(new byte[] {'b', (byte) 0xC3, '!'}).array();
    byte[] noStatus = ByteBuffer.allocate(2).putShort((short) 1005).array();
    return Stream.of(
        Arguments.of(notUtf8, 1007, "frame refused with 1007 (invalid frame payload data): close reason is not valid UTF-8"),
        Arguments.of(new byte[] {0x0F}, 1002,
            "frame refused with 1002 (protocol error): close frame with a payload of one byte"),
        Arguments.of(noStatus, 1002,
            "frame refused with 1002 (protocol error): closecode must not be sent over the wire: 1005"));
  }

  @ParameterizedTest
  @MethodSource("invalidCloseFrames")
  void anInvalidCloseFrameFailsTheConnectionWithItsCodeIsReportedAndTheShardResumes(byte[] payload, int code,
      String reported) throws Exception {
    gateway(Duration.ofSeconds(30));
    // Nothing in flight towards the shard (first heartbeat ~30 s away), so the gateway sees the code.
    WebSocketGatewayShard shard = started(shardBuilder().random(() -> 0.99));
    gateway.wire().sendFrame(0x8, true, payload);
    await().atMost(WAIT).until(() -> gateway.resumeCount() == 1 && shard.isConnected());
    // The old connection's close is read on another of the gateway's threads than the RESUME: wait for it.
    await().atMost(WAIT).until(() -> !gateway.clientCloseCodes().isEmpty());
    assertEquals(List.of(code), gateway.clientCloseCodes());
    await().atMost(WAIT).until(() -> sink.malformed().size() == 1);
    assertTrue(sink.malformed().get(0).getMessage().startsWith(reported), sink.malformed().get(0).getMessage());
    gateway.dispatch("MESSAGE_CREATE", "{}");
    assertEverySequenceOnceInOrder();
  }

  @Test
  void anEmptyCloseFrameIsAServerCloseTheShardResumesAfter() throws Exception {
    // RFC 6455: a close without a body has no status (1005). Java-WebSocket reads it as 1000 and
    // echoes a 1000 close, as aiohttp (hikari's transport) does: an echo, not the client ending
    // its session, so the session is resumed and nothing is lost or delivered twice.
    gateway(Duration.ofSeconds(30));
    WebSocketGatewayShard shard = started(shardBuilder().random(() -> 0.99));
    gateway.dispatch("MESSAGE_CREATE", "{}");
    await().atMost(WAIT).until(() -> shard.sequence() == 2);
    gateway.wire().sendFrame(WireFaults.CLOSE, true, new byte[0]);
    await().atMost(WAIT).until(() -> gateway.resumeCount() == 1 && shard.isConnected());
    assertEquals(1, gateway.identifyCount());
    gateway.dispatch("MESSAGE_CREATE", "{}");
    assertEverySequenceOnceInOrder();
    assertEquals(List.of(), sink.malformed());
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"heartbeat_interval\":0}", "{\"heartbeat_interval\":-41250}",
      "{\"heartbeat_interval\":\"41250\"}", "{}", "[41250]", "null"})
  void aHelloWithoutAUsableIntervalIsReportedAndTheConnectionGivenUp(String d) throws Exception {
    gateway(Duration.ofSeconds(30));
    gateway.withholdHello(1); // the test sends the first connection's HELLO itself
    // Long enough for the test's HELLO to arrive in time on a loaded machine.
    WebSocketGatewayShard shard = track(shardBuilder().helloTimeout(Duration.ofSeconds(2)).build());
    String log;
    try (LogCapture capture = new LogCapture()) {
      CompletableFuture<Void> started = shard.start();
      await().atMost(WAIT).until(() -> gateway.openConnections() == 1);
      gateway.sendRaw("{\"t\":null,\"s\":null,\"op\":10,\"d\":" + d + "}");
      started.get(START_WAIT.toSeconds(), TimeUnit.SECONDS);
      log = capture.text();
    }
    // One WARN for the fault: the connection given up for it is not then said to have had no HELLO.
    List<String> warnings = log.lines().filter(line -> line.contains(" WARN ") && line.contains("connection 1")).toList();
    assertEquals(List.of(), warnings, log);
    assertTrue(log.contains("WARN dev.shardwire.gateway.client.WebSocketGatewayShard - shard 0 received a malformed frame: HELLO"), log);
    assertEquals(1, sink.malformed().size());
    assertTrue(sink.malformed().get(0).getMessage().startsWith("HELLO"), sink.malformed().get(0).getMessage());
    // No beat and no IDENTIFY on the connection without an interval; a later one is served normally
    // (the next, unless a loaded machine made it miss its own HELLO timeout too).
    int connections = gateway.connectionCount();
    assertTrue(connections >= 2, "connections: " + connections);
    assertEquals(1, gateway.identifyCount());
    assertEquals(connections, gateway.received(2).get(0).connection());
    assertEquals(List.of(), gateway.received(1).stream().filter(f -> f.connection() == 1).toList());
  }

  @Test
  void zlibGarbageIsReportedAndTheShardResumesOnAFreshStream() throws Exception {
    gateway(Duration.ofSeconds(30));
    WebSocketGatewayShard shard = started(shardBuilder().compress(true).random(() -> 0.99));
    gateway.dispatch("MESSAGE_CREATE", "{}");
    await().atMost(WAIT).until(() -> shard.sequence() == 2);
    gateway.wire().sendBinary(new byte[] {1, 2, 3, 4, 0, 0, (byte) 0xFF, (byte) 0xFF});
    await().atMost(WAIT).until(() -> gateway.resumeCount() == 1 && shard.isConnected());
    await().atMost(WAIT).until(() -> !gateway.clientCloseCodes().isEmpty()); // read on another gateway thread
    assertEquals(List.of(CloseCodes.RESUMABLE), gateway.clientCloseCodes());
    assertEquals(1, sink.malformed().size());
    assertInstanceOf(BrokenStreamException.class, sink.malformed().get(0));
    gateway.dispatch("MESSAGE_CREATE", "{}");
    assertEverySequenceOnceInOrder();
  }

  @Test
  void aThrowableOnTheReadThreadFailsTheConnectionAndTheShardResumes() throws Exception {
    gateway(Duration.ofSeconds(30));
    AtomicBoolean thrown = new AtomicBoolean();
    DispatchSink failingOnce = new DispatchSink() {
      @Override
      public boolean wants(String name) {
        return sink.wants(name);
      }

      @Override
      public void onDispatch(GatewayShard shard, GatewayDispatch dispatch) {
        if (dispatch.name().equals("POISON") && thrown.compareAndSet(false, true)) {
          throw new OutOfMemoryError("injected by the test");
        }
        sink.onDispatch(shard, dispatch);
      }

      @Override
      public void onConnected(GatewayShard shard) {
        sink.onConnected(shard);
      }

      @Override
      public void onDisconnected(GatewayShard shard) {
        sink.onDisconnected(shard);
      }
    };
    WebSocketGatewayShard shard = started(shardBuilder().sink(failingOnce));
    gateway.dispatch("POISON", "{}");
    await().atMost(WAIT).until(() -> gateway.resumeCount() == 1 && shard.isConnected());
    assertTrue(thrown.get());
    assertEquals(1, sink.disconnected.get());
    gateway.dispatch("MESSAGE_CREATE", "{}");
    await().atMost(WAIT).until(() -> sink.named("MESSAGE_CREATE").size() == 1);
    assertEquals(3, shard.sequence());
  }
}

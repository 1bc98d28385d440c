package dev.shardwire.gateway;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shardwire.gateway.client.WebSocketGatewayShard;
import dev.shardwire.testing.ReceivedFrame;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Dispatches numbered out of turn, once and twice, against the contract that each sequence number
 * reaches the sink at most once and nothing in the stream is lost: lower than the last, equal to
 * it, and ahead of it (a stray number, or a gap), repeated at once, after the stream moved on, and
 * when the stream itself reaches the number. Each test ends with a numbered dispatch of the
 * gateway's as a marker: once it arrived, everything sent before it was read.
 */
class ShardSequenceNumberTest extends GatewayHarness {

  private WebSocketGatewayShard connectedAt(long sequence) throws Exception {
    gateway(Duration.ofSeconds(30));
    WebSocketGatewayShard shard = started(shardBuilder());
    gateway.dispatchMany((int) sequence - 1, "MESSAGE_CREATE", "{}");
    await().atMost(WAIT).until(() -> shard.sequence() == sequence);
    return shard;
  }

  private void sendMarkerAndAwait(WebSocketGatewayShard shard) {
    gateway.dispatch("MARKER", "{}");
    long last = gateway.lastSequence();
    await().atMost(WAIT).until(() -> shard.sequence() == last);
  }

  private static List<Long> range(long first, long last) {
    return LongStream.rangeClosed(first, last).boxed().toList();
  }

  private static List<Long> concat(List<Long> a, List<Long> b) {
    List<Long> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 4, 5})
  void aNumberAtOrBelowTheLastIsSkippedOnceAndTwice(long stale) throws Exception {
    WebSocketGatewayShard shard = connectedAt(5);
    gateway.wire().dispatchWithSequence("STALE", "{}", stale);
    gateway.wire().dispatchWithSequence("STALE", "{}", stale);
    sendMarkerAndAwait(shard);
    assertEquals(List.of(), sink.named("STALE"));
    assertEverySequenceOnceInOrder();
  }

  @Test
  void aStrayNumberSentTwiceInARowIsDeliveredOnce() throws Exception {
    WebSocketGatewayShard shard = connectedAt(5);
    gateway.wire().dispatchWithSequence("STRAY", "{}", 50);
    gateway.wire().dispatchWithSequence("STRAY", "{}", 50);
    sendMarkerAndAwait(shard);
    assertEquals(concat(range(1, 5), List.of(50L, 6L)), sink.sequences());
  }

  @Test
  void aStrayNumberSentAgainAfterTheStreamMovedOnIsDeliveredOnce() throws Exception {
    WebSocketGatewayShard shard = connectedAt(5);
    gateway.wire().dispatchWithSequence("STRAY", "{}", 50);
    gateway.dispatch("MESSAGE_CREATE", "{}"); // 6: the stream goes on, so 50 was a stray
    gateway.wire().dispatchWithSequence("STRAY", "{}", 50);
    sendMarkerAndAwait(shard); // 7
    assertEquals(1, sink.named("STRAY").size(), sink.sequences().toString());
    assertEquals(concat(range(1, 5), List.of(50L, 6L, 7L)), sink.sequences());
  }

  @Test
  void theStreamReachingADeliveredStrayNumberDoesNotDeliverItAgain() throws Exception {
    WebSocketGatewayShard shard = connectedAt(5);
    gateway.wire().dispatchWithSequence("STRAY", "{}", 8);
    gateway.dispatchMany(5, "MESSAGE_CREATE", "{}"); // 6 to 10: 8 comes again, in turn
    sendMarkerAndAwait(shard); // 11
    assertEquals(1, sink.sequences().stream().filter(s -> s == 8).count(), sink.sequences().toString());
    assertEquals(concat(range(1, 5), List.of(8L, 6L, 7L, 9L, 10L, 11L)), sink.sequences());
  }

  @Test
  void aResumeReplayingADeliveredStrayNumberDoesNotDeliverItAgain() throws Exception {
    WebSocketGatewayShard shard = connectedAt(5);
    gateway.wire().dispatchWithSequence("STRAY", "{}", 7);
    await().atMost(WAIT).until(() -> sink.named("STRAY").size() == 1);
    gateway.dropConnections();
    gateway.dispatchMany(4, "MESSAGE_CREATE", "{}"); // 6 to 9, replayed on the RESUME from 5
    await().atMost(WAIT).until(() -> gateway.resumeCount() >= 1 && shard.isConnected());
    sendMarkerAndAwait(shard); // 10
    List<ReceivedFrame> resumes = gateway.received(6);
    assertEquals(5, resumes.get(0).d().path("seq").asLong(), "the stray did not move the sequence");
    List<Long> numbered = sink.sequences();
    assertEquals(concat(range(1, 5), List.of(7L, 6L, 8L, 9L, 10L)), numbered);
  }

  @Test
  void aRealGapIsDeliveredAndTheStreamGoesOnFromIt() throws Exception {
    WebSocketGatewayShard shard = connectedAt(5);
    gateway.wire().dispatchWithSequence("AFTER_GAP", "{}", 20);
    gateway.wire().dispatchWithSequence("AFTER_GAP", "{}", 21);
    gateway.wire().dispatchWithSequence("AFTER_GAP", "{}", 21); // repeated: skipped
    gateway.wire().dispatchWithSequence("AFTER_GAP", "{}", 22);
    await().atMost(WAIT).until(() -> shard.sequence() == 22);
    assertEquals(concat(range(1, 5), List.of(20L, 21L, 22L)), sink.sequences());
    assertEquals(List.of(), sink.malformed());
  }
}

package dev.shardwire.gateway;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shardwire.dispatch.LogCapture;
import dev.shardwire.gateway.wire.UpgradeResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Delayed;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A server at the gateway URL that answers the WebSocket upgrade wrongly, spoken by hand ({@link
 * RawGateway}): the shard reports each answer as an {@link UpgradeRefusedException} naming it, in
 * one WARN line, and connects again.
 */
class ShardUpgradeTest extends RawGatewayHarness {

  /** Serves a whole session: HELLO, IDENTIFY, READY. */
  static void serveSession(RawGateway.RawConnection conn) throws Exception {
    conn.acceptUpgrade();
    conn.hello(45_000);
    conn.awaitOp(2);
    conn.ready("raw-session", "ws://127.0.0.1:1/");
    conn.readUntilClosed();
  }

  static Stream<Arguments> refusals() {
    String ok = "Upgrade: websocket\r\nConnection: Upgrade\r\n";
    return Stream.of(
        Arguments.of("HTTP/1.1 400 Bad Request\r\nContent-Length: 3\r\n\r\nno!", 400,
            "the gateway refused the WebSocket upgrade: HTTP/1.1 400 Bad Request"),
        Arguments.of("HTTP/1.1 401 Unauthorized\r\n\r\n", 401, "HTTP/1.1 401 Unauthorized"),
        Arguments.of("HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n\r\n<html>gone</html>", 404,
            "HTTP/1.1 404 Not Found"),
        Arguments.of("HTTP/1.1 500 Internal Server Error\r\n\r\n", 500, "HTTP/1.1 500 Internal Server Error"),
        Arguments.of("HTTP/1.1 503 Service Unavailable\r\n\r\n", 503, "HTTP/1.1 503 Service Unavailable"),
        Arguments.of("HTTP/1.1 302 Found\r\nLocation: ws://127.0.0.1:1/\r\n\r\n", 302, "HTTP/1.1 302 Found"),
        Arguments.of("SSH-2.0-OpenSSH_9.6\r\n\r\n", -1,
            "the gateway answered the WebSocket upgrade with something that is not HTTP: SSH-2.0-OpenSSH_9.6"),
        Arguments.of("HTTP/1.1 101 Switching Protocols\r\n" + ok + "\r\n", 101,
            "the gateway's 101 answer to the WebSocket upgrade has no Sec-WebSocket-Accept header"),
        Arguments.of("HTTP/1.1 101 Switching Protocols\r\n" + ok + "Sec-WebSocket-Accept: AAAA\r\n\r\n", 101,
            "has a Sec-WebSocket-Accept that does not answer the request's key"),
        Arguments.of("HTTP/1.1 101 Switching Protocols\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: AAAA\r\n\r\n",
            101, "has no 'Upgrade: websocket' header"),
        Arguments.of("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nSec-WebSocket-Accept: AAAA\r\n\r\n",
            101, "has no 'Connection: Upgrade' header"),
        Arguments.of("HTTP/1.0 101 Switching Protocols\r\n" + ok + "\r\n", 101,
            "the gateway's 101 answer to the WebSocket upgrade is not a valid HTTP/1.1 response:"
                + " Invalid status line received: HTTP/1.0"),
        Arguments.of("HTTP/1.1 101 Switching Protocols\r\n" + ok + "a line that is no header\r\n\r\n", 101,
            "is not a valid HTTP/1.1 response: not an http header"),
        Arguments.of("HTTP/1.1 101 Switching Protocols\r\nX-Padding: " + "x".repeat(70_000), -1,
            "the gateway's answer to the WebSocket upgrade is longer than 65536 bytes without ending"));
  }

  @ParameterizedTest
  @MethodSource("refusals")
  void anAnswerThatDoesNotOpenTheConnectionIsReportedInOneWarningAndTheShardConnectsAgain(String answer,
      int status, String named) throws Exception {
    gateway = new RawGateway(conn -> {
      if (conn.number == 1) {
        conn.readRequest();
        conn.writeAscii(answer);
        conn.readUntilClosed(); // the client closes: the server never does
      } else {
        serveSession(conn);
      }
    });
    String log;
    try (LogCapture capture = new LogCapture()) {
      shard = shardBuilder().build();
      shard.start().get(WAIT.toSeconds(), TimeUnit.SECONDS);
      log = capture.text();
    }
    assertEquals(2, gateway.connections());
    assertEquals(1, sink.malformed().size(), sink.malformed().toString());
    UpgradeRefusedException refusal = assertInstanceOf(UpgradeRefusedException.class, sink.malformed().get(0));
    assertEquals(status, refusal.httpStatus());
    assertTrue(refusal.getMessage().contains(named), refusal.getMessage());
    List<String> warnings = log.lines().filter(line -> line.contains(" WARN ")).toList();
    assertEquals(1, warnings.size(), log);
    assertTrue(warnings.get(0).contains("shard 0 connection 1: " + refusal.getMessage() + "; reconnecting"), log);
    assertFalse(log.contains("ERROR"), log);
    assertEquals(List.of(), gateway.scriptFailures());
  }

  @Test
  void aRetryAfterLongerThanTheBackoffIsWaitedBeforeTheNextConnection() throws Exception {
    AtomicLong refusedAt = new AtomicLong();
    AtomicLong nextAt = new AtomicLong();
    gateway = new RawGateway(conn -> {
      if (conn.number == 1) {
        conn.readRequest();
        refusedAt.set(System.nanoTime());
        conn.writeAscii("HTTP/1.1 429 Too Many Requests\r\nRetry-After: 2\r\nContent-Length: 0\r\n\r\n");
        conn.readUntilClosed();
      } else {
        nextAt.compareAndSet(0, System.nanoTime());
        serveSession(conn);
      }
    });
    shard = shardBuilder().build(); // a backoff of at most 200 ms
    shard.start().get(WAIT.toSeconds(), TimeUnit.SECONDS);
    UpgradeRefusedException refusal = assertInstanceOf(UpgradeRefusedException.class, sink.malformed().get(0));
    assertEquals(429, refusal.httpStatus());
    assertEquals(Optional.of(Duration.ofSeconds(2)), refusal.retryAfter());
    assertTrue(refusal.getMessage().endsWith("HTTP/1.1 429 Too Many Requests (Retry-After: 2 s)"), refusal.getMessage());
    // The protocol fact: the server asked for 2 s between its answer and the next attempt.
    long waited = nextAt.get() - refusedAt.get();
    assertTrue(waited >= TimeUnit.SECONDS.toNanos(2), "reconnected after " + waited / 1_000_000 + " ms");
  }

  @ParameterizedTest
  @ValueSource(strings = {"soon", "-5", "1.5", ""})
  void aRetryAfterThatIsNeitherSecondsNorADateIsIgnored(String value) throws Exception {
    gateway = new RawGateway(conn -> {
      if (conn.number == 1) {
        conn.readRequest();
        conn.writeAscii("HTTP/1.1 503 Service Unavailable\r\nRetry-After: " + value + "\r\n\r\n");
        conn.readUntilClosed();
      } else {
        serveSession(conn);
      }
    });
    shard = shardBuilder().build();
    shard.start().get(WAIT.toSeconds(), TimeUnit.SECONDS);
    UpgradeRefusedException refusal = assertInstanceOf(UpgradeRefusedException.class, sink.malformed().get(0));
    assertEquals(Optional.empty(), refusal.retryAfter());
  }

  @Test
  void retryAfterReadsSecondsAndDates() {
    Instant now = Instant.parse("2026-01-01T00:00:00Z");
    assertEquals(Duration.ofSeconds(120), head("Retry-After: 120").retryAfter(now));
    assertEquals(Duration.ofSeconds(90), head("Retry-After: Thu, 01 Jan 2026 00:01:30 GMT").retryAfter(now));
    assertEquals(Duration.ZERO, head("Retry-After: Wed, 31 Dec 2025 23:00:00 GMT").retryAfter(now));
    assertTrue(head("Retry-After: 99999999999999999999999").retryAfter(now).toDays() > 10_000);
    // Leading zeros count for nothing, however many.
    assertEquals(Duration.ofSeconds(5), head("Retry-After: 0000000000005").retryAfter(now));
    assertEquals(Duration.ZERO, head("Retry-After: 00000000000000000000").retryAfter(now));
    assertNull(head("X-Other: 1").retryAfter(now));
  }

  private static UpgradeResponse head(String header) {
    return UpgradeResponse.read(ByteBuffer.wrap(("HTTP/1.1 429 Too Many Requests\r\n" + header + "\r\n\r\n")
        .getBytes(StandardCharsets.US_ASCII)));
  }

  @Test
  void closingAShardThatWaitsOutARetryAfterCancelsItsReconnect() throws Exception {
    gateway = new RawGateway(conn -> {
      conn.readRequest();
      conn.writeAscii("HTTP/1.1 429 Too Many Requests\r\nRetry-After: 600\r\n\r\n");
      conn.readUntilClosed();
    });
    // A pool of the test's own, whose queue shows what the shard left scheduled.
    ScheduledThreadPoolExecutor pool = (ScheduledThreadPoolExecutor) ShardScheduler.newPool(1);
    try {
      shard = shardBuilder().scheduler(pool).build();
      shard.start();
      await().atMost(WAIT).until(() -> pool.getQueue().stream()
          .anyMatch(task -> ((Delayed) task).getDelay(TimeUnit.SECONDS) > 60));
      shard.close();
      // Within the close grace (5 s) and then some: nothing is left, where the 10 minute reconnect
      // timer kept the closed shard reachable from the pool.
      await().atMost(Duration.ofSeconds(20)).until(() -> pool.getQueue().isEmpty());
      assertEquals(1, gateway.connections());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aPeerThatSendsOneLineThatIsNotHttpAndWaitsIsRefusedAtOnce() throws Exception {
    // An sshd sends its banner and waits for the client's: no blank line ever comes.
    gateway = new RawGateway(conn -> {
      if (conn.number == 1) {
        conn.readRequest();
        conn.writeAscii("SSH-2.0-OpenSSH_9.6\r\n");
        conn.readUntilClosed();
      } else {
        serveSession(conn);
      }
    });
    // A hello timeout far past the wait below: only a refusal read from the first line ends it.
    shard = shardBuilder().helloTimeout(Duration.ofSeconds(60)).build();
    shard.start();
    await().atMost(Duration.ofSeconds(20)).until(() -> !sink.malformed().isEmpty());
    UpgradeRefusedException refusal = assertInstanceOf(UpgradeRefusedException.class, sink.malformed().get(0));
    assertEquals(-1, refusal.httpStatus());
    assertTrue(refusal.getMessage().endsWith("something that is not HTTP: SSH-2.0-OpenSSH_9.6"), refusal.getMessage());
  }

  @Test
  void aStatusLineAloneIsNotJudgedBeforeItsHeadersArrive() {
    // A valid HTTP status line waits for its header block (a Retry-After may follow); another line does not.
    assertNull(UpgradeResponse.read(ascii("HTTP/1.1 503 Service Unavailable\r\n")));
    assertNull(UpgradeResponse.read(ascii("SSH-2.0-OpenSSH_9.6")));
    UpgradeResponse ssh = UpgradeResponse.read(ascii("SSH-2.0-OpenSSH_9.6\r\n"));
    assertEquals(-1, ssh.status());
    assertEquals("SSH-2.0-OpenSSH_9.6", ssh.statusLine());
  }

  private static ByteBuffer ascii(String text) {
    return ByteBuffer.wrap(text.getBytes(StandardCharsets.US_ASCII));
  }

  @Test
  void aRefusalSentAByteAtATimeIsStillReadWholeAndNamed() throws Exception {
    // The status line alone is not the answer: its headers (a Retry-After) may come in later segments.
    byte[] answer = "HTTP/1.1 503 Service Unavailable\r\nRetry-After: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    gateway = new RawGateway(conn -> {
      if (conn.number == 1) {
        conn.readRequest();
        conn.socket.setTcpNoDelay(true);
        for (byte b : answer) {
          conn.write(new byte[] {b});
        }
        conn.readUntilClosed();
      } else {
        serveSession(conn);
      }
    });
    shard = shardBuilder().build();
    shard.start().get(WAIT.toSeconds(), TimeUnit.SECONDS);
    UpgradeRefusedException refusal = assertInstanceOf(UpgradeRefusedException.class, sink.malformed().get(0));
    assertEquals(503, refusal.httpStatus());
    assertEquals(Optional.of(Duration.ZERO), refusal.retryAfter());
    assertEquals(2, gateway.connections());
  }

  @Test
  void aServerThatClosesMidAnswerIsNotARefusalAndTheShardConnectsAgain() throws Exception {
    gateway = new RawGateway(conn -> {
      if (conn.number == 1) {
        conn.readRequest();
        conn.writeAscii("HTTP/1.1 101 Swi");
        conn.socket.close();
      } else {
        serveSession(conn);
      }
    });
    shard = shardBuilder().build();
    shard.start().get(WAIT.toSeconds(), TimeUnit.SECONDS);
    await().atMost(WAIT).until(() -> shard.isConnected());
    assertEquals(2, gateway.connections());
    assertEquals(List.of(), sink.malformed());
  }

  @Test
  void aServerThatNeverAnswersTheUpgradeIsGivenUpAfterTheHelloTimeoutAndItsSocketClosed() throws Exception {
    CompletableFuture<Void> firstClosed = new CompletableFuture<>();
    gateway = new RawGateway(conn -> {
      if (conn.number == 1) {
        conn.readRequest();
        conn.readUntilClosed(); // no answer, ever
        firstClosed.complete(null);
      } else {
        serveSession(conn);
      }
    });
    // The timeout applies to every connection, the healthy next one too: long enough for a loaded
    // machine to complete that one's handshake in time (if it did not, a third is served the same).
    shard = shardBuilder().helloTimeout(Duration.ofSeconds(5)).build();
    shard.start().get(WAIT.toSeconds(), TimeUnit.SECONDS);
    assertTrue(gateway.connections() >= 2, "connections: " + gateway.connections());
    // The socket the shard gave up is closed by the shard (after its close grace), not left open.
    firstClosed.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    assertEquals(List.of(), sink.malformed());
  }
}

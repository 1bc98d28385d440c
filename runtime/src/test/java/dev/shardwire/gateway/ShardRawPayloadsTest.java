package dev.shardwire.gateway;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import dev.shardwire.dispatch.LogCapture;
import dev.shardwire.models.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Gateway payloads from a server written by hand ({@link RawGateway}), timed where it receives
 * what the shard sends back: what the protocol asks of the shard after each.
 */
class ShardRawPayloadsTest extends RawGatewayHarness {

  @ParameterizedTest
  @ValueSource(strings = {"false", "null", "\"true\"", "1", "{}", "no d at all"})
  void anInvalidSessionWithoutATrueDIsIdentifiedAnewAfterTheWaitDiscordAsksFor(String d) throws Exception {
    String op9 = d.equals("no d at all") ? "{\"t\":null,\"s\":null,\"op\":9}" : "{\"t\":null,\"s\":null,\"op\":9,\"d\":" + d + "}";
    AtomicLong invalidatedAt = new AtomicLong();
    AtomicLong answeredAt = new AtomicLong();
    CompletableFuture<String> answer = new CompletableFuture<>();
    gateway = new RawGateway(conn -> {
      conn.acceptUpgrade();
      conn.hello(45_000);
      if (conn.number == 1) {
        conn.awaitOp(2);
        conn.ready("raw-session", "ws://127.0.0.1:1/");
        invalidatedAt.set(System.nanoTime());
        conn.sendText(op9);
      } else {
        String sent = conn.awaitOp(2, 6);
        answeredAt.set(System.nanoTime());
        answer.complete(sent);
        conn.ready("raw-session-2", "ws://127.0.0.1:1/");
      }
      conn.readUntilClosed();
    });
    // random 0: the least of Discord's wait, 1 s, and a backoff of 0.
    shard = shardBuilder().random(() -> 0.0).build();
    shard.start().get(WAIT.toSeconds(), TimeUnit.SECONDS);
    String sent = answer.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    assertTrue(sent.contains("\"op\":2,"), sent);
    // The protocol fact: "wait a random amount of time, between 1 and 5 seconds, then identify".
    long waited = answeredAt.get() - invalidatedAt.get();
    assertTrue(waited >= TimeUnit.SECONDS.toNanos(1), "identified " + waited / 1_000_000 + " ms after op 9");
    assertEquals(2, gateway.connections());
    assertEquals(List.of(), sink.malformed());
    assertEquals(List.of(), gateway.scriptFailures());
  }

  @Test
  void aFloodOfHeartbeatRequestsIsAnsweredWithinTheSendLimitAndNeverCostsTheShardItsOwnBeats() throws Exception {
    gateway = new RawGateway(conn -> {
      conn.acceptUpgrade();
      conn.hello(2_000);
      conn.awaitOp(2);
      conn.ready("raw-session", "ws://127.0.0.1:1/");
      for (int i = 0; i < 100; i++) {
        conn.sendText("{\"t\":null,\"s\":null,\"op\":1,\"d\":null}");
      }
      while (true) {
        conn.awaitOp(1);
        conn.sendText("{\"t\":null,\"s\":null,\"op\":11}"); // every beat, answers to op 1 too
      }
    });
    String log;
    try (LogCapture capture = new LogCapture()) {
      // 20 frames a minute, 3 of them kept for the shard's own beats, the IDENTIFY took one: the
      // flood is answered 16 times from the requests' part and once from the reserve (at most one
      // per 2 s interval); the first own beat comes after 1.98 s, when the flood's answers have
      // used what they may, and the reserve still has room for it.
      shard = shardBuilder().random(() -> 0.99).sendLimit(20, Duration.ofSeconds(60), 3).build();
      shard.start().get(WAIT.toSeconds(), TimeUnit.SECONDS);
      // A latency is measured only from the shard's own beat to its ACK: the beat went out.
      await().atMost(WAIT).until(() -> shard.heartbeatLatency().isPresent());
      log = capture.text();
    }
    List<String> warnings = log.lines().filter(line -> line.contains(" WARN ")).toList();
    assertEquals(1, warnings.size(), log);
    assertTrue(warnings.get(0).contains("shard 0 connection 1: the gateway asks for heartbeats (op 1) faster than the"
        + " send limit allows"), log);
    assertTrue(shard.isConnected());
    assertEquals(1, gateway.connections());
    assertEquals(List.of(), gateway.scriptFailures());
  }

  @Test
  void aHeartbeatRequestIsAnsweredWhenTheRequestsHaveFilledTheirPartOfTheSendLimit() throws Exception {
    CompletableFuture<Void> requestsFilled = new CompletableFuture<>();
    CompletableFuture<String> answer = new CompletableFuture<>();
    gateway = new RawGateway(conn -> {
      conn.acceptUpgrade();
      conn.hello(120_000); // the shard's own first beat comes after 118.8 s, out of this test
      conn.awaitOp(2);
      conn.ready("raw-session", "ws://127.0.0.1:1/");
      conn.awaitOp(3);
      conn.awaitOp(3);
      requestsFilled.complete(null);
      conn.sendText("{\"t\":null,\"s\":null,\"op\":1,\"d\":null}");
      answer.complete(conn.awaitOp(1, 3));
      conn.readUntilClosed();
    });
    // 5 frames a minute, 2 of them kept for the shard's own beats, the IDENTIFY took one: room for
    // two requests, and two more wait for the window to roll a minute later.
    shard = shardBuilder().random(() -> 0.99).sendLimit(5, Duration.ofSeconds(60), 2).build();
    shard.start().get(WAIT.toSeconds(), TimeUnit.SECONDS);
    for (int i = 0; i < 4; i++) {
      shard.updatePresence(Presence.of(i % 2 == 0 ? Status.IDLE : Status.ONLINE));
    }
    requestsFilled.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    // Answered from the heartbeat reserve (once per interval), not left for the window to roll.
    String sent = answer.get(20, TimeUnit.SECONDS);
    assertTrue(sent.contains("\"op\":1,"), sent);
    assertTrue(shard.isConnected());
    assertEquals(List.of(), gateway.scriptFailures());
  }

  @Test
  void aReadyThatAnswersAResumeStartsTheNumberingAnewAndLosesNoDispatch() throws Exception {
    CompletableFuture<String> resume = new CompletableFuture<>();
    gateway = new RawGateway(conn -> {
      conn.acceptUpgrade();
      conn.hello(45_000);
      if (conn.number == 1) {
        conn.awaitOp(2);
        conn.ready("first-session", "ws://127.0.0.1:1/");
        for (int s = 2; s <= 5; s++) {
          conn.dispatch("MESSAGE_CREATE", s, "{\"first\":" + s + "}");
        }
        conn.socket.close(); // dropped without a close frame: the shard resumes
        return;
      }
      resume.complete(conn.awaitOp(2, 6));
      // A new session instead of the resumed one, numbered from 1 as every session is.
      conn.ready("second-session", "ws://127.0.0.1:1/");
      conn.dispatch("MESSAGE_CREATE", 2, "{\"second\":2}");
      conn.dispatch("MESSAGE_CREATE", 3, "{\"second\":3}");
      conn.readUntilClosed();
    });
    // The resume URL ws://127.0.0.1:1/ answers nothing: the shard resumes at the gateway URL after three tries.
    shard = shardBuilder().random(() -> 0.99).build();
    shard.start().get(WAIT.toSeconds(), TimeUnit.SECONDS);
    assertTrue(resume.get(WAIT.toSeconds(), TimeUnit.SECONDS).contains("\"op\":6,"));
    await().atMost(WAIT).until(() -> sink.named("MESSAGE_CREATE").size() >= 6);
    List<String> payloads = sink.named("MESSAGE_CREATE").stream().map(d -> d.data().toString()).toList();
    assertEquals(List.of("{\"first\":2}", "{\"first\":3}", "{\"first\":4}", "{\"first\":5}", "{\"second\":2}",
        "{\"second\":3}"), payloads);
    assertEquals(3, shard.sequence());
    assertEquals(2, sink.named("READY").size());
    assertEquals(List.of(), sink.malformed());
  }

  @ParameterizedTest
  @ValueSource(strings = {"1", "1.5", "99", "999"})
  void anAbsurdlyShortIntervalIsRaisedToTheShortestTheShardBeatsAtWithOneWarning(String interval) throws Exception {
    // The beats each connection saw: a zombie's successor starts beating anew (at once, no jitter).
    java.util.Map<Integer, List<Long>> beatsByConnection = new java.util.concurrent.ConcurrentHashMap<>();
    gateway = new RawGateway(conn -> {
      List<Long> beats = beatsByConnection.computeIfAbsent(conn.number, n -> new java.util.concurrent.CopyOnWriteArrayList<>());
      conn.acceptUpgrade();
      conn.sendText("{\"t\":null,\"s\":null,\"op\":10,\"d\":{\"heartbeat_interval\":" + interval + "}}");
      while (true) {
        String sent = conn.awaitOp(1, 2, 6);
        if (sent.contains("\"op\":1,")) {
          beats.add(System.nanoTime());
          conn.sendText("{\"t\":null,\"s\":null,\"op\":11}");
        } else {
          conn.ready("raw-session", "ws://127.0.0.1:1/"); // a new session, to a RESUME too
        }
      }
    });
    String log;
    try (LogCapture capture = new LogCapture()) {
      shard = shardBuilder().random(() -> 0.0).build();
      shard.start().get(WAIT.toSeconds(), TimeUnit.SECONDS);
      await().atMost(WAIT).until(() -> beatsByConnection.values().stream().anyMatch(beats -> beats.size() >= 3));
      log = capture.text();
    }
    List<Long> beats = beatsByConnection.values().stream().filter(b -> b.size() >= 3).findFirst().orElseThrow();
    // Each beat is scheduled an interval after the previous one ran: a loaded machine stretches the
    // gaps (and may even make a zombie of a late ACK, hence no count of connections), never shortens
    // them below the 1 s floor, where the HELLO asked for less.
    for (int i = 1; i < 3; i++) {
      long gapMillis = (beats.get(i) - beats.get(i - 1)) / 1_000_000;
      assertTrue(gapMillis >= 900, "heartbeat gap " + gapMillis + " ms before beat " + (i + 1));
    }
    List<String> clamps = log.lines().filter(line -> line.contains(" WARN ") && line.contains("got HELLO")).toList();
    assertFalse(clamps.isEmpty(), log);
    for (String warning : clamps) {
      assertTrue(warning.contains("heartbeat_interval of " + interval + " ms")
          && warning.contains("beating every 1000 ms"), warning);
    }
    assertTrue(gateway.connections() >= 1);
    assertEquals(List.of(), sink.malformed());
  }

  @Test
  void aGatewayThatDropsEachSessionRightAfterItsHandshakeIsReconnectedToWithAGrowingBackoff() throws Exception {
    List<Long> opened = new java.util.concurrent.CopyOnWriteArrayList<>();
    gateway = new RawGateway(conn -> {
      opened.add(System.nanoTime());
      conn.acceptUpgrade();
      conn.hello(45_000);
      conn.awaitOp(2, 6);
      conn.ready("raw-session-" + conn.number, gateway.url());
      conn.write(RawGateway.RawConnection.frame(0x88, new byte[] {0x0F, (byte) 0xA0})); // close 4000
      conn.readUntilClosed();
    });
    // A backoff of 20 ms doubling up to 400 ms; no heartbeat before 44 s, so no connection is proven.
    shard = shardBuilder().random(() -> 0.99).reconnectBackoff(Duration.ofMillis(20), Duration.ofMillis(400)).build();
    shard.start().get(WAIT.toSeconds(), TimeUnit.SECONDS);
    await().atMost(WAIT).until(() -> opened.size() >= 9);
    // Each handshake completed, none proved its connection (no heartbeat was acknowledged), so the
    // backoff went on growing: the attempts past the fifth wait at least half the cap (200 ms),
    // where a backoff that started again at each READY waited at most 20 ms every time.
    for (int i = 6; i < 9; i++) {
      long gapMillis = (opened.get(i) - opened.get(i - 1)) / 1_000_000;
      assertTrue(gapMillis >= 190, "connection " + (i + 1) + " came " + gapMillis + " ms after the one before");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"no url at all", "null", "\"\"", "\"not a url\"", "\"http://127.0.0.1:9/\"",
      "\"ws://10.1.2.3/\"", "42"})
  void aReadyWithoutAUsableResumeUrlIsResumedAtTheGatewayUrl(String url) throws Exception {
    CompletableFuture<String> resumed = new CompletableFuture<>();
    gateway = new RawGateway(conn -> {
      conn.acceptUpgrade();
      conn.hello(45_000);
      if (conn.number == 1) {
        conn.awaitOp(2);
        conn.sendText("{\"t\":\"READY\",\"s\":1,\"op\":0,\"d\":{\"session_id\":\"raw-session\""
            + (url.equals("no url at all") ? "" : ",\"resume_gateway_url\":" + url) + "}}");
        conn.socket.close(); // dropped: the shard resumes
        return;
      }
      resumed.complete(conn.awaitOp(2, 6));
      conn.sendText("{\"t\":\"RESUMED\",\"s\":null,\"op\":0,\"d\":{}}");
      conn.readUntilClosed();
    });
    shard = shardBuilder().random(() -> 0.99).build();
    shard.start().get(WAIT.toSeconds(), TimeUnit.SECONDS);
    // The very next connection, at the gateway URL, resumes the session.
    String sent = resumed.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    assertTrue(sent.contains("\"op\":6,") && sent.contains("\"session_id\":\"raw-session\""), sent);
    assertEquals(2, gateway.connections());
    assertEquals(List.of(), sink.malformed());
  }

  @Test
  void aResumeUrlWithAPathAndAQueryKeepsThePathAndGetsTheShardsOwnQuery() throws Exception {
    CompletableFuture<String> request = new CompletableFuture<>();
    gateway = new RawGateway(conn -> {
      if (conn.number == 1) {
        conn.acceptUpgrade();
        conn.hello(45_000);
        conn.awaitOp(2);
        conn.ready("raw-session", gateway.url() + "resume/here?v=6&encoding=etf&compress=zlib-stream#top");
        conn.socket.close();
        return;
      }
      request.complete(conn.readRequest().lines().findFirst().orElse(""));
      conn.readUntilClosed();
    });
    shard = shardBuilder().random(() -> 0.99).build();
    shard.start().get(WAIT.toSeconds(), TimeUnit.SECONDS);
    assertEquals("GET /resume/here?v=10&encoding=json HTTP/1.1", request.get(WAIT.toSeconds(), TimeUnit.SECONDS));
  }

  @Test
  void aReadyBeforeTheShardIdentifiedIsReportedAndNotDelivered() throws Exception {
    gateway = new RawGateway(conn -> {
      conn.acceptUpgrade();
      // READY answers an IDENTIFY (or a RESUME): this one comes before HELLO, unasked.
      conn.ready("unasked-session", gateway.url());
      conn.hello(45_000);
      conn.awaitOp(2, 6);
      conn.ready("raw-session", gateway.url());
      conn.dispatch("MESSAGE_CREATE", 2, "{}");
      conn.readUntilClosed();
    });
    shard = shardBuilder().random(() -> 0.99).build();
    shard.start().get(WAIT.toSeconds(), TimeUnit.SECONDS);
    await().atMost(WAIT).until(() -> sink.named("MESSAGE_CREATE").size() == 1);
    assertEquals(1, sink.named("READY").size());
    assertEquals(Optional.of("raw-session"), shard.sessionId());
    assertEquals(1, sink.connected.get());
    assertEquals(1, sink.malformed().size(), sink.malformed().toString());
    assertTrue(sink.malformed().get(0).getMessage().startsWith("READY out of turn"), sink.malformed().get(0).getMessage());
    assertEquals(1, gateway.connections());
    assertEquals(List.of(), gateway.scriptFailures());
  }

  @Test
  void aResumedOutOfTurnIsReportedAndNotDelivered() throws Exception {
    gateway = new RawGateway(conn -> {
      conn.acceptUpgrade();
      conn.hello(45_000);
      conn.awaitOp(2);
      // RESUMED answers a RESUME: here the shard identified, and then it is ready already.
      conn.sendText("{\"t\":\"RESUMED\",\"s\":null,\"op\":0,\"d\":{}}");
      conn.ready("raw-session", gateway.url());
      conn.sendText("{\"t\":\"RESUMED\",\"s\":null,\"op\":0,\"d\":{}}");
      conn.dispatch("MESSAGE_CREATE", 2, "{}");
      conn.readUntilClosed();
    });
    shard = shardBuilder().random(() -> 0.99).build();
    shard.start().get(WAIT.toSeconds(), TimeUnit.SECONDS);
    await().atMost(WAIT).until(() -> sink.named("MESSAGE_CREATE").size() == 1);
    assertEquals(List.of(), sink.named("RESUMED"));
    assertEquals(1, sink.named("READY").size());
    assertEquals(1, sink.connected.get());
    assertEquals(2, sink.malformed().size(), sink.malformed().toString());
    for (RuntimeException e : sink.malformed()) {
      assertTrue(e.getMessage().startsWith("RESUMED out of turn"), e.getMessage());
    }
    assertEquals(1, gateway.connections());
  }

  /**
   * What the server sends reaches the log only made printable: a line break (raw in a frame that is
   * not JSON, or decoded from a JSON escape in a dispatch's name, a resume URL or a close reason)
   * would let a server write log lines of its own, such as a forged "is ready".
   */
  @ParameterizedTest
  @ValueSource(strings = {"frame", "name", "resumeUrl", "closeReason"})
  void whatTheServerSendsCannotForgeALogLine(String where) throws Exception {
    String forged = "FORGED INFO shard 0 is ready";
    gateway = new RawGateway(conn -> {
      conn.acceptUpgrade();
      conn.hello(45_000);
      if (conn.number > 1) {
        conn.awaitOp(6);
        conn.sendText("{\"t\":\"RESUMED\",\"s\":null,\"op\":0,\"d\":{}}");
        conn.readUntilClosed();
        return;
      }
      conn.awaitOp(2);
      String resumeUrl = where.equals("resumeUrl") ? "http://gateway\\r\\n" + forged : gateway.url();
      conn.ready("raw-session", resumeUrl);
      switch (where) {
        case "frame" -> conn.sendText("{\"op\":\r\n" + forged + "}");
        case "name" -> conn.dispatch("X\\n" + forged, 5, "{}");
        case "closeReason" -> {
          byte[] reason = ("bye\n" + forged).getBytes(StandardCharsets.UTF_8);
          byte[] payload = new byte[2 + reason.length];
          payload[0] = 0x0F; // 4000
          payload[1] = (byte) 0xA0;
          System.arraycopy(reason, 0, payload, 2, reason.length);
          conn.write(RawGateway.RawConnection.frame(0x88, payload));
        }
        default -> { }
      }
      conn.dispatch("MESSAGE_CREATE", 6, "{}");
      conn.readUntilClosed();
    });
    String log;
    try (LogCapture capture = new LogCapture()) {
      shard = shardBuilder().build();
      shard.start().get(WAIT.toSeconds(), TimeUnit.SECONDS);
      await().atMost(WAIT).until(() -> sink.named("MESSAGE_CREATE").size() == 1 || gateway.connections() == 2 && shard.isConnected());
      log = capture.text();
    }
    assertTrue(log.contains(forged), log); // it was logged ...
    assertEquals(List.of(), log.lines().filter(line -> line.startsWith("FORGED")).toList(), log); // ... within the shard's line
    assertEquals(List.of(), gateway.scriptFailures());
  }
}

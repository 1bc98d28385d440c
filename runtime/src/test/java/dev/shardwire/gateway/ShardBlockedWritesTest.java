package dev.shardwire.gateway;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A server that stops reading: it floods the shard with pings and reads none of the pongs, so the
 * shard's write thread blocks on a full socket. Java-WebSocket closes a client's socket only
 * from that write thread, once it has written out its queue: whatever gives the connection up
 * must close the socket itself, or the socket and the write thread stay for as long as the server
 * keeps the connection open.
 */
class ShardBlockedWritesTest extends RawGatewayHarness {

  private final CompletableFuture<Void> firstSocketClosed = new CompletableFuture<>();

  /** A thousand pings of 125 bytes each, in one array. */
  private static byte[] pings() {
    byte[] ping = RawGateway.RawConnection.frame(0x89, new byte[125]);
    byte[] batch = new byte[ping.length * 1000];
    for (int i = 0; i < 1000; i++) {
      System.arraycopy(ping, 0, batch, i * ping.length, ping.length);
    }
    return batch;
  }

  /** Pings on {@code conn} until its socket is closed (a write fails), reading nothing. */
  private void floodUntilClosed(RawGateway.RawConnection conn, byte[] first) throws IOException {
    byte[] batch = pings();
    try {
      conn.write(first);
      while (true) {
        conn.write(batch);
      }
    } catch (IOException e) {
      firstSocketClosed.complete(null);
    }
  }

  /**
   * Whether a Java-WebSocket write thread is in a socket write (the native call, where a blocking
   * socket waits for room); held for a second, it waits there: the buffers are full.
   */
  private static boolean aWriteThreadIsInASocketWrite() {
    return Thread.getAllStackTraces().entrySet().stream()
        .filter(e -> e.getKey().getName().startsWith("WebSocketWriteThread") && e.getValue().length > 0)
        .anyMatch(e -> e.getValue()[0].getMethodName().equals("write0"));
  }

  /** Waits until the shard's write thread is blocked. */
  private static void awaitABlockedWriteThread() {
    await().atMost(WAIT).during(Duration.ofSeconds(1)).until(ShardBlockedWritesTest::aWriteThreadIsInASocketWrite);
  }

  /** Pings on {@code conn}, reading nothing, until the shard's write thread is blocked. */
  private void floodUntilBlocked(RawGateway.RawConnection conn) throws IOException {
    CompletableFuture<Void> blocked = CompletableFuture.runAsync(ShardBlockedWritesTest::awaitABlockedWriteThread);
    byte[] batch = pings();
    while (!blocked.isDone()) {
      conn.write(batch);
    }
    blocked.join();
  }

  @Test
  void closingAShardWhoseServerStoppedReadingClosesItsSocket() throws Exception {
    gateway = new RawGateway(conn -> {
      conn.acceptUpgrade();
      conn.hello(45_000);
      conn.awaitOp(2);
      conn.ready("raw-session", gateway.url());
      floodUntilClosed(conn, new byte[0]);
    });
    shard = shardBuilder().build();
    shard.start().get(WAIT.toSeconds(), TimeUnit.SECONDS);
    awaitABlockedWriteThread();
    shard.close();
    // After the 5 s close grace the shard cuts the socket, however its write thread is stuck.
    firstSocketClosed.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    await().atMost(WAIT).until(() -> !aWriteThreadIsInASocketWrite()); // and its write thread is free
    assertEquals(List.of(), gateway.scriptFailures());
  }

  @Test
  void aConnectionTheServerClosedWhileItReadsNothingHasItsSocketClosedAndTheShardResumes() throws Exception {
    CompletableFuture<String> resume = new CompletableFuture<>();
    gateway = new RawGateway(conn -> {
      conn.acceptUpgrade();
      conn.hello(45_000);
      if (conn.number == 1) {
        conn.awaitOp(2);
        conn.ready("raw-session", gateway.url());
        floodUntilBlocked(conn);
        // A close 4000 the shard answers into a socket nobody reads; then more pings, never read.
        floodUntilClosed(conn, RawGateway.RawConnection.frame(0x88, new byte[] {0x0F, (byte) 0xA0}));
        return;
      }
      resume.complete(conn.awaitOp(2, 6));
      conn.sendText("{\"t\":\"RESUMED\",\"s\":null,\"op\":0,\"d\":{}}");
      conn.readUntilClosed();
    });
    shard = shardBuilder().build();
    shard.start().get(WAIT.toSeconds(), TimeUnit.SECONDS);
    String sent = resume.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    assertEquals(true, sent.contains("\"op\":6,"), sent);
    firstSocketClosed.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    await().atMost(WAIT).until(shard::isConnected);
    assertEquals(List.of(), gateway.scriptFailures());
  }
}

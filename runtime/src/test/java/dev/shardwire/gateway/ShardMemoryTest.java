package dev.shardwire.gateway;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shardwire.gateway.client.WebSocketGatewayShard;
import dev.shardwire.models.Intents;
import dev.shardwire.testing.EmbeddedGateway;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Heap kept per idle connected shard, measured over 64 shards against the embedded gateway, before
 * and after each received a message of 1 MiB: what a large message leaves behind must go back,
 * compressed or not. The figures are printed; the README quotes them.
 *
 * <p>Both halves of each connection live in this JVM, so the figure per connection includes the
 * embedded gateway's side of it (its connection and session objects, its deflater's Java part);
 * the bound asserted is generous for that reason, and the growth a large message leaves is
 * asserted on its own.
 */
class ShardMemoryTest {

  private static final int SHARDS = 64;
  private static final int BIG = 1 << 20;
  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

  /** Counts dispatches without keeping them. */
  private static final class CountingSink implements DispatchSink {
    final AtomicInteger big = new AtomicInteger();

    @Override
    public boolean wants(String name) {
      return name.equals("BIG");
    }

    @Override
    public void onDispatch(GatewayShard shard, GatewayDispatch dispatch) {
      big.incrementAndGet();
    }
  }

  private static long heapAfterGc() {
    long used = Long.MAX_VALUE;
    // The least of a few readings, each after a full collection: a collection may leave some
    // garbage that the next one takes.
    for (int i = 0; i < 4; i++) {
      System.gc();
      used = Math.min(used, MEMORY.getHeapMemoryUsage().getUsed());
    }
    return used;
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void anIdleShardKeepsLittleAndALargeMessageLeavesNothingBehind(boolean compress) throws Exception {
    CountingSink sink = new CountingSink();
    List<WebSocketGatewayShard> shards = new ArrayList<>();
    Set<Thread> socketThreadsBefore = socketThreads();
    try (EmbeddedGateway gateway = EmbeddedGateway.builder().heartbeatInterval(Duration.ofSeconds(60)).start()) {
      // measure closes the shards before the gateway stops: a shard still running would try to
      // reconnect to a stopped gateway, and leave threads behind.
      measure(gateway, sink, shards, compress);
    }
    // 130 connections' threads wind down after the close; later tests count threads. Only this
    // test's own: a thread of an earlier test that starts or ends meanwhile is not this test's.
    await().atMost(Duration.ofSeconds(30)).until(() -> socketThreadsBefore.containsAll(socketThreads()));
  }

  private static void measure(EmbeddedGateway gateway, CountingSink sink, List<WebSocketGatewayShard> shards,
      boolean compress) throws Exception {
    try {
      // One shard first, so that classes and pools that every shard shares are not counted.
      shards.add(shard(gateway, sink, compress, 0));
      shards.get(0).start().get(10, TimeUnit.SECONDS);
      long before = heapAfterGc();
      List<CompletableFuture<Void>> ready = new ArrayList<>();
      for (int i = 1; i <= SHARDS; i++) {
        WebSocketGatewayShard shard = shard(gateway, sink, compress, i);
        shards.add(shard);
        ready.add(shard.start());
      }
      CompletableFuture.allOf(ready.toArray(new CompletableFuture<?>[0])).get(60, TimeUnit.SECONDS);
      long connected = heapAfterGc();
      byte[] noise = new byte[BIG / 2];
      new Random(3).nextBytes(noise);
      // Unnumbered, so the gateway keeps no copy for replay; text that compresses badly.
      gateway.sendRaw("{\"t\":\"BIG\",\"s\":null,\"op\":0,\"d\":\"" + HexFormat.of().formatHex(noise) + "\"}");
      await().atMost(Duration.ofSeconds(60)).until(() -> sink.big.get() == SHARDS + 1);
      long afterBig = heapAfterGc();
      long perShard = (connected - before) / SHARDS;
      long leftByBig = (afterBig - connected) / SHARDS;
      System.out.printf("ShardMemoryTest compress=%s: %d shards, %,d bytes each connected (both halves),"
          + " %,d bytes each left by a %,d-byte message%n", compress, SHARDS, perShard, leftByBig, BIG);
      assertTrue(leftByBig < 64 * 1024, "a 1 MiB message left " + leftByBig + " bytes per shard");
      // Measured: about 40 KiB uncompressed, 56 KiB compressed, both halves together (README).
      assertTrue(perShard < 256 * 1024, "each connected shard and its gateway side keep " + perShard + " bytes");
    } finally {
      for (WebSocketGatewayShard shard : shards) {
        shard.close();
      }
    }
  }

  /** The live threads of WebSocket clients (a read and a write thread per connection). */
  private static Set<Thread> socketThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(thread -> thread.getName().startsWith("WebSocketConnectReadThread")
            || thread.getName().startsWith("WebSocketWriteThread"))
        .collect(Collectors.toSet());
  }

  private static WebSocketGatewayShard shard(EmbeddedGateway gateway, DispatchSink sink, boolean compress, int id) {
    return WebSocketGatewayShard.builder()
        .token("memory-token")
        .intents(Intents.UNPRIVILEGED)
        .shard(id, SHARDS + 1)
        .gatewayUrl(gateway.url())
        .compress(compress)
        .sink(sink)
        .helloTimeout(Duration.ofSeconds(30))
        .build();
  }
}

package dev.shardwire.redis;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shardwire.GatewayBot;
import dev.shardwire.gateway.client.WebSocketGatewayShard;
import dev.shardwire.models.Intents;
import dev.shardwire.testing.EmbeddedGateway;
import io.lettuce.core.Range;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The gateway role against a real redis-server and a real embedded gateway: what lands in the
 * streams, byte for byte, and how the streams are bounded. The outage is in {@link
 * RedisOutageTest}.
 */
class RedisDispatchPublisherTest {

  static final RedisCodec<String, byte[]> CODEC = RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE);
  /** Guilds that Discord's routing ({@code (id >> 22) % 2}) puts on shard 0 and on shard 1. */
  private static final String GUILD_ON_0 = Long.toString(2L << 22);
  private static final String GUILD_ON_1 = Long.toString(3L << 22);

  @RegisterExtension
  static final LocalRedis redis = LocalRedis.perClass();



  /** One dispatch as read back from a stream. */
  record Published(int shard, long sequence, String payload) {}

  @Test
  void eachDispatchLandsInItsNamesStreamWithShardSequenceAndTheRawPayload() throws Exception {
    publishesRaw(true);
  }

  @Test
  void theSameWithoutTransportCompression() throws Exception {
    // Uncompressed frames are read in place, at an offset in the frame's buffer; compressed ones
    // are inflated into a buffer that is reused: both must give d's own bytes.
    publishesRaw(false);
  }

  private void publishesRaw(boolean compress) throws Exception {
    String botKey = "raw-" + compress;
    String spaced = "{ \"guild_id\" : \"" + GUILD_ON_0 + "\" ,\n  \"nested\" : [ {\"a\" : null}, [] ] }";
    String tricky = "{\"guild_id\":\"" + GUILD_ON_1 + "\",\"content\":\"caf\u00e9 \u2603 } ] \\\"quoted\\\" \\\\\"}";
    String typing = "{\"guild_id\":\"" + GUILD_ON_1 + "\",\"user_id\":\"5\",\"timestamp\":1700000000}";
    String everywhere = "{\"note\":\"no guild: every shard gets it\"}";
    try (EmbeddedGateway gateway = EmbeddedGateway.builder().start();
        RedisDispatchPublisher publisher = RedisDispatchPublisher.builder(redis.client(), botKey).build();
        GatewayBot bot = bot(gateway, publisher, compress, 2)) {
      // The gateway process's own listeners still get what they listen to.
      List<String> local = new java.util.concurrent.CopyOnWriteArrayList<>();
      bot.events().subscribe(dev.shardwire.events.ShardwireEventTable.SHARD_PAYLOAD_EVENT, e -> local.add(e.name()));
      bot.start().get(30, TimeUnit.SECONDS);
      gateway.dispatch("MESSAGE_CREATE", spaced);
      gateway.dispatch("MESSAGE_CREATE", tricky);
      gateway.dispatch("TYPING_START", typing);
      gateway.dispatch("SHARDWIRE_CUSTOM", everywhere);
      await().atMost(Duration.ofSeconds(10)).until(() -> publisher.published() == 5);
      assertEquals(5, publisher.settled(0) + publisher.settled(1), "each acknowledged dispatch is settled, by shard");

      DispatchStreams streams = DispatchStreams.of(botKey);
      // Two shards are two connections: no order between them, so by shard.
      List<Published> messages = read(streams.keyOf("MESSAGE_CREATE")).stream()
          .sorted(java.util.Comparator.comparingInt(Published::shard)).toList();
      assertEquals(List.of(0, 1), messages.stream().map(Published::shard).toList());
      assertEquals(List.of(spaced, tricky), messages.stream().map(Published::payload).toList());
      List<Published> typings = read(streams.keyOf("TYPING_START"));
      assertEquals(List.of(new Published(1, typings.get(0).sequence(), typing)), typings);
      List<Published> custom = read(streams.keyOf("SHARDWIRE_CUSTOM"));
      assertEquals(List.of(0, 1), custom.stream().map(Published::shard).sorted().toList());
      assertTrue(custom.stream().allMatch(p -> p.payload().equals(everywhere)), custom.toString());

      // The sequence numbers are the shards' own: each shard's last is the last it received.
      for (var shard : bot.shards()) {
        long last = ((WebSocketGatewayShard) shard).sequence();
        List<Long> sequences = new ArrayList<>();
        for (List<Published> stream : List.of(messages, typings, custom)) {
          stream.stream().filter(p -> p.shard() == shard.id()).forEach(p -> sequences.add(p.sequence()));
        }
        assertEquals(last, sequences.stream().mapToLong(Long::longValue).max().orElseThrow(), "shard " + shard.id());
        assertEquals(sequences.size(), sequences.stream().distinct().count(), "shard " + shard.id() + ": " + sequences);
      }
      await().atMost(Duration.ofSeconds(10)).until(() -> local.size() == 2 + 5);
      assertEquals(List.of("MESSAGE_CREATE", "MESSAGE_CREATE", "READY", "READY", "SHARDWIRE_CUSTOM", "SHARDWIRE_CUSTOM", "TYPING_START"),
          local.stream().sorted().toList());
      // READY is the gateway process's own session: not published.
      assertEquals(0L, sync().exists(streams.keyOf("READY")));
    }
  }

  @Test
  void maxLengthBoundsEachStream() throws Exception {
    // Nodes of 10 entries, so that approximate trimming (whole nodes) stays within 10 of the bound.
    sync().configSet("stream-node-max-entries", "10");
    try (EmbeddedGateway gateway = EmbeddedGateway.builder().start();
        RedisDispatchPublisher publisher = RedisDispatchPublisher.builder(redis.client(), "trimmed").maxLength(20).build();
        GatewayBot bot = bot(gateway, publisher, true, 1)) {
      bot.start().get(30, TimeUnit.SECONDS);
      gateway.dispatchMany(500, "TYPING_START", "{\"user_id\":\"5\"}");
      await().atMost(Duration.ofSeconds(20)).until(() -> publisher.published() == 500);

      String key = DispatchStreams.of("trimmed").keyOf("TYPING_START");
      long length = sync().xlen(key);
      assertTrue(length >= 20 && length < 30, "500 entries trimmed to ~20 in nodes of 10 left " + length);
      List<Published> kept = read(key);
      // The newest are kept: the last is the shard's last dispatch.
      assertEquals(((WebSocketGatewayShard) bot.shards().get(0)).sequence(), kept.get(kept.size() - 1).sequence());
    } finally {
      sync().configSet("stream-node-max-entries", "100");
    }
  }

  @Test
  void anEntryRedisRefusesIsDroppedAndReportedAndTheOthersGoOn() throws Exception {
    DispatchStreams streams = DispatchStreams.of("refused");
    // Not a stream: every XADD to it gets WRONGTYPE, and would again.
    sync().set(streams.keyOf("MESSAGE_CREATE"), "not a stream".getBytes(StandardCharsets.UTF_8));
    List<dev.shardwire.events.DispatchesDroppedEvent> reports = new java.util.concurrent.CopyOnWriteArrayList<>();
    try (EmbeddedGateway gateway = EmbeddedGateway.builder().start();
        RedisDispatchPublisher publisher = RedisDispatchPublisher.builder(redis.client(), "refused").build();
        GatewayBot bot = bot(gateway, publisher, true, 1)) {
      bot.events().subscribe(dev.shardwire.events.ShardwireEventTable.DISPATCHES_DROPPED_EVENT, reports::add);
      bot.start().get(30, TimeUnit.SECONDS);
      gateway.dispatch("TYPING_START", "{\"n\":1}");
      gateway.dispatch("MESSAGE_CREATE", "{\"n\":2}");
      gateway.dispatch("TYPING_START", "{\"n\":3}");
      await().atMost(Duration.ofSeconds(10)).until(() -> publisher.published() == 2 && reports.size() == 1);

      assertEquals(List.of("{\"n\":1}", "{\"n\":3}"), read(streams.keyOf("TYPING_START")).stream().map(Published::payload).toList());
      var report = reports.get(0);
      assertEquals(1, report.count());
      assertEquals(Map.of("MESSAGE_CREATE", 1L), report.countsByName());
      assertTrue(report.reason().startsWith("refused by Redis: WRONGTYPE"), report.reason());
      assertEquals(0, publisher.buffered());
      assertEquals(3, publisher.settled(0), "the refused dispatch is settled too: nothing will publish it");
    }
  }

  @Test
  void whatRedisRefusesForNowIsKeptAndSentAgainNotDropped() throws Exception {
    // Out of memory (as while it loads its data set after a restart, or is a replica after a
    // failover), Redis refuses writes for a while: that is an outage, not a bad entry.
    DispatchStreams streams = DispatchStreams.of("refused-for-now");
    try (EmbeddedGateway gateway = EmbeddedGateway.builder().start();
        RedisDispatchPublisher publisher = RedisDispatchPublisher.builder(redis.client(), "refused-for-now").build();
        GatewayBot bot = bot(gateway, publisher, true, 1)) {
      bot.start().get(30, TimeUnit.SECONDS);
      long oomBefore = oomErrors();
      sync().configSet("maxmemory-policy", "noeviction");
      sync().configSet("maxmemory", "1");
      try {
        for (int n = 1; n <= 3; n++) {
          gateway.dispatch("TYPING_START", "{\"n\":" + n + "}");
        }
        // Redis has refused the batch at least once.
        await().atMost(Duration.ofSeconds(10)).until(() -> oomErrors() >= oomBefore + 3);
        assertEquals(0, publisher.dropped(), "dispatches dropped while Redis refused them for now");
        assertEquals(3, publisher.buffered());
      } finally {
        sync().configSet("maxmemory", "0");
      }
      await().atMost(Duration.ofSeconds(10)).until(() -> publisher.published() == 3);
      assertEquals(List.of("{\"n\":1}", "{\"n\":2}", "{\"n\":3}"),
          read(streams.keyOf("TYPING_START")).stream().map(Published::payload).toList());
      assertEquals(0, publisher.dropped());
    }
  }

  @Test
  void entriesRefusedForNowInTheMiddleOfABatchGoAgainInOrderAndNoneIsWrittenTwice() throws Exception {
    // Redis refuses a write while its memory is over maxmemory, and the memory it counts holds
    // the command's own arguments (and the query buffer it keeps for the next large one): with
    // the bound between "now plus one large entry's arguments and buffer" and "now plus one
    // buffer", it refuses the large entry and accepts small ones sent right behind it, every
    // time, whatever the timing. That is how an outage ending in the middle of a batch looks.
    DispatchStreams streams = DispatchStreams.of("refused-mid-batch");
    // 3 MiB: the three entries fit one batch (MAX_BATCH_BYTES).
    String large = "{\"n\":1,\"pad\":\"" + "x".repeat(3 << 20) + "\"}";
    try (EmbeddedGateway gateway = EmbeddedGateway.builder().start();
        RedisDispatchPublisher publisher = RedisDispatchPublisher.builder(redis.client(), "refused-mid-batch").build();
        GatewayBot bot = bot(gateway, publisher, true, 1)) {
      bot.start().get(30, TimeUnit.SECONDS);
      sync().configSet("maxmemory-policy", "noeviction");
      sync().configSet("maxmemory", Long.toString(usedMemory() + (9 << 19))); // 4.5 MiB more
      try {
        long oomBefore = oomErrors();
        gateway.dispatch("TYPING_START", large);
        await().atMost(Duration.ofSeconds(10)).until(() -> oomErrors() > oomBefore);
        // Behind the refused one, in the buffer: the next batch carries all three.
        gateway.dispatch("TYPING_START", "{\"n\":2}");
        gateway.dispatch("MESSAGE_CREATE", "{\"n\":3}");
        await().atMost(Duration.ofSeconds(10)).until(() -> publisher.buffered() == 3);
        long oomWithAll = oomErrors();
        // Two more refusals: at most one of them was a batch sent before the other two arrived.
        await().atMost(Duration.ofSeconds(10)).until(() -> oomErrors() >= oomWithAll + 2);
        assertEquals(0, publisher.dropped(), "dispatches dropped while Redis refused them for now");
      } finally {
        sync().configSet("maxmemory", "0");
      }
      await().atMost(Duration.ofSeconds(20)).until(() -> publisher.published() == 3);
      // The large payload is named by its size, so that a failure stays readable.
      assertEquals(List.of("(" + large.length() + " bytes)", "{\"n\":2}"),
          read(streams.keyOf("TYPING_START")).stream().map(p -> p.payload().length() > 100 ? "(" + p.payload().length() + " bytes)" : p.payload()).toList(),
          "each entry once, in the shard's order");
      assertEquals(List.of("{\"n\":3}"), read(streams.keyOf("MESSAGE_CREATE")).stream().map(Published::payload).toList());
      assertEquals(0, publisher.buffered());
      assertEquals(0, publisher.dropped());
      assertEquals(3, publisher.settled(0));
    }
  }

  @Test
  void aDispatchDroppedFromAFullBufferSettlesNoneOfTheOlderOnesStillBuffered() throws Exception {
    // settled(shard) tells the session store how far the shard's session may be saved: every
    // dispatch before that point must be done with, or a process killed then would resume after
    // dispatches that never reached Redis. A dispatch dropped because the buffer is full is done
    // with at once; the older ones waiting in the buffer are not.
    try (EmbeddedGateway gateway = EmbeddedGateway.builder().start();
        RedisDispatchPublisher publisher = RedisDispatchPublisher.builder(redis.client(), "settled-in-order")
            .maxBufferedDispatches(2).build();
        GatewayBot bot = bot(gateway, publisher, true, 1)) {
      bot.start().get(30, TimeUnit.SECONDS);
      sync().configSet("maxmemory-policy", "noeviction");
      sync().configSet("maxmemory", "1"); // every write refused for now: the buffer keeps them
      try {
        for (int n = 1; n <= 3; n++) {
          gateway.dispatch("TYPING_START", "{\"n\":" + n + "}");
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> publisher.dropped() == 1);
        assertEquals(2, publisher.buffered());
        assertEquals(0, publisher.settled(0), "the first two wait in the buffer, so nothing before the third is done with");
      } finally {
        sync().configSet("maxmemory", "0");
      }
      await().atMost(Duration.ofSeconds(10)).until(() -> publisher.published() == 2);
      assertEquals(3, publisher.settled(0), "published, published, dropped and reported");
    }
  }

  @Test
  void aBatchScriptRefusedForGoodIsToldOnceAndItsDispatchesAreDroppedAndReported() throws Exception {
    // A Redis user without EVAL: every batch is refused whole, for good. The dispatches are
    // dropped and reported (and settled), and the log says why once, not once per dispatch.
    redis.connect().sync().aclSetuser("no-eval", io.lettuce.core.AclSetuserArgs.Builder.on().addPassword("secret")
        .allKeys().allChannels().allCommands()
        .removeCommand(io.lettuce.core.protocol.CommandType.EVAL).removeCommand(io.lettuce.core.protocol.CommandType.EVALSHA));
    io.lettuce.core.RedisClient noEval = io.lettuce.core.RedisClient.create(
        io.lettuce.core.RedisURI.builder().withHost("127.0.0.1").withPort(redis.port()).withAuthentication("no-eval", "secret").build());
    try (dev.shardwire.dispatch.LogCapture log = new dev.shardwire.dispatch.LogCapture();
        EmbeddedGateway gateway = EmbeddedGateway.builder().start();
        RedisDispatchPublisher publisher = RedisDispatchPublisher.builder(noEval, "no-eval").build();
        GatewayBot bot = bot(gateway, publisher, true, 1)) {
      bot.start().get(30, TimeUnit.SECONDS);
      for (int n = 1; n <= 3; n++) {
        gateway.dispatch("TYPING_START", "{\"n\":" + n + "}");
        int dropped = n;
        // One at a time, so that they go in three batches.
        await().atMost(Duration.ofSeconds(10)).until(() -> publisher.dropped() == dropped);
      }
      assertEquals(0, publisher.published());
      assertEquals(3, publisher.settled(0), "dropped and reported");
      String text = log.text();
      assertEquals(1, text.split("refused the batch script itself", -1).length - 1, text);
      assertTrue(text.contains("NOPERM"), text);
      assertTrue(!text.contains("Redis refused dispatch"), text);
    } finally {
      noEval.shutdown();
    }
  }

  @Test
  void aBatchCarriesAtMostMaxBatchBytesOfPayloadButAlwaysOneEntry() throws Exception {
    // A batch is one script, which Redis runs without serving anybody else, after copying its
    // arguments: large dispatches (a big guild's GUILD_CREATE) go a few at a time, not 64 MiB at once.
    DispatchStreams streams = DispatchStreams.of("batch-bytes");
    int large = (int) (RedisDispatchPublisher.MAX_BATCH_BYTES * 2 / 3);
    try (EmbeddedGateway gateway = EmbeddedGateway.builder().start();
        RedisDispatchPublisher publisher = RedisDispatchPublisher.builder(redis.client(), "batch-bytes").build();
        GatewayBot bot = bot(gateway, publisher, true, 1)) {
      bot.start().get(30, TimeUnit.SECONDS);
      sync().configSet("maxmemory-policy", "noeviction");
      sync().configSet("maxmemory", "1"); // nothing taken until all three wait in the buffer
      long scripts;
      try {
        for (int n = 1; n <= 3; n++) {
          gateway.dispatch("TYPING_START", "{\"n\":" + n + ",\"pad\":\"" + "x".repeat(large) + "\"}");
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> publisher.buffered() == 3);
        scripts = evalCalls();
      } finally {
        sync().configSet("maxmemory", "0");
      }
      await().atMost(Duration.ofSeconds(20)).until(() -> publisher.published() == 3);
      // A refused retry may fall between the count and the end of the refusals: one batch of all
      // three would make at most two.
      assertTrue(evalCalls() - scripts >= 3, "three entries of 2/3 of the bound went in " + (evalCalls() - scripts) + " batches");
      assertEquals(List.of(1, 2, 3), read(streams.keyOf("TYPING_START")).stream()
          .map(p -> Integer.parseInt(p.payload().substring(5, 6))).toList());
    }
  }

  /** How many EVALs Redis has run (INFO commandstats). */
  private static long evalCalls() {
    String stats = new String(connection().sync().info("commandstats").getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    java.util.regex.Matcher eval = java.util.regex.Pattern.compile("cmdstat_eval:calls=(\\d+)").matcher(stats);
    return eval.find() ? Long.parseLong(eval.group(1)) : 0;
  }

  /** How many bytes Redis counts against maxmemory now (INFO memory). */
  private static long usedMemory() {
    String memory = new String(connection().sync().info("memory").getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    java.util.regex.Matcher used = java.util.regex.Pattern.compile("used_memory:(\\d+)").matcher(memory);
    assertTrue(used.find(), memory);
    return Long.parseLong(used.group(1));
  }

  /** How many commands Redis has refused with OOM since it started (INFO errorstats). */
  private static long oomErrors() {
    String stats = new String(connection().sync().info("errorstats").getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    java.util.regex.Matcher oom = java.util.regex.Pattern.compile("errorstat_OOM:count=(\\d+)").matcher(stats);
    return oom.find() ? Long.parseLong(oom.group(1)) : 0;
  }

  static GatewayBot bot(EmbeddedGateway gateway, RedisDispatchPublisher publisher, boolean compress, int shards) {
    return GatewayBot.builder()
        .token("test-token")
        // The embedded gateway sends only what the intents allow: dispatches without a guild_id
        // count as direct ones.
        .intents(Intents.of(Intents.GUILDS, Intents.GUILD_MESSAGES, Intents.GUILD_MESSAGE_TYPING, Intents.MESSAGE_CONTENT,
            Intents.DIRECT_MESSAGES, Intents.DIRECT_MESSAGE_TYPING))
        .gatewayUrl(gateway.url())
        .shardCount(shards)
        .maxConcurrency(shards)
        .compress(compress)
        .identifyInterval(Duration.ofMillis(10))
        .dispatchPublisher(publisher)
        .build();
  }

  private static RedisCommands<String, byte[]> sync() {
    return connection().sync();
  }

  private static StatefulRedisConnection<String, byte[]> connection;

  private static synchronized StatefulRedisConnection<String, byte[]> connection() {
    if (connection == null) {
      connection = redis.client().connect(CODEC);
    }
    return connection;
  }

  /** The entries of a stream, oldest first. */
  static List<Published> read(RedisCommands<String, byte[]> redis, String key) {
    List<Published> entries = new ArrayList<>();
    for (StreamMessage<String, byte[]> message : redis.xrange(key, Range.create("-", "+"))) {
      Map<String, byte[]> body = message.getBody();
      assertEquals(3, body.size(), "fields of " + message.getId());
      entries.add(new Published(
          Integer.parseInt(text(body.get(DispatchStreams.SHARD))),
          Long.parseLong(text(body.get(DispatchStreams.SEQUENCE))),
          text(body.get(DispatchStreams.PAYLOAD))));
    }
    return entries;
  }

  private static List<Published> read(String key) {
    return read(sync(), key);
  }

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}

/*
 * Decoding cost: Shardwire's generated decoders against the peers, on the same payload bytes.
 *
 * Build and run (mvn verify builds the jar but never runs it):
 *   mvn -B -q -pl samples/benchmarks -am package -DskipTests
 *   java -jar samples/benchmarks/target/benchmarks.jar DecodeBenchmark -prof gc
 * Short run:
 *   java -jar samples/benchmarks/target/benchmarks.jar DecodeBenchmark -f 1 -wi 3 -i 5 -prof gc
 *
 * Payloads (@Param event): GUILD_MEMBERS_CHUNK (1,000 members and presences), GUILD_CREATE (a large
 * guild: 50 roles, 100 channels, 500 members and presences, voice states, emojis) and MESSAGE_CREATE
 * (a typical guild message), the last two decoded by the runtime's catalogue events. Only the chunk
 * has Jackson 2 and DSL-JSON records; for the other two those rows return at once (the set-up
 * says so) and their times mean nothing. One payload:
 *   java -jar samples/benchmarks/target/benchmarks.jar DecodeBenchmark -p event=GUILD_CREATE
 *
 * Every row decodes the whole payload from a byte[] (as the gateway hands it over) into values:
 *   shardwire     the runtime's generated decoder, found in its event table by gateway name
 *                 (the ShardwireEventTable of its package, decoderFor), run by GatewayJson.decode;
 *   jackson3      Jackson 3 databind (ObjectMapper.readValue) into records;
 *   jackson2      Jackson 2 databind into the same records;
 *   dslJson       DSL-JSON, with the converters its annotation processor generated at compile time
 *                 (no run-time reflection: the set-up fails if a compiled converter is missing);
 *   skipFloor     Jackson 3's tokenizer alone: one skipChildren() over the whole payload, with a
 *                 stock Jackson factory under the limits Shardwire reads with (GatewayJson's
 *                 constraints), not Shardwire's own byte parser: the floor stays Jackson's.
 * The peers' records hold the fields Shardwire's events and models read, no more, with ids kept as
 * the strings they are in the payload and timestamps as text. Shardwire does more with the same
 * fields: Snowflake values, Instants, open enums with their raw text, an activity's party, assets,
 * secrets and buttons kept as raw JSON (which the records skip), members and presences keyed by
 * user id. What no model reads (avatar_decoration_data, broadcast …) is skipped by all.
 *
 * The set-up decodes the payload with every decoder and compares a normalised projection of the
 * results (ids, names, nick, roles, joined_at, flags, statuses, in payload order); it fails the
 * run if any differ, so a row can never be fast by decoding less.
 *
 * Read the results as ratios within one run: shardwire / skipFloor (target at most 1.3),
 * jackson3 / shardwire (at least 2.5), jackson2 / shardwire (at least 1.5), dslJson / shardwire
 * (at least 0.8), and gc.alloc.rate.norm (bytes per payload) against the decoded objects.
 */
package dev.shardwire.benchmarks.decode;

import com.dslplatform.json.DslJson;
import dev.shardwire.GatewayBot;
import dev.shardwire.spi.DecodeContext;
import dev.shardwire.spi.EventDecoder;
import dev.shardwire.spi.GatewayJson;
import dev.shardwire.testing.DetachedShard;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/** Time to decode one whole payload, per decoder. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
@State(Scope.Thread)
public class DecodeBenchmark {

  /** The gateway dispatch whose payload is decoded; each names a {@link DecodeCase}. */
  @Param({"GUILD_MEMBERS_CHUNK", "GUILD_CREATE", "MESSAGE_CREATE"})
  public String event;

  /** What a peer's row returns for a case without that peer's records: its time is no measurement. */
  static final String NO_PEER = "no peer records for this payload";

  /** Jackson's own factory with Shardwire's limits: the floor is Jackson's tokenizer. */
  private static final JsonFactory JACKSON_FLOOR =
      JsonFactory.builder().streamReadConstraints(GatewayJson.CONSTRAINTS).build();

  private byte[] payload;
  private Class<?> peerType;
  private EventDecoder<?> shardwire;
  private DecodeContext context;
  private JsonMapper jackson3;
  private com.fasterxml.jackson.databind.ObjectMapper jackson2;
  private DslJson<Object> dslJson;
  private Set<DecodeCase.Peer> peers;

  @Setup(Level.Trial)
  public void setUp() {
    DecodeCase decodeCase = DecodeCase.named(event);
    payload = decodeCase.payload();
    peerType = decodeCase.peerType();
    peers = decodeCase.peers();
    for (DecodeCase.Peer peer : DecodeCase.Peer.values()) {
      if (!peers.contains(peer)) {
        System.out.println(event + ": no " + peer + " records; that row returns at once and measures nothing");
      }
    }
    shardwire = decodeCase.eventTable().decoderFor(decodeCase.gatewayName())
        .orElseThrow(() -> new IllegalStateException("the runtime's table has no decoder of " + event));
    context = new DecodeContext(GatewayBot.builder().build(), DetachedShard.of(0, 1));
    jackson3 = JsonMapper.builder().build();
    jackson2 = new com.fasterxml.jackson.databind.ObjectMapper();
    // Compiled converters only: without withRuntime() DSL-JSON cannot fall back on reflection.
    dslJson = new DslJson<>(new DslJson.Settings<Object>().includeServiceLoader());
    if (peers.contains(DecodeCase.Peer.DSL_JSON) && dslJson.tryFindReader(peerType) == null) {
      throw new IllegalStateException("DSL-JSON has no compiled converter for " + peerType.getName());
    }
    checkSameValues(decodeCase);
  }

  /** Fails unless every decoder produced the same projection as Shardwire's. */
  private void checkSameValues(DecodeCase decodeCase) {
    List<String> expected = decodeCase.projectShardwire(shardwire());
    if (expected.size() < 2) {
      throw new IllegalStateException(event + ": Shardwire decoded almost nothing: " + expected);
    }
    Map<String, List<String>> decoded = new LinkedHashMap<>();
    if (peers.contains(DecodeCase.Peer.JACKSON3)) {
      decoded.put("jackson3", decodeCase.projectPeer(jackson3()));
    }
    if (peers.contains(DecodeCase.Peer.JACKSON2)) {
      decoded.put("jackson2", decodeCase.projectPeer(jackson2()));
    }
    if (peers.contains(DecodeCase.Peer.DSL_JSON)) {
      decoded.put("dslJson", decodeCase.projectPeer(dslJson()));
    }
    decoded.forEach((name, actual) -> {
      if (!actual.equals(expected)) {
        int i = 0;
        while (i < Math.min(actual.size(), expected.size()) && actual.get(i).equals(expected.get(i))) {
          i++;
        }
        throw new IllegalStateException(event + ": " + name + " decoded other values than Shardwire; first difference at line "
            + i + ": " + (i < actual.size() ? actual.get(i) : "(none)") + " vs " + (i < expected.size() ? expected.get(i) : "(none)"));
      }
    });
  }

  @Benchmark
  public Object shardwire() {
    return GatewayJson.decode(payload, shardwire, context);
  }

  /**
   * The same generated decoder over Jackson's own parser (a plain {@code JsonFactory}), as a bot
   * author who opens the parser themselves gets it: what the gateway's parser saves.
   */
  @Benchmark
  public Object shardwireOnJacksonParser() {
    try (JsonParser parser = JACKSON_FLOOR.createParser(ObjectReadContext.empty(), payload)) {
      parser.nextToken();
      return shardwire.decode(parser, context);
    }
  }

  @Benchmark
  public Object jackson3() {
    if (!peers.contains(DecodeCase.Peer.JACKSON3)) {
      return NO_PEER;
    }
    return jackson3.readValue(payload, peerType);
  }

  @Benchmark
  public Object jackson2() {
    if (!peers.contains(DecodeCase.Peer.JACKSON2)) {
      return NO_PEER;
    }
    try {
      return jackson2.readValue(payload, peerType);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Benchmark
  public Object dslJson() {
    if (!peers.contains(DecodeCase.Peer.DSL_JSON)) {
      return NO_PEER;
    }
    try {
      return dslJson.deserialize(peerType, payload, payload.length);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Benchmark
  public JsonToken skipFloor() {
    try (JsonParser parser = JACKSON_FLOOR.createParser(ObjectReadContext.empty(), payload)) {
      parser.nextToken();
      parser.skipChildren();
      return parser.currentToken();
    }
  }
}

/*
 * Decoding cost: Shardwire's generated decoders against the peers, on the same payload bytes.
 *
 * Build and run (mvn verify builds the jar but never runs it):
 *   mvn -B -q -pl samples/benchmarks -am package -DskipTests
 *   java -jar samples/benchmarks/target/benchmarks.jar DecodeBenchmark -prof gc
 * Short run:
 *   java -jar samples/benchmarks/target/benchmarks.jar DecodeBenchmark -f 1 -wi 3 -i 5 -prof gc
 *
 * Every row decodes the whole payload from a byte[] (as the gateway hands it over) into values:
 *   shardwire     the runtime's generated decoder, found in its event table by gateway name
 *                 (ShardwireEventTable.decoderFor), run by GatewayJson.decode;
 *   jackson3      Jackson 3 databind (ObjectMapper.readValue) into records;
 *   jackson2      Jackson 2 databind into the same records;
 *   dslJson       DSL-JSON, with the converters its annotation processor generated at compile time
 *                 (no run-time reflection: the set-up fails if a compiled converter is missing);
 *   skipFloor     Jackson 3's tokenizer alone: one skipChildren() over the whole payload, with the
 *                 factory Shardwire reads with. No decoder that reads every token can be faster.
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
import dev.shardwire.events.ShardwireEventTable;
import dev.shardwire.testing.DetachedShard;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
  @Param({"GUILD_MEMBERS_CHUNK"})
  public String event;

  private byte[] payload;
  private Class<?> peerType;
  private EventDecoder<?> shardwire;
  private DecodeContext context;
  private JsonMapper jackson3;
  private com.fasterxml.jackson.databind.ObjectMapper jackson2;
  private DslJson<Object> dslJson;

  @Setup(Level.Trial)
  public void setUp() {
    DecodeCase decodeCase = DecodeCase.named(event);
    payload = decodeCase.payload();
    peerType = decodeCase.peerType();
    shardwire = ShardwireEventTable.INSTANCE.decoderFor(decodeCase.gatewayName())
        .orElseThrow(() -> new IllegalStateException("the runtime's table has no decoder of " + event));
    context = new DecodeContext(GatewayBot.builder().build(), DetachedShard.of(0, 1));
    jackson3 = JsonMapper.builder().build();
    jackson2 = new com.fasterxml.jackson.databind.ObjectMapper();
    // Compiled converters only: without withRuntime() DSL-JSON cannot fall back on reflection.
    dslJson = new DslJson<>(new DslJson.Settings<Object>().includeServiceLoader());
    if (dslJson.tryFindReader(peerType) == null) {
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
    Map<String, List<String>> peers = new LinkedHashMap<>();
    peers.put("jackson3", decodeCase.projectPeer(jackson3()));
    peers.put("jackson2", decodeCase.projectPeer(jackson2()));
    peers.put("dslJson", decodeCase.projectPeer(dslJson()));
    peers.forEach((name, actual) -> {
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

  @Benchmark
  public Object jackson3() {
    return jackson3.readValue(payload, peerType);
  }

  @Benchmark
  public Object jackson2() {
    try {
      return jackson2.readValue(payload, peerType);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Benchmark
  public Object dslJson() {
    try {
      return dslJson.deserialize(peerType, payload, payload.length);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Benchmark
  public JsonToken skipFloor() {
    try (JsonParser parser = GatewayJson.FACTORY.createParser(ObjectReadContext.empty(), payload)) {
      parser.nextToken();
      parser.skipChildren();
      return parser.currentToken();
    }
  }
}

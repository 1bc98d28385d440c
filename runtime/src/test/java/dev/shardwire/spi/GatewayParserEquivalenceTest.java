package dev.shardwire.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Every generated decoder of the runtime gives the same answer over the gateway's parser ({@link
 * GatewayJson#decode(byte[], EventDecoder, DecodeContext)}) as over Jackson's own ({@link
 * JacksonReference}): equal values for the valid payloads and for every mutation of them that
 * decodes, and a {@link DecodeException} from both for every mutation that does not. The mutations
 * are {@link DecoderFuzzTest}'s, under a seed of their own ({@code -Dshardwire.equivalence.seed=N}
 * explores others).
 */
class GatewayParserEquivalenceTest {

  private static final long SEED = Long.getLong("shardwire.equivalence.seed", 0x0e9_1a1e7L);
  private static final int RUNS = Integer.getInteger("shardwire.equivalence.runs", 12_000);

  @Test
  void validPayloadsDecodeToEqualValues() {
    for (DecoderFuzzTest.Target target : DecoderFuzzTest.targets()) {
      byte[] json = target.payload().getBytes(StandardCharsets.UTF_8);
      Object expected = JacksonReference.decode(json, target.decoder(), TestContexts.CONTEXT);
      Object actual = GatewayJson.decode(json, target.decoder(), TestContexts.CONTEXT);
      assertEquals(expected, actual, target.name());
      assertEquals(expected.toString(), actual.toString(), target.name());
    }
  }

  @Test
  void mutatedPayloadsHaveTheSameOutcome() {
    List<DecoderFuzzTest.Target> targets = DecoderFuzzTest.targets();
    Random random = new Random(SEED);
    int rejected = 0;
    for (int run = 0; run < RUNS; run++) {
      DecoderFuzzTest.Target target = targets.get(run % targets.size());
      byte[] mutated = DecoderFuzzTest.mutate(target.payload(), random);
      Object expected = outcome(() -> JacksonReference.decode(mutated, target.decoder(), TestContexts.CONTEXT));
      Object actual = outcome(() -> GatewayJson.decode(mutated, target.decoder(), TestContexts.CONTEXT));
      if (!expected.equals(actual)) {
        fail("run " + run + " (seed " + SEED + ") on " + target.name() + ": Jackson gave " + expected
            + " but the gateway's parser gave " + actual + " for input: " + new String(mutated, StandardCharsets.UTF_8));
      }
      if (expected == Rejected.INSTANCE) {
        rejected++;
      }
    }
    assertTrue(rejected > RUNS / 2, "most mutations should be rejected: " + rejected);
  }

  /** The decoded value, or {@link Rejected#INSTANCE} for a {@link DecodeException}; anything else thrown fails the test. */
  private static Object outcome(java.util.function.Supplier<Object> decode) {
    try {
      return decode.get();
    } catch (DecodeException rejected) {
      return Rejected.INSTANCE;
    }
  }

  private enum Rejected {
    INSTANCE
  }
}

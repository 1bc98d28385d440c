package dev.shardwire.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.shardwire.events.MemberChunkEventDecoder;
import dev.shardwire.events.ShardReadyEventDecoder;
import dev.shardwire.events.ShardResumedEventDecoder;
import dev.shardwire.models.MemberDecoder;
import dev.shardwire.models.MemberPresenceDecoder;
import dev.shardwire.models.OwnUserDecoder;
import dev.shardwire.models.UserDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A seeded mutation fuzz test over every generated decoder of the runtime: valid payloads are
 * truncated, have tokens deleted, duplicated or swapped for values of other JSON types, and get
 * garbage bytes. Whatever comes out, a decoder either returns a value or throws a {@link
 * DecodeException}: never another exception, and never a hang (the whole run is bounded in time).
 *
 * <p>The seed is fixed so a failure reproduces; set {@code -Dshardwire.fuzz.seed=N} to explore
 * other inputs and {@code -Dshardwire.fuzz.runs=N} for more of them.
 */
class DecoderFuzzTest {

  private static final long SEED = Long.getLong("shardwire.fuzz.seed", 0x5eed_d15c0L);
  private static final int RUNS = Integer.getInteger("shardwire.fuzz.runs", 12_000);

  private static final String[] REPLACEMENTS = {
    "{}", "[]", "null", "true", "false", "\"\"", "\"x\"", "0", "-1", "1.5", "1e400", "-0",
    "18446744073709551616", "\"18446744073709551616\"", "99999999999999999999999999", "\"-5\"",
    "{\"id\":\"1\"}", "[{}]", "[null]", "\"\\u0000\"", "\"\\ud800\"", "\"online\"", "\"dnd\""
  };

  record Target(String name, EventDecoder<?> decoder, String payload) {}

  static List<Target> targets() {
    return List.of(
        new Target("READY", ShardReadyEventDecoder.INSTANCE, Payloads.READY),
        new Target("RESUMED", ShardResumedEventDecoder.INSTANCE, Payloads.RESUMED),
        new Target("GUILD_MEMBERS_CHUNK", MemberChunkEventDecoder.INSTANCE, Payloads.CHUNK_FULL),
        new Target("GUILD_MEMBERS_CHUNK minimal", MemberChunkEventDecoder.INSTANCE, Payloads.CHUNK_MINIMAL),
        new Target("OwnUser", OwnUserDecoder.INSTANCE, Payloads.OWN_USER),
        new Target("User", UserDecoder.INSTANCE, Payloads.OWN_USER),
        new Target("Member", MemberDecoder.INSTANCE, Payloads.MEMBER_NELLY),
        new Target("MemberPresence", MemberPresenceDecoder.INSTANCE, Payloads.PRESENCE_MASON));
  }

  @Test
  void everyDecoderAcceptsItsOwnPayload() {
    for (Target target : targets()) {
      GatewayJson.decode(target.payload(), target.decoder(), TestContexts.CONTEXT);
    }
  }

  @Test
  void mutatedPayloadsFailOnlyWithDecodeException() {
    List<Target> targets = targets();
    int[] outcomes = new int[2];
    assertTimeoutPreemptively(
        Duration.ofSeconds(120),
        () -> {
          Random random = new Random(SEED);
          for (int run = 0; run < RUNS; run++) {
            Target target = targets.get(run % targets.size());
            byte[] mutated = mutate(target.payload(), random);
            try {
              GatewayJson.decode(mutated, target.decoder(), TestContexts.CONTEXT);
              outcomes[0]++;
            } catch (DecodeException expected) {
              assertTrue(expected.getMessage().startsWith("cannot decode "), expected.getMessage());
              outcomes[1]++;
            } catch (Throwable other) {
              fail(
                  "run "
                      + run
                      + " (seed "
                      + SEED
                      + ") on "
                      + target.name()
                      + " threw "
                      + other
                      + " for input: "
                      + new String(mutated, StandardCharsets.UTF_8),
                  other);
            }
          }
        });
    assertEquals(RUNS, outcomes[0] + outcomes[1]);
    assertTrue(outcomes[1] > RUNS / 2, "most mutations should be rejected: " + outcomes[1]);
  }

  /** One to three mutations of {@code payload}. */
  static byte[] mutate(String payload, Random random) {
    List<String> tokens = tokenize(payload);
    int mutations = 1 + random.nextInt(3);
    boolean garbage = false;
    boolean truncate = false;
    for (int i = 0; i < mutations; i++) {
      int index = random.nextInt(tokens.size());
      switch (random.nextInt(6)) {
        case 0 -> tokens.remove(index);
        case 1 -> tokens.add(index, tokens.get(index));
        case 2 -> {
          if (isValue(tokens.get(index))) {
            tokens.set(index, REPLACEMENTS[random.nextInt(REPLACEMENTS.length)]);
          } else {
            tokens.set(index, String.valueOf("{}[]:,\"".charAt(random.nextInt(7))));
          }
        }
        case 3 -> {
          int other = random.nextInt(tokens.size());
          String swap = tokens.get(index);
          tokens.set(index, tokens.get(other));
          tokens.set(other, swap);
        }
        case 4 -> garbage = true;
        default -> truncate = true;
      }
      if (tokens.isEmpty()) {
        tokens.add("");
      }
    }
    byte[] bytes = String.join("", tokens).getBytes(StandardCharsets.UTF_8);
    if (garbage && bytes.length > 0) {
      int count = 1 + random.nextInt(4);
      for (int i = 0; i < count; i++) {
        bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
      }
    }
    if (truncate) {
      bytes = java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
    }
    return bytes;
  }

  private static boolean isValue(String token) {
    char c = token.isEmpty() ? ' ' : token.charAt(0);
    return c == '"' || c == '-' || Character.isLetterOrDigit(c);
  }

  /** Splits JSON text into strings, numbers, words and single punctuation characters; drops white space. */
  static List<String> tokenize(String json) {
    List<String> tokens = new ArrayList<>();
    int i = 0;
    while (i < json.length()) {
      char c = json.charAt(i);
      int start = i;
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      if (c == '"') {
        i++;
        while (i < json.length() && json.charAt(i) != '"') {
          i += json.charAt(i) == '\\' ? 2 : 1;
        }
        i = Math.min(i + 1, json.length());
      } else if (c == '-' || Character.isLetterOrDigit(c)) {
        while (i < json.length() && (Character.isLetterOrDigit(json.charAt(i)) || "-+.".indexOf(json.charAt(i)) >= 0)) {
          i++;
        }
      } else {
        i++;
      }
      tokens.add(json.substring(start, i));
    }
    return tokens;
  }
}

package dev.shardwire.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shardwire.events.MemberChunkEvent;
import dev.shardwire.events.MemberChunkEventDecoder;
import dev.shardwire.models.Status;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each unknown (enum, value) pair is logged once at WARN, and what is remembered is bounded. */
class UnknownEnumValuesTest {

  private final PrintStream original = System.err;
  private final ByteArrayOutputStream log = new ByteArrayOutputStream();

  @BeforeEach
  void capture() {
    UnknownEnumValues.forget();
    System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restore() {
    System.setErr(original);
    UnknownEnumValues.forget();
  }

  private int count(String text) {
    Matcher matcher = Pattern.compile(Pattern.quote(text)).matcher(log.toString(StandardCharsets.UTF_8));
    int count = 0;
    while (matcher.find()) {
      count++;
    }
    return count;
  }

  @Test
  void logsEachPairOnceAtWarn() {
    String json = Payloads.CHUNK_FULL.replace("\"status\":\"dnd\"", "\"status\":\"brand_new_status\"");
    for (int i = 0; i < 3; i++) {
      MemberChunkEvent chunk = GatewayJson.decode(json, MemberChunkEventDecoder.INSTANCE, TestContexts.CONTEXT);
      assertTrue(chunk.presences().values().stream().anyMatch(p -> p.status() == Status.UNKNOWN));
    }
    assertEquals(1, count("dev.shardwire.models.Status has no constant for the value 'brand_new_status'"), log::toString);
    assertTrue(log.toString(StandardCharsets.UTF_8).contains("WARN"), log::toString);
    assertSame(Status.UNKNOWN, JsonReads.unknownEnumValue("dev.shardwire.models.Status", "other_status", Status.UNKNOWN));
    assertEquals(1, count("'other_status'"));
  }

  @Test
  void remembersABoundedNumberOfPairs() {
    for (int i = 0; i < UnknownEnumValues.MAX_REMEMBERED + 50; i++) {
      JsonReads.unknownEnumValue("Hostile", "value-" + i, Status.UNKNOWN);
    }
    assertEquals(UnknownEnumValues.MAX_REMEMBERED, count("Hostile has no constant"));
    assertEquals(1, count("further ones are logged at DEBUG only"));
    // A value logged before the set filled up is still not logged again.
    JsonReads.unknownEnumValue("Hostile", "value-0", Status.UNKNOWN);
    assertEquals(UnknownEnumValues.MAX_REMEMBERED, count("Hostile has no constant"));
    String longValue = "x".repeat(10_000);
    UnknownEnumValues.forget();
    JsonReads.unknownEnumValue("Long", longValue, Status.UNKNOWN);
    assertFalse(log.toString(StandardCharsets.UTF_8).contains(longValue));
  }
}

package dev.shardwire.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Text frames taken as bytes: the UTF-8 check, the draft's copies, and non-ASCII text end to end. */
class ShardDraftTest extends GatewayHarness {

  @Test
  void acceptsAsciiAndValidUtf8AndRefusesInvalidUtf8() {
    assertTrue(ShardDraft.isUtf8(ByteBuffer.wrap("{\"op\":11}".getBytes(StandardCharsets.US_ASCII))));
    assertTrue(ShardDraft.isUtf8(ByteBuffer.wrap("{\"name\":\"nélly 🐈 名前\"}".getBytes(StandardCharsets.UTF_8))));
    assertTrue(ShardDraft.isUtf8(ByteBuffer.allocate(0)));
    assertFalse(ShardDraft.isUtf8(ByteBuffer.wrap(new byte[] {'"', (byte) 0xC3, '"'})), "truncated sequence");
    assertFalse(ShardDraft.isUtf8(ByteBuffer.wrap(new byte[] {(byte) 0xC0, (byte) 0xAF})), "overlong encoding");
    assertFalse(ShardDraft.isUtf8(ByteBuffer.wrap(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80})), "surrogate");
    assertFalse(ShardDraft.isUtf8(ByteBuffer.wrap(new byte[] {(byte) 0xFF})));
  }

  @Test
  void checksOnlyTheRemainingBytesAndLeavesThePositionAlone() {
    ByteBuffer buffer = ByteBuffer.wrap(new byte[] {(byte) 0xFF, 'o', 'k'});
    buffer.position(1);
    assertTrue(ShardDraft.isUtf8(buffer));
    assertEquals(1, buffer.position());
    ByteBuffer slice = ByteBuffer.wrap(new byte[] {'x', (byte) 0xC3, (byte) 0xA9, (byte) 0xFF}, 1, 2).slice();
    assertTrue(ShardDraft.isUtf8(slice));
  }

  @Test
  void copiesStayShardDrafts() {
    assertInstanceOf(ShardDraft.class, new ShardDraft().copyInstance());
  }

  @Test
  void nonAsciiTextArrivesIntact() throws Exception {
    gateway(Duration.ofSeconds(30));
    started(shardBuilder());
    String text = "nélly 🐈 名前 — \\\"quoted\\\"";
    gateway.dispatch("MESSAGE_CREATE", "{\"content\":\"" + text + "\"}");
    assertEverySequenceOnceInOrder();
    assertEquals("nélly 🐈 名前 — \"quoted\"",
        sink.named("MESSAGE_CREATE").get(0).data().get("content").asString());
  }
}

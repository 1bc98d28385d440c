package dev.shardwire.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.java_websocket.exceptions.InvalidDataException;
import org.java_websocket.framing.CloseFrame;
import org.java_websocket.framing.TextFrame;
import org.junit.jupiter.api.Test;

/** Text frames taken as bytes: the UTF-8 check relied on, the draft's copies, non-ASCII text end to end. */
class ShardDraftTest extends GatewayHarness {

  @Test
  void theLibraryRefusesATextFrameThatIsNotUtf8BeforeTheDraftSeesIt() {
    // ShardDraft hands text frames over as bytes without checking them again: this is the check
    // it relies on (it runs as the library reads each frame, and fails the connection with 1007).
    TextFrame invalid = new TextFrame();
    invalid.setPayload(ByteBuffer.wrap(new byte[] {'"', (byte) 0xC3, '"'}));
    InvalidDataException refused = assertThrows(InvalidDataException.class, invalid::isValid);
    assertEquals(CloseFrame.NO_UTF8, refused.getCloseCode());
    TextFrame valid = new TextFrame();
    valid.setPayload(ByteBuffer.wrap("{\"name\":\"nélly 🐈\"}".getBytes(StandardCharsets.UTF_8)));
    assertDoesNotThrow(valid::isValid);
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

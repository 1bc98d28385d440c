package dev.shardwire.gateway.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** What a server sent, made safe for one log line. */
class PrintableTest {

  @Test
  void textWithNothingUnsafeIsKeptAsItIs() {
    String text = "GUILD_CREATE é 名前 \uD83D\uDE00";
    assertSame(text, Printable.of(text));
    assertEquals("null", Printable.of(null));
  }

  @Test
  void lineBreaksEscapesAndInvisibleFormattingBecomeQuestionMarks() {
    assertEquals("a??b", Printable.of("a\r\nb"));
    assertEquals("?[31mred", Printable.of("\u001B[31mred"));
    assertEquals("a?b?c", Printable.of("a\u2028b\u2029c"));
    // A right-to-left override would show the rest of the line reversed; a zero-width space hides.
    assertEquals("user ?gnp.exe", Printable.of("user \u202Egnp.exe"));
    assertEquals("a?b", Printable.of("a\u200Bb"));
  }
}

package dev.shardwire.gateway.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The strict UTF-8 check: hand-picked sequences, every position around a word, and the JDK's decoder. */
class Utf8Test {

  private static final HexFormat HEX = HexFormat.ofDelimiter(" ");

  private static boolean valid(byte[] bytes) {
    return Utf8.isValid(bytes, 0, bytes.length);
  }

  private static byte[] hex(String hex) {
    return hex.isEmpty() ? new byte[0] : HEX.parseHex(hex);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "",
      "41", // A
      "7f", // U+007F, the last ASCII character
      "c2 80", // U+0080, the first two-byte character
      "c3 a9", // é
      "df bf", // U+07FF, the last two-byte character
      "e0 a0 80", // U+0800, the first three-byte character
      "e2 82 ac", // €
      "ed 9f bf", // U+D7FF, just below the surrogates
      "ee 80 80", // U+E000, just above them
      "ef bf bf", // U+FFFF
      "f0 90 80 80", // U+10000, the first four-byte character
      "f0 9f 90 88", // 🐈
      "f4 8f bf bf", // U+10FFFF, the last code point
      "41 c3 a9 e2 82 ac f0 9f 90 88 41",
  })
  void acceptsWellFormedSequences(String hex) {
    assertTrue(valid(hex(hex)), hex);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "80", // a continuation byte with no lead
      "bf",
      "41 80 41",
      "c3 a9 a9", // one continuation byte too many
      "c0 80", // overlong U+0000
      "c1 bf", // overlong U+007F
      "e0 80 80", // overlong U+0000 in three bytes
      "e0 9f bf", // overlong U+07FF
      "f0 80 80 80", // overlong U+0000 in four bytes
      "f0 8f bf bf", // overlong U+FFFF
      "ed a0 80", // U+D800, the first surrogate
      "ed bf bf", // U+DFFF, the last one
      "ed a0 bd ed b0 88", // a surrogate pair encoded as two characters (CESU-8)
      "f4 90 80 80", // U+110000
      "f5 80 80 80", // above U+10FFFF whatever follows
      "f8 88 80 80 80", // a five-byte form
      "fe",
      "ff",
      "c3", // truncated at the very end
      "e2 82",
      "e2",
      "f0 9f 90",
      "f0 9f",
      "f0",
      "c3 41", // truncated before ASCII
      "e2 41 ac",
      "e2 82 41",
      "f0 9f 41 88",
      "f0 9f 90 41",
      "c3 c3 a9", // a lead byte where a continuation byte should be
  })
  void refusesMalformedSequences(String hex) {
    assertFalse(valid(hex(hex)), hex);
  }

  @Test
  void checksOnlyTheGivenRange() {
    byte[] bytes = hex("ff 41 42 c3 a9 43 ff");
    assertTrue(Utf8.isValid(bytes, 1, 5));
    assertFalse(Utf8.isValid(bytes, 0, 5));
    assertFalse(Utf8.isValid(bytes, 1, 6));
    // A sequence cut by the end of the range is truncated, whatever follows it in the array.
    assertFalse(Utf8.isValid(bytes, 1, 3));
    assertTrue(Utf8.isValid(bytes, 3, 0));
    assertThrows(IndexOutOfBoundsException.class, () -> Utf8.isValid(bytes, 4, 4));
    assertThrows(IndexOutOfBoundsException.class, () -> Utf8.isValid(bytes, -1, 2));
  }

  @Test
  void findsAnInvalidByteAtEveryPositionAroundWords() {
    for (int offset = 0; offset < 3; offset++) {
      for (int length = 1; length <= 27; length++) {
        for (int at = 0; at < length; at++) {
          for (byte bad : new byte[] {(byte) 0x80, (byte) 0xbf, (byte) 0xc0, (byte) 0xf5, (byte) 0xff}) {
            int from = offset;
            byte[] bytes = ascii(from + length);
            bytes[from + at] = bad;
            assertFalse(Utf8.isValid(bytes, from, length), () -> "from " + from + ": " + HEX.formatHex(bytes));
          }
        }
      }
    }
  }

  @Test
  void acceptsEachCharacterLengthAtEveryPositionAroundWords() {
    for (String character : new String[] {"é", "€", "🐈"}) {
      byte[] encoded = character.getBytes(StandardCharsets.UTF_8);
      for (int length = encoded.length; length <= 27; length++) {
        for (int at = 0; at + encoded.length <= length; at++) {
          byte[] bytes = ascii(length);
          System.arraycopy(encoded, 0, bytes, at, encoded.length);
          assertTrue(valid(bytes), () -> HEX.formatHex(bytes));
          // Cut anywhere inside, it is truncated: at the end of the input or before ASCII.
          for (int cut = 1; cut < encoded.length; cut++) {
            byte[] truncated = Arrays.copyOf(bytes, at + cut);
            assertFalse(valid(truncated), () -> HEX.formatHex(truncated));
            byte[] interrupted = bytes.clone();
            interrupted[at + cut] = 'x';
            assertFalse(valid(interrupted), () -> HEX.formatHex(interrupted));
          }
        }
      }
    }
  }

  @Test
  void agreesWithTheJdkDecoderOnRandomNearlyValidInput() {
    CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    Random random = new Random(20_240_611L);
    int invalid = 0;
    for (int n = 0; n < 200_000; n++) {
      byte[] bytes = nearlyValid(random);
      int offset = random.nextInt(3);
      byte[] padded = new byte[offset + bytes.length + random.nextInt(3)];
      Arrays.fill(padded, (byte) 0xff); // outside the range: must not be read
      System.arraycopy(bytes, 0, padded, offset, bytes.length);
      boolean expected = decodes(strict, bytes);
      if (!expected) {
        invalid++;
      }
      assertEquals(expected, Utf8.isValid(padded, offset, bytes.length), () -> HEX.formatHex(bytes));
    }
    // Both kinds of input were tried in numbers.
    assertTrue(invalid > 20_000 && invalid < 180_000, "invalid inputs: " + invalid);
  }

  private static boolean decodes(CharsetDecoder decoder, byte[] bytes) {
    try {
      decoder.reset().decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /** Mostly ASCII with characters of every length mixed in, then perhaps a byte or two damaged. */
  private static byte[] nearlyValid(Random random) {
    StringBuilder text = new StringBuilder();
    int length = random.nextInt(10) == 0 ? random.nextInt(300) : random.nextInt(40);
    while (text.length() < length) {
      int kind = random.nextInt(10);
      if (kind < 6) {
        text.append((char) (0x20 + random.nextInt(0x5f)));
      } else if (kind == 6) {
        text.appendCodePoint(0x80 + random.nextInt(0x800 - 0x80));
      } else if (kind == 7) {
        int c = 0x800 + random.nextInt(0x10000 - 0x800);
        text.appendCodePoint(Character.isSurrogate((char) c) ? 0xfffd : c);
      } else if (kind == 8) {
        text.appendCodePoint(0x10000 + random.nextInt(0x110000 - 0x10000));
      } else {
        text.appendCodePoint(BOUNDARIES[random.nextInt(BOUNDARIES.length)]);
      }
    }
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    int mutations = random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(2);
    for (int m = 0; m < mutations && bytes.length > 0; m++) {
      int at = random.nextInt(bytes.length);
      switch (random.nextInt(4)) {
        case 0 -> bytes[at] = (byte) random.nextInt(256);
        case 1 -> bytes[at] = TRICKY[random.nextInt(TRICKY.length)];
        case 2 -> bytes = Arrays.copyOf(bytes, at); // truncated, perhaps inside a character
        default -> bytes[at] ^= (byte) (1 << random.nextInt(8));
      }
    }
    return bytes;
  }

  private static final int[] BOUNDARIES = {
    0x7f, 0x80, 0x7ff, 0x800, 0xd7ff, 0xe000, 0xfffd, 0xffff, 0x10000, 0x10ffff
  };

  private static final byte[] TRICKY = {
    (byte) 0x80, (byte) 0x8f, (byte) 0x90, (byte) 0x9f, (byte) 0xa0, (byte) 0xbf, (byte) 0xc0,
    (byte) 0xc1, (byte) 0xc2, (byte) 0xdf, (byte) 0xe0, (byte) 0xed, (byte) 0xef, (byte) 0xf0,
    (byte) 0xf4, (byte) 0xf5, (byte) 0xff
  };

  private static byte[] ascii(int length) {
    byte[] bytes = new byte[length];
    for (int i = 0; i < length; i++) {
      bytes[i] = (byte) ('a' + i % 26);
    }
    return bytes;
  }
}

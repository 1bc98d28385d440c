package dev.shardwire.spi;

import java.nio.charset.StandardCharsets;

/**
 * The Strings of property names made from ASCII bytes, remembered across parsers and threads so
 * that asking a parser for a name it has seen before (an unknown field's, in a generated decoder)
 * makes no new String. A small direct-mapped table: a miss or a collision only costs a String.
 * Threads race on the slots without a lock, which is safe: a String is immutable and a slot holds
 * one whole reference or another.
 */
final class NameStrings {

  private static final int SIZE = 1024;
  private static final int MAX_LENGTH = 64;
  private static final String[] TABLE = new String[SIZE];

  private NameStrings() {}

  static String of(byte[] bytes, int start, int end) {
    int length = end - start;
    if (length > MAX_LENGTH) {
      return new String(bytes, start, length, StandardCharsets.ISO_8859_1);
    }
    int hash = length;
    for (int i = start; i < end; i++) {
      hash = hash * 31 + bytes[i];
    }
    int slot = (hash ^ (hash >>> 16)) & (SIZE - 1);
    String cached = TABLE[slot];
    if (cached != null && sameAscii(cached, bytes, start, length)) {
      return cached;
    }
    String made = new String(bytes, start, length, StandardCharsets.ISO_8859_1);
    TABLE[slot] = made;
    return made;
  }

  private static boolean sameAscii(String s, byte[] bytes, int start, int length) {
    if (s.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (s.charAt(i) != bytes[start + i]) {
        return false;
      }
    }
    return true;
  }
}

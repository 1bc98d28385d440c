package dev.shardwire.spi;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The Strings of property names made from ASCII bytes, remembered across parsers and threads so
 * that asking a parser for a name it has seen before (an unknown field's, in a generated decoder)
 * makes no new String. A small direct-mapped table, keyed by the length and three of the bytes (no
 * pass over the name to hash it); a miss or a collision only costs a String. Threads race on the
 * slots without a lock, which is safe: an entry is immutable (final fields) and a slot holds one
 * whole reference or another.
 */
final class NameStrings {

  private static final int SIZE = 1024;
  private static final int MAX_LENGTH = 64;
  private static final Entry[] TABLE = new Entry[SIZE];

  private NameStrings() {}

  private static final class Entry {
    final byte[] bytes;
    final String string;

    Entry(byte[] bytes, String string) {
      this.bytes = bytes;
      this.string = string;
    }
  }

  static String of(byte[] bytes, int start, int end) {
    int length = end - start;
    if (length == 0 || length > MAX_LENGTH) {
      return new String(bytes, start, length, StandardCharsets.ISO_8859_1);
    }
    int hash = length * 0x9E3779B1 + bytes[start] * 31 * 31 + bytes[start + (length >> 1)] * 31 + bytes[end - 1];
    int slot = (hash ^ (hash >>> 15)) & (SIZE - 1);
    Entry cached = TABLE[slot];
    if (cached != null && Arrays.equals(cached.bytes, 0, cached.bytes.length, bytes, start, end)) {
      return cached.string;
    }
    String made = new String(bytes, start, length, StandardCharsets.ISO_8859_1);
    TABLE[slot] = new Entry(Arrays.copyOfRange(bytes, start, end), made);
    return made;
  }
}

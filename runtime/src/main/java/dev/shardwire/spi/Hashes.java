package dev.shardwire.spi;

/**
 * The {@code hashCode} of generated implementations, in one place rather than a loop unrolled in
 * each: {@code h = h * 1000003 ^ hash(value)} over the payload properties, starting from 1. A
 * primitive property comes boxed, whose hash is the primitive's ({@code Integer.hashCode(int)},
 * {@code Double.hashCode(double)}, …), so equal values hash equally whichever way they were held.
 */
public final class Hashes {

  private Hashes() {}

  /** The hash of {@code values} in order; a null value hashes as 0. */
  public static int of(Object... values) {
    int h = 1;
    for (Object value : values) {
      h = h * 1000003 ^ (value == null ? 0 : value.hashCode());
    }
    return h;
  }
}

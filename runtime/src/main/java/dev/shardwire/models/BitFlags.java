package dev.shardwire.models;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * The common shape of Discord's bit-flag values ({@link Intents}, {@link ApplicationFlags}): an
 * immutable {@code long} with named bits. Unknown bits are kept, so a flag Discord adds tomorrow
 * survives a decode and re-encode.
 *
 * @param <F> the concrete flag type
 */
public abstract class BitFlags<F extends BitFlags<F>> {

  private final long value;

  BitFlags(long value) {
    this.value = value;
  }

  /** The raw bits, as Discord sends them. */
  public final long value() {
    return value;
  }

  /** Whether every bit of {@code other} is set here. */
  public final boolean contains(F other) {
    return (value & other.value()) == other.value();
  }

  /** Whether no bit is set. */
  public final boolean isEmpty() {
    return value == 0;
  }

  /** The flags set here or in {@code other}. */
  public final F union(F other) {
    return factory().apply(value | other.value());
  }

  /** The flags set here and not in {@code other}. */
  public final F minus(F other) {
    return factory().apply(value & ~other.value());
  }

  /** The names of the set bits, in bit order; an unknown bit is named by its number ({@code 1<<30}). */
  public final List<String> names() {
    List<String> names = new ArrayList<>();
    long rest = value;
    for (Map.Entry<String, Long> entry : table().entrySet()) {
      if ((value & entry.getValue()) != 0) {
        names.add(entry.getKey());
        rest &= ~entry.getValue();
      }
    }
    while (rest != 0) {
      int bit = Long.numberOfTrailingZeros(rest);
      names.add("1<<" + bit);
      rest &= rest - 1;
    }
    return names;
  }

  abstract LongFunction<F> factory();

  abstract Map<String, Long> table();

  @Override
  public final boolean equals(Object o) {
    return o != null && o.getClass() == getClass() && ((BitFlags<?>) o).value == value;
  }

  @Override
  public final int hashCode() {
    return Long.hashCode(value);
  }

  /** As {@code Intents[GUILDS|GUILD_MEMBERS]}. */
  @Override
  public final String toString() {
    return getClass().getSimpleName() + "[" + String.join("|", names()) + "]";
  }

  /** Builds a name table in bit order; used by the subclasses' static initialisers. */
  static final class Table {
    private final Map<String, Long> bits = new LinkedHashMap<>();

    long bit(String name, int bit) {
      long value = 1L << bit;
      bits.put(name, value);
      return value;
    }

    Map<String, Long> freeze() {
      return java.util.Collections.unmodifiableMap(bits);
    }
  }
}

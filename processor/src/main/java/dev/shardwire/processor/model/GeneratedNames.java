package dev.shardwire.processor.model;

import java.util.Locale;

/**
 * The one place that decides the names of generated types and constants, so that every writer
 * (and every module compiled separately) agrees on them.
 */
public final class GeneratedNames {

  /** The simple name of the dispatch table generated in each package that declares events. */
  public static final String TABLE = "ShardwireEventTable";

  /**
   * The table's own static fields, {@code INSTANCE} (the table) and {@code TYPES} (its list of
   * descriptors): no event's {@link #typeConstant} may take one of them.
   */
  public static final java.util.Set<String> TABLE_FIELDS = java.util.Set.of("INSTANCE", "TYPES");

  private GeneratedNames() {}

  /** {@code p.Outer.Foo} → {@code p.ImmutableOuter_Foo}. */
  public static QualifiedName implementation(QualifiedName type) {
    return QualifiedName.of(type.packageName(), "Immutable" + type.flatName());
  }

  /** {@code p.Outer.Foo} → {@code p.Outer_FooDecoder}. */
  public static QualifiedName decoder(QualifiedName type) {
    return QualifiedName.of(type.packageName(), type.flatName() + "Decoder");
  }

  /** {@code p.Outer.Listener} → {@code p.Outer_Listener_ShardwireBinding}. */
  public static QualifiedName binding(QualifiedName listenerClass) {
    return QualifiedName.of(listenerClass.packageName(), listenerClass.flatName() + "_ShardwireBinding");
  }

  /** The table of the package that declares {@code event}. */
  public static QualifiedName table(QualifiedName event) {
    return QualifiedName.of(event.packageName(), TABLE);
  }

  /**
   * The name of {@code event}'s descriptor constant in its table: {@code ShardReadyEvent} → {@code
   * SHARD_READY_EVENT}, {@code Outer.Foo} → {@code OUTER_FOO}.
   */
  public static String typeConstant(QualifiedName event) {
    return upperSnake(event.flatName());
  }

  /** {@code sessionId} → {@code session_id}; {@code Outer_Foo2Bar} → {@code outer_foo2_bar}. */
  public static String snakeCase(String camel) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < camel.length(); i++) {
      char c = camel.charAt(i);
      if (Character.isUpperCase(c)) {
        boolean afterLower = i > 0 && !Character.isUpperCase(camel.charAt(i - 1)) && camel.charAt(i - 1) != '_';
        boolean acronymEnd =
            i > 0
                && Character.isUpperCase(camel.charAt(i - 1))
                && i + 1 < camel.length()
                && Character.isLowerCase(camel.charAt(i + 1));
        if (afterLower || acronymEnd) {
          out.append('_');
        }
        out.append(Character.toLowerCase(c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static String upperSnake(String camel) {
    return snakeCase(camel).toUpperCase(Locale.ROOT);
  }
}

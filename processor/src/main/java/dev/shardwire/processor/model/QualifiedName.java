package dev.shardwire.processor.model;

import java.util.List;

/**
 * A class name as plain data: a package and the chain of simple names from the top-level class
 * inwards. The model uses it instead of JavaPoet's {@code ClassName} so that the model layer stays
 * independent of the code generator.
 *
 * @param packageName the package, empty for the default package
 * @param simpleNames the top-level class's simple name, then each nested class's
 */
public record QualifiedName(String packageName, List<String> simpleNames)
    implements Comparable<QualifiedName> {

  /** Copies the names. */
  public QualifiedName {
    simpleNames = List.copyOf(simpleNames);
    if (simpleNames.isEmpty()) {
      throw new IllegalArgumentException("a class name needs at least one simple name");
    }
  }

  /** A top-level class. */
  public static QualifiedName of(String packageName, String... simpleNames) {
    return new QualifiedName(packageName, List.of(simpleNames));
  }

  /** The innermost simple name. */
  public String simpleName() {
    return simpleNames.get(simpleNames.size() - 1);
  }

  /** Nested names joined by {@code _}: {@code Outer_Inner}, for names of generated top-level types. */
  public String flatName() {
    return String.join("_", simpleNames);
  }

  /** The canonical name, as {@code dev.shardwire.events.ShardReadyEvent}. */
  public String canonicalName() {
    String nested = String.join(".", simpleNames);
    return packageName.isEmpty() ? nested : packageName + "." + nested;
  }

  @Override
  public int compareTo(QualifiedName other) {
    return canonicalName().compareTo(other.canonicalName());
  }

  @Override
  public String toString() {
    return canonicalName();
  }
}

package dev.shardwire.processor.model;

import java.util.List;

/**
 * A Java type as plain data, enough for writers to spell it in generated code: a primitive, a
 * (possibly parameterised) class, an array, or an unbounded or bounded wildcard.
 */
public sealed interface TypeRef {

  /** A primitive type, by its keyword ({@code int}, {@code boolean}, …). */
  record Primitive(String keyword) implements TypeRef {}

  /** A class or interface, with its type arguments (empty when raw or not generic). */
  record Declared(QualifiedName name, List<TypeRef> arguments) implements TypeRef {
    /** Copies the arguments. */
    public Declared {
      arguments = List.copyOf(arguments);
    }
  }

  /** An array of {@code component}. */
  record Array(TypeRef component) implements TypeRef {}

  /** {@code ?}, {@code ? extends bound} or {@code ? super bound}. */
  record Wildcard(TypeRef bound, boolean isSuper) implements TypeRef {}

  /** A type variable, by name. */
  record Variable(String name) implements TypeRef {}
}

package dev.shardwire.processor.model;

import java.util.List;

/**
 * What a property holds, classified by how it is decoded from JSON and copied into an immutable
 * implementation. Every property of an event or model has exactly one.
 */
public sealed interface ValueType {

  /** A primitive: {@code boolean}, {@code int}, {@code long}, {@code double}, … */
  record Primitive(String keyword) implements ValueType {}

  /** A boxed primitive, as {@code Integer}. */
  record Boxed(String primitiveKeyword) implements ValueType {}

  /** {@code java.lang.String}. */
  record Text() implements ValueType {}

  /** {@code dev.shardwire.models.Snowflake}: a JSON string or number. */
  record SnowflakeId() implements ValueType {}

  /** An enum, each constant with its JSON name. */
  record EnumValue(QualifiedName name, List<EnumConstant> constants) implements ValueType {
    /** Copies the constants. */
    public EnumValue {
      constants = List.copyOf(constants);
    }
  }

  /** A bit-flag type with {@code static of(long)}, such as {@code Intents}: a JSON number. */
  record Flags(QualifiedName name) implements ValueType {}

  /** A {@code @GatewayModel} interface, decoded by its own generated decoder. */
  record Model(QualifiedName name) implements ValueType {}

  /** {@code Optional<element>}: absent or {@code null} in JSON is empty. */
  record OptionalOf(ValueType element) implements ValueType {}

  /** {@code List<element>}, from a JSON array; {@code keyPath} plucks a field of each element. */
  record ListOf(ValueType element, List<String> keyPath) implements ValueType {}

  /** {@code Set<element>}, from a JSON array, kept in array order. */
  record SetOf(ValueType element, List<String> keyPath) implements ValueType {}

  /** {@code Map<key, value>}, from a JSON array keyed by the field at {@code keyPath} of each element. */
  record MapOf(ValueType key, ValueType value, List<String> keyPath) implements ValueType {}

  /** A read-only JSON tree ({@code tools.jackson.databind.JsonNode}). */
  record JsonTree() implements ValueType {}

  /**
   * Any other type. Allowed on events that are never decoded (no gateway name) and on context
   * properties; the decoder cannot read it.
   */
  record Opaque(TypeRef type) implements ValueType {}

  /** One enum constant and the JSON string that stands for it. */
  record EnumConstant(String name, String jsonName) {}
}

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

  /**
   * An enum, each constant with its JSON name. It is open: a value no constant stands for decodes
   * to the one constant marked {@code @UnknownValue}.
   */
  record EnumValue(QualifiedName name, List<EnumConstant> constants) implements ValueType {
    /** Copies the constants. */
    public EnumValue {
      constants = List.copyOf(constants);
    }

    /** The constants marked {@code @UnknownValue}: exactly one in a valid enum. */
    public List<EnumConstant> fallbacks() {
      return constants.stream().filter(EnumConstant::unknownValue).toList();
    }

    /** The constants that a JSON value names: all but a fallback without an explicit JSON name. */
    public List<EnumConstant> named() {
      return constants.stream().filter(c -> c.jsonName() != null).toList();
    }
  }

  /** {@code java.time.Instant} or, with {@code withOffset}, {@code java.time.OffsetDateTime}: an ISO-8601 string. */
  record Timestamp(boolean withOffset) implements ValueType {}

  /** {@code dev.shardwire.models.RawJson}: any JSON value, kept as compact text. */
  record RawJsonValue() implements ValueType {}

  /** {@code OptionalInt}, {@code OptionalLong} or {@code OptionalDouble}, by the primitive's keyword. */
  record OptionalPrimitive(String keyword) implements ValueType {}

  /**
   * {@code OptionalNullable<element>}: an absent field, a {@code null} and a value are three
   * different states.
   */
  record OptionalNullableOf(ValueType element) implements ValueType {}

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

  /**
   * {@code Map<key, value>}: from a JSON object (its names are the keys) when {@code keyPath} is
   * empty, else from a JSON array keyed by the field at {@code keyPath} of each element.
   */
  record MapOf(ValueType key, ValueType value, List<String> keyPath) implements ValueType {}

  /** A read-only JSON tree ({@code tools.jackson.databind.JsonNode}). */
  record JsonTree() implements ValueType {}

  /**
   * Any other type. Allowed on events that are never decoded (no gateway name) and on context
   * properties; the decoder cannot read it.
   */
  record Opaque(TypeRef type) implements ValueType {}

  /**
   * One enum constant and the JSON text that stands for it (a string, or an integer's digits).
   *
   * @param jsonName null for the {@code @UnknownValue} constant without an explicit {@code
   *     @JsonName}: no JSON value names it, it is what the unknown ones decode to
   * @param unknownValue whether it is marked {@code @UnknownValue}
   */
  record EnumConstant(String name, String jsonName, boolean unknownValue) {}
}

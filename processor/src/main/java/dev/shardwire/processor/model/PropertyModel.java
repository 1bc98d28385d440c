package dev.shardwire.processor.model;

import java.util.List;
import java.util.Optional;

/**
 * One property of an event or model: an abstract accessor of the interface.
 *
 * @param name the accessor's name, as {@code sessionId}
 * @param type the accessor's declared return type
 * @param valueType how the property is decoded and copied
 * @param jsonPath the JSON field name, or the path of names into nested objects ({@code
 *     [application, id]}); empty for context properties
 * @param shownInToString whether {@code toString()} shows it ({@code @Repr})
 * @param fromContext whether it comes from the decode context rather than the payload
 * @param nullable whether {@code null} is allowed ({@code @Nullable}); {@code Optional}
 *     properties are never null
 * @param rawValueOf for a {@code @RawValueOf} accessor, the name of the enum property whose raw
 *     JSON value it holds; such a property has no JSON path of its own
 */
public record PropertyModel(
    String name,
    TypeRef type,
    ValueType valueType,
    List<String> jsonPath,
    boolean shownInToString,
    boolean fromContext,
    boolean nullable,
    Optional<String> rawValueOf) {

  /** Copies the path. */
  public PropertyModel {
    jsonPath = List.copyOf(jsonPath);
  }

  /** A property that is no {@code @RawValueOf} companion. */
  public PropertyModel(
      String name,
      TypeRef type,
      ValueType valueType,
      List<String> jsonPath,
      boolean shownInToString,
      boolean fromContext,
      boolean nullable) {
    this(name, type, valueType, jsonPath, shownInToString, fromContext, nullable, Optional.empty());
  }

  /** Whether the property is read from a JSON field of its own: neither context nor a raw-value companion. */
  public boolean hasJsonField() {
    return !fromContext && rawValueOf.isEmpty();
  }

  /** Whether the property is part of {@code equals} and {@code hashCode}: every payload property is. */
  public boolean isPayload() {
    return !fromContext;
  }

  /** Whether the implementation must reject {@code null} for it. */
  public boolean isRequired() {
    return !nullable && !(type instanceof TypeRef.Primitive);
  }

  /** The dotted JSON path, as written in messages and Javadoc. */
  public String jsonName() {
    return String.join(".", jsonPath);
  }
}

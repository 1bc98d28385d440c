package dev.shardwire.processor.model;

import java.util.List;

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
 */
public record PropertyModel(
    String name,
    TypeRef type,
    ValueType valueType,
    List<String> jsonPath,
    boolean shownInToString,
    boolean fromContext,
    boolean nullable) {

  /** Copies the path. */
  public PropertyModel {
    jsonPath = List.copyOf(jsonPath);
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

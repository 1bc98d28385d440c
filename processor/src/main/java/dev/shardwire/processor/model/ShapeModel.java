package dev.shardwire.processor.model;

import java.util.List;
import java.util.Optional;

/**
 * An interface whose immutable implementation, builder and decoder are generated: a concrete
 * {@code @ShardEvent} or a {@code @GatewayModel}.
 *
 * @param name the interface
 * @param typeParameters always empty today: generic shapes are rejected
 * @param properties its properties, inherited ones first, in declaration order
 * @param listElement when the interface is also a {@code List<E>}, the property whose values, in
 *     payload order, are the list's elements
 * @param isEvent whether it is an event (it then implements {@code eventType()})
 * @param hasBuilder whether its implementation gets a builder: code makes it by hand
 * @param memberTypeNames the simple names of the types nested in the interface and its
 *     superinterfaces, sorted: the implementation inherits them, so inside it they hide any other
 *     type of the same simple name
 */
public record ShapeModel(
    QualifiedName name,
    List<String> typeParameters,
    List<PropertyModel> properties,
    Optional<String> listElement,
    boolean isEvent,
    boolean hasBuilder,
    List<String> memberTypeNames) {

  /** Copies the lists. */
  public ShapeModel {
    typeParameters = List.copyOf(typeParameters);
    properties = List.copyOf(properties);
    memberTypeNames = List.copyOf(memberTypeNames);
  }

  /** A shape whose interfaces declare no nested types. */
  public ShapeModel(
      QualifiedName name,
      List<String> typeParameters,
      List<PropertyModel> properties,
      Optional<String> listElement,
      boolean isEvent,
      boolean hasBuilder) {
    this(name, typeParameters, properties, listElement, isEvent, hasBuilder, List.of());
  }

  /** A shape without a builder. */
  public ShapeModel(
      QualifiedName name,
      List<String> typeParameters,
      List<PropertyModel> properties,
      Optional<String> listElement,
      boolean isEvent) {
    this(name, typeParameters, properties, listElement, isEvent, false);
  }

  /** The property named {@code name}. */
  public PropertyModel property(String propertyName) {
    return properties.stream()
        .filter(p -> p.name().equals(propertyName))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no property " + propertyName + " in " + name));
  }
}

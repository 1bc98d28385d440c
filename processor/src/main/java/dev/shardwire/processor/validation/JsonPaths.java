package dev.shardwire.processor.validation;

import dev.shardwire.processor.model.Hierarchy;
import dev.shardwire.processor.model.KeyPaths;
import dev.shardwire.processor.model.ModelFactory;
import dev.shardwire.processor.model.PropertyModel;
import dev.shardwire.processor.model.QualifiedName;
import dev.shardwire.processor.model.ValueType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The JSON path rules that the decoder writer relies on, checked on the elements so that a
 * mistake is a tagged error on the accessor rather than a writer's internal error.
 */
final class JsonPaths {

  private JsonPaths() {}

  /** Whether {@code inner} lies strictly inside {@code outer}: {@code user.id} inside {@code user}. */
  static boolean liesInside(List<String> inner, List<String> outer) {
    return inner.size() > outer.size() && inner.subList(0, outer.size()).equals(outer);
  }

  /**
   * The value type of a map property whose keys {@code @KeyedBy} takes from a field of each value.
   * (On a list or set, {@code @KeyedBy} plucks a field instead, and the type system checks it.)
   */
  static Optional<ValueType> keyedMapValue(ValueType type) {
    if (type instanceof ValueType.OptionalOf optional) {
      return keyedMapValue(optional.element());
    }
    if (type instanceof ValueType.MapOf map && !map.keyPath().isEmpty()) {
      return Optional.of(map.value());
    }
    return Optional.empty();
  }

  /** Whether {@code keyPath} leads, through {@code model}'s properties, to one property ({@link KeyPaths}). */
  static boolean resolves(Elements elements, QualifiedName model, List<String> keyPath) {
    return KeyPaths.chain(model, keyPath, name -> properties(elements, name)).isPresent();
  }


  /** The JSON paths of {@code model}'s payload properties, for the message that lists them. */
  static String pathsOf(Elements elements, QualifiedName model) {
    List<String> paths = new ArrayList<>();
    for (PropertyModel property : properties(elements, model)) {
      paths.add("\"" + property.jsonName() + "\"");
    }
    return paths.isEmpty() ? "it has none" : "such as " + String.join(", ", paths);
  }

  private static List<PropertyModel> properties(Elements elements, QualifiedName model) {
    TypeElement type = elements.getTypeElement(model.canonicalName());
    if (type == null) {
      return List.of();
    }
    return Hierarchy.models().accessors(type).stream()
        .map(ModelFactory::property)
        .filter(p -> !p.fromContext() && !p.jsonPath().isEmpty())
        .toList();
  }
}

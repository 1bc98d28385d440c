package dev.shardwire.processor.validation;

import dev.shardwire.processor.model.Hierarchy;
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

  /**
   * Whether {@code keyPath} leads, through the properties of {@code model} and of the models they
   * hold, to one property, as the decoder writer walks it: a property whose path is a prefix of
   * what is left either ends it or holds the model the walk goes on in.
   */
  static boolean resolves(Elements elements, QualifiedName model, List<String> keyPath) {
    List<String> rest = keyPath;
    QualifiedName current = model;
    while (!rest.isEmpty()) {
      PropertyModel step = null;
      for (PropertyModel candidate : properties(elements, current)) {
        List<String> path = candidate.jsonPath();
        boolean prefix = !path.isEmpty() && path.size() <= rest.size() && rest.subList(0, path.size()).equals(path);
        if (prefix && (path.size() == rest.size() || candidate.valueType() instanceof ValueType.Model)) {
          step = candidate;
          break;
        }
      }
      if (step == null) {
        return false;
      }
      rest = rest.subList(step.jsonPath().size(), rest.size());
      if (!rest.isEmpty()) {
        current = ((ValueType.Model) step.valueType()).name();
      }
    }
    return true;
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

package dev.shardwire.processor.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * How a map's {@code @KeyedBy} path reaches the key in each of its values: the properties it goes
 * through, model by model. Validation asks whether there is such a chain, the decoder writer
 * turns it into accessor calls, so both read the path the same way.
 */
public final class KeyPaths {

  private KeyPaths() {}

  /**
   * The properties {@code keyPath} goes through from {@code model}: at each step a property whose
   * JSON path is a prefix of what is left either ends the path or holds the model it goes on in.
   *
   * @param properties the payload properties of a model, empty for a model it does not know
   * @return the chain, or empty when the path names no property
   */
  public static Optional<List<PropertyModel>> chain(
      QualifiedName model, List<String> keyPath, Function<QualifiedName, List<PropertyModel>> properties) {
    List<PropertyModel> chain = new ArrayList<>();
    QualifiedName current = model;
    List<String> rest = keyPath;
    while (!rest.isEmpty()) {
      PropertyModel step = null;
      for (PropertyModel candidate : properties.apply(current)) {
        List<String> path = candidate.jsonPath();
        boolean prefix = candidate.hasJsonField() && path.size() <= rest.size() && rest.subList(0, path.size()).equals(path);
        if (prefix && (path.size() == rest.size() || candidate.valueType() instanceof ValueType.Model)) {
          step = candidate;
          break;
        }
      }
      if (step == null) {
        return Optional.empty();
      }
      chain.add(step);
      rest = rest.subList(step.jsonPath().size(), rest.size());
      if (!rest.isEmpty()) {
        current = ((ValueType.Model) step.valueType()).name();
      }
    }
    return Optional.of(chain);
  }
}

package dev.shardwire.processor.model;

import java.util.List;

/**
 * A class with {@code @Subscribe} methods: what its generated binding calls.
 *
 * @param name the listener class
 * @param typeParameterCounts for each of {@code name}'s simple names, outermost first, how many
 *     type arguments the binding gives that class (wildcards): its own type parameters for the
 *     listener class, and those of each class it is an inner (non-static) class of, since {@code
 *     Outer<?>.Inner} is how code outside names an inner class of a generic class; none for a class
 *     reached through a static one
 * @param isPublic whether the class and every class enclosing it are public, so that the binding
 *     can be public too
 * @param handlers every handler, inherited ones first (root class first), each class's in
 *     declaration order; a method overridden lower in the hierarchy appears once
 */
public record ListenerModel(
    QualifiedName name, List<Integer> typeParameterCounts, boolean isPublic, List<HandlerModel> handlers) {

  /** Copies the handlers. */
  public ListenerModel {
    typeParameterCounts = List.copyOf(typeParameterCounts);
    handlers = List.copyOf(handlers);
  }

  /** The name of the generated binding. */
  public QualifiedName bindingName() {
    return GeneratedNames.binding(name);
  }
}

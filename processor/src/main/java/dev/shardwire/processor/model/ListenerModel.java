package dev.shardwire.processor.model;

import java.util.List;

/**
 * A class with {@code @Subscribe} methods: what its generated binding calls.
 *
 * @param name the listener class
 * @param typeParameterCount how many type parameters it declares (the binding takes it with
 *     wildcards)
 * @param isPublic whether the class and every class enclosing it are public, so that the binding
 *     can be public too
 * @param handlers every handler, inherited ones first (root class first), each class's in
 *     declaration order; a method overridden lower in the hierarchy appears once
 */
public record ListenerModel(
    QualifiedName name, int typeParameterCount, boolean isPublic, List<HandlerModel> handlers) {

  /** Copies the handlers. */
  public ListenerModel {
    handlers = List.copyOf(handlers);
  }

  /** The name of the generated binding. */
  public QualifiedName bindingName() {
    return GeneratedNames.binding(name);
  }
}

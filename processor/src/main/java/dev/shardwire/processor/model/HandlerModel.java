package dev.shardwire.processor.model;

/**
 * One {@code @Subscribe} method of a listener class, own or inherited.
 *
 * @param methodName the method's simple name
 * @param declaringClass the class that declares it (the listener class, or one of its superclasses)
 * @param event the event interface it handles: the type of its single parameter
 * @param async whether it returns a {@code CompletionStage} (otherwise {@code void})
 */
public record HandlerModel(String methodName, QualifiedName declaringClass, QualifiedName event, boolean async) {

  /** How logs name it: {@code Greeter.onReady(ShardReadyEvent)}. */
  public String displayName() {
    return declaringClass.simpleName() + "." + methodName + "(" + event.simpleName() + ")";
  }
}

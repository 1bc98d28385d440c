package dev.shardwire.processor.model;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Finds the {@code @Subscribe} methods a listener class binds: its own and those of its
 * superclasses, one per overridden signature.
 */
public final class HandlerMethods {

  /**
   * One handler of a class.
   *
   * @param declared the topmost {@code @Subscribe} declaration: it fixes the handler's position
   * @param visible the most specific declaration in the class's hierarchy (an override, annotated
   *     or not, or {@code declared} itself): what a call on an instance of the class resolves to
   */
  public record Found(ExecutableElement declared, ExecutableElement visible) {}

  private HandlerMethods() {}

  /** Whether {@code method} carries {@code @Subscribe}. */
  public static boolean isHandler(ExecutableElement method) {
    return Annotations.has(method, KnownTypes.SUBSCRIBE);
  }

  /** The superclass chain of {@code type}, root first, ending with {@code type}; {@code Object} is left out. */
  public static List<TypeElement> superclassChain(TypeElement type) {
    List<TypeElement> chain = new ArrayList<>();
    TypeElement current = type;
    while (current != null && !current.getQualifiedName().contentEquals("java.lang.Object")) {
      chain.add(0, current);
      TypeMirror superclass = current.getSuperclass();
      current =
          superclass.getKind() == TypeKind.DECLARED
              ? (TypeElement) ((DeclaredType) superclass).asElement()
              : null;
    }
    return chain;
  }

  /**
   * The handlers of {@code type}, root class first, each class's in declaration order. A method
   * that overrides a handler (with or without {@code @Subscribe}) does not add another; it becomes
   * that handler's {@link Found#visible()} declaration, which is how Java calls it anyway.
   */
  public static List<Found> of(TypeElement type, Elements elements) {
    List<ExecutableElement> declared = new ArrayList<>();
    List<ExecutableElement> visible = new ArrayList<>();
    for (TypeElement each : superclassChain(type)) {
      for (ExecutableElement method : ElementFilter.methodsIn(each.getEnclosedElements())) {
        boolean overrides = false;
        for (int i = 0; i < declared.size(); i++) {
          if (elements.overrides(method, declared.get(i), type)) {
            visible.set(i, method);
            overrides = true;
          }
        }
        if (!overrides && isHandler(method)) {
          declared.add(method);
          visible.add(method);
        }
      }
    }
    List<Found> result = new ArrayList<>();
    for (int i = 0; i < declared.size(); i++) {
      result.add(new Found(declared.get(i), visible.get(i)));
    }
    return result;
  }
}

package dev.shardwire.processor.model;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.Elements;

/**
 * Builds the {@link ListenerModel} of a class the validation layer has accepted: it assumes
 * every rule holds and checks none.
 */
public final class ListenerFactory {

  private ListenerFactory() {}

  /** The model of a valid listener class. */
  public static ListenerModel listener(TypeElement type, Elements elements) {
    List<HandlerModel> handlers = new ArrayList<>();
    for (HandlerMethods.Found found : HandlerMethods.of(type, elements)) {
      handlers.add(handler(found.declared(), found.visible()));
    }
    return new ListenerModel(TypeRefs.nameOf(type), typeParameterCounts(type), isPublic(type), handlers);
  }

  /** See {@link ListenerModel#typeParameterCounts()}. */
  private static List<Integer> typeParameterCounts(TypeElement type) {
    List<Integer> counts = new ArrayList<>();
    boolean inScope = true;
    for (Element current = type; current instanceof TypeElement each; current = current.getEnclosingElement()) {
      counts.add(0, inScope ? each.getTypeParameters().size() : 0);
      // The enclosing class's type parameters are part of this class's type only if it is inner.
      inScope &= !each.getModifiers().contains(Modifier.STATIC) && !each.getKind().isInterface()
          && each.getKind() != ElementKind.ENUM && each.getKind() != ElementKind.RECORD;
    }
    return counts;
  }

  private static HandlerModel handler(ExecutableElement declared, ExecutableElement visible) {
    DeclaredType parameter = (DeclaredType) declared.getParameters().get(0).asType();
    return new HandlerModel(
        declared.getSimpleName().toString(),
        TypeRefs.nameOf((TypeElement) declared.getEnclosingElement()),
        TypeRefs.nameOf((TypeElement) parameter.asElement()),
        visible.getReturnType().getKind() != TypeKind.VOID);
  }

  private static boolean isPublic(TypeElement type) {
    Element current = type;
    while (current instanceof TypeElement) {
      if (!current.getModifiers().contains(Modifier.PUBLIC)) {
        return false;
      }
      current = current.getEnclosingElement();
    }
    return true;
  }
}

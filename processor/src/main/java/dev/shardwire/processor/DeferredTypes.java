package dev.shardwire.processor;

import dev.shardwire.processor.validation.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.Messager;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic;

/**
 * The types a step put off because they refer to types a later round generates. We keep their
 * names, not their elements, because elements are not valid across rounds (AutoValue does the
 * same).
 */
final class DeferredTypes {

  private final Elements elements;
  private final Messager messager;
  private final Set<String> names = new TreeSet<>();

  DeferredTypes(Elements elements, Messager messager) {
    this.elements = elements;
    this.messager = messager;
  }

  /** Puts {@code type} off when it refers to types not generated yet; returns whether it did. */
  boolean deferIfUnresolved(TypeElement type) {
    if (ErrorTypes.unresolved(type).isEmpty()) {
      return false;
    }
    names.add(type.getQualifiedName().toString());
    return true;
  }

  /** The types put off in earlier rounds, as this round's elements, in name order; forgets them. */
  List<TypeElement> takeAll() {
    List<TypeElement> types = new ArrayList<>();
    for (String name : names) {
      TypeElement element = elements.getTypeElement(name);
      if (element != null) {
        types.add(element);
      }
    }
    names.clear();
    return types;
  }

  /** Whether nothing is waiting. */
  boolean isEmpty() {
    return names.isEmpty();
  }

  /**
   * At the last round: what is still waiting can never resolve, and is one clear error each. A type
   * whose types did appear is left waiting only because another error ended javac's rounds early;
   * that error fails the build, and this type has none of its own.
   */
  void reportUnresolved() {
    for (TypeElement type : takeAll()) {
      List<String> unresolved = ErrorTypes.unresolved(type);
      if (!unresolved.isEmpty()) {
        messager.printMessage(
            Diagnostic.Kind.ERROR, Message.UNRESOLVED_TYPE.format(type.getQualifiedName(), String.join(", ", unresolved)), type);
      }
    }
  }
}

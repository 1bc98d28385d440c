package dev.shardwire.processor.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * Walks the interface hierarchy of an event or model: its supertypes of the same kind, their
 * linearisation (hikari's MRO) and the accessors that become properties.
 */
public final class Hierarchy {

  private static final Set<String> OBJECT_METHODS = Set.of("equals", "hashCode", "toString");

  private final String kindAnnotation;

  private Hierarchy(String kindAnnotation) {
    this.kindAnnotation = kindAnnotation;
  }

  /** The hierarchy of {@code @ShardEvent} interfaces. */
  public static Hierarchy events() {
    return new Hierarchy(KnownTypes.SHARD_EVENT_ANNOTATION);
  }

  /** The hierarchy of {@code @GatewayModel} interfaces. */
  public static Hierarchy models() {
    return new Hierarchy(KnownTypes.GATEWAY_MODEL_ANNOTATION);
  }

  /** Whether {@code type} is of this hierarchy's kind. */
  public boolean isMember(TypeElement type) {
    return Annotations.has(type, kindAnnotation);
  }

  /** The direct superinterfaces of {@code type} that are of this hierarchy's kind, in declaration order. */
  public List<TypeElement> directSupertypes(TypeElement type) {
    List<TypeElement> result = new ArrayList<>();
    for (TypeMirror mirror : type.getInterfaces()) {
      if (mirror.getKind() == TypeKind.DECLARED) {
        TypeElement element = (TypeElement) ((DeclaredType) mirror).asElement();
        if (isMember(element)) {
          result.add(element);
        }
      }
    }
    return result;
  }

  /**
   * {@code type} and all its supertypes of this kind, most specific first, by C3 linearisation
   * (Python's MRO, which hikari's {@code dispatches()} follows). When the hierarchy has no C3
   * order, supertypes follow in depth-first order without repeats.
   */
  public List<TypeElement> linearize(TypeElement type) {
    List<List<TypeElement>> sequences = new ArrayList<>();
    List<TypeElement> direct = directSupertypes(type);
    for (TypeElement supertype : direct) {
      sequences.add(new ArrayList<>(linearize(supertype)));
    }
    sequences.add(new ArrayList<>(direct));
    List<TypeElement> result = new ArrayList<>();
    result.add(type);
    while (true) {
      sequences.removeIf(List::isEmpty);
      if (sequences.isEmpty()) {
        return result;
      }
      TypeElement next = null;
      for (List<TypeElement> sequence : sequences) {
        TypeElement head = sequence.get(0);
        boolean inTail = sequences.stream().anyMatch(s -> s.indexOf(head) > 0);
        if (!inTail) {
          next = head;
          break;
        }
      }
      if (next == null) {
        return depthFirst(type);
      }
      result.add(next);
      for (List<TypeElement> sequence : sequences) {
        sequence.remove(next);
      }
    }
  }

  private List<TypeElement> depthFirst(TypeElement type) {
    List<TypeElement> result = new ArrayList<>();
    result.add(type);
    for (TypeElement supertype : directSupertypes(type)) {
      for (TypeElement each : depthFirst(supertype)) {
        if (!result.contains(each)) {
          result.add(each);
        }
      }
    }
    return result;
  }

  /**
   * The abstract accessors of {@code type} and its supertypes of this kind that become
   * properties: the root's first, each type's in declaration order. An accessor redeclared
   * lower in the hierarchy keeps its first position but the lowest declaration (with its
   * annotations). {@code Event.eventType()} and {@code Object}'s methods are not properties.
   */
  public List<ExecutableElement> accessors(TypeElement type) {
    List<TypeElement> order = new ArrayList<>(linearize(type));
    java.util.Collections.reverse(order);
    Map<String, ExecutableElement> byName = new LinkedHashMap<>();
    for (TypeElement each : order) {
      for (ExecutableElement method : ElementFilter.methodsIn(each.getEnclosedElements())) {
        if (isAccessorCandidate(method)) {
          byName.put(method.getSimpleName().toString(), method);
        }
      }
    }
    return new ArrayList<>(byName.values());
  }

  private static boolean isAccessorCandidate(ExecutableElement method) {
    Set<Modifier> modifiers = method.getModifiers();
    if (!modifiers.contains(Modifier.ABSTRACT) || modifiers.contains(Modifier.STATIC)) {
      return false;
    }
    String name = method.getSimpleName().toString();
    if (OBJECT_METHODS.contains(name)) {
      return false;
    }
    Element owner = method.getEnclosingElement();
    return !(name.equals(KnownTypes.EVENT_TYPE_ACCESSOR)
        && ((TypeElement) owner).getQualifiedName().contentEquals(KnownTypes.EVENT));
  }
}

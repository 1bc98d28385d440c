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
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * Walks the interface hierarchy of an event or model: its supertypes of the same kind, their
 * linearisation (hikari's MRO) and the accessors that become properties.
 */
public final class Hierarchy {


  private final String kindAnnotation;
  /** Whether {@code @GatewayModel} supertypes lend their accessors (for events: an event that is a model). */
  private final boolean modelsLendProperties;

  private Hierarchy(String kindAnnotation, boolean modelsLendProperties) {
    this.kindAnnotation = kindAnnotation;
    this.modelsLendProperties = modelsLendProperties;
  }

  /**
   * The hierarchy of {@code @ShardEvent} interfaces. An event may also extend {@code @GatewayModel}
   * interfaces, whose accessors become its properties (GUILD_CREATE's payload is a guild): they
   * add properties, never event types to {@code dispatches()}.
   */
  public static Hierarchy events() {
    return new Hierarchy(KnownTypes.SHARD_EVENT_ANNOTATION, true);
  }

  /** The hierarchy of {@code @GatewayModel} interfaces. */
  public static Hierarchy models() {
    return new Hierarchy(KnownTypes.GATEWAY_MODEL_ANNOTATION, false);
  }

  /** Whether {@code type} is of this hierarchy's kind. */
  public boolean isMember(TypeElement type) {
    return Annotations.has(type, kindAnnotation);
  }

  /** Whether {@code type} may be a supertype: of this kind, or a model that lends its properties. */
  public boolean isPropertySource(TypeElement type) {
    return isMember(type) || (modelsLendProperties && Annotations.has(type, KnownTypes.GATEWAY_MODEL_ANNOTATION));
  }

  /** The direct superinterfaces of {@code type} that are of this hierarchy's kind, in declaration order. */
  public List<TypeElement> directSupertypes(TypeElement type) {
    return directSupertypes(type, this::isMember);
  }

  private static List<TypeElement> directSupertypes(TypeElement type, java.util.function.Predicate<TypeElement> kept) {
    List<TypeElement> result = new ArrayList<>();
    for (TypeMirror mirror : type.getInterfaces()) {
      if (mirror.getKind() == TypeKind.DECLARED) {
        TypeElement element = (TypeElement) ((DeclaredType) mirror).asElement();
        if (kept.test(element)) {
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
    return linearize(type, this::isMember);
  }

  private static List<TypeElement> linearize(TypeElement type, java.util.function.Predicate<TypeElement> kept) {
    List<List<TypeElement>> sequences = new ArrayList<>();
    List<TypeElement> direct = directSupertypes(type, kept);
    for (TypeElement supertype : direct) {
      sequences.add(new ArrayList<>(linearize(supertype, kept)));
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
        return depthFirst(type, kept);
      }
      result.add(next);
      for (List<TypeElement> sequence : sequences) {
        sequence.remove(next);
      }
    }
  }

  private static List<TypeElement> depthFirst(TypeElement type, java.util.function.Predicate<TypeElement> kept) {
    List<TypeElement> result = new ArrayList<>();
    result.add(type);
    for (TypeElement supertype : directSupertypes(type, kept)) {
      for (TypeElement each : depthFirst(supertype, kept)) {
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
   * annotations); one that a default method implements lower in the hierarchy is none.
   * {@code Event.eventType()} and {@code Object}'s methods are not properties.
   */
  public List<ExecutableElement> accessors(TypeElement type) {
    List<TypeElement> order = new ArrayList<>(linearize(type, this::isPropertySource));
    java.util.Collections.reverse(order);
    Map<String, ExecutableElement> byName = new LinkedHashMap<>();
    for (TypeElement each : order) {
      for (ExecutableElement method : ElementFilter.methodsIn(each.getEnclosedElements())) {
        if (isAccessorCandidate(method)) {
          byName.put(method.getSimpleName().toString(), method);
        } else if (method.getModifiers().contains(Modifier.DEFAULT) && method.getParameters().isEmpty()) {
          // A default lower in the hierarchy implements the accessor: the type computes it.
          byName.remove(method.getSimpleName().toString());
        }
      }
    }
    return new ArrayList<>(byName.values());
  }

  /**
   * Whether {@code method} redeclares one of Object's, which the implementation writes itself: by
   * signature, as an {@code equals()} or {@code hashCode(int)} is the interface's own.
   */
  private static boolean isObjectMethod(ExecutableElement method) {
    String name = method.getSimpleName().toString();
    List<? extends VariableElement> parameters = method.getParameters();
    if (name.equals("hashCode") || name.equals("toString")) {
      return parameters.isEmpty();
    }
    return name.equals("equals")
        && parameters.size() == 1
        && parameters.get(0).asType() instanceof DeclaredType declared
        && ((TypeElement) declared.asElement()).getQualifiedName().contentEquals("java.lang.Object");
  }

  private static boolean isAccessorCandidate(ExecutableElement method) {
    Set<Modifier> modifiers = method.getModifiers();
    if (!modifiers.contains(Modifier.ABSTRACT) || modifiers.contains(Modifier.STATIC)) {
      return false;
    }
    String name = method.getSimpleName().toString();
    if (isObjectMethod(method)) {
      return false;
    }
    Element owner = method.getEnclosingElement();
    return !(name.equals(KnownTypes.EVENT_TYPE_ACCESSOR)
        && ((TypeElement) owner).getQualifiedName().contentEquals(KnownTypes.EVENT));
  }
}

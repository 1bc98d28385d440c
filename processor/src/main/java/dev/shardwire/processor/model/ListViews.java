package dev.shardwire.processor.model;

import java.util.List;
import java.util.Optional;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Events that are also a {@code java.util.List<E>} (as {@code MemberChunkEvent} is a list of its
 * members): which property backs the list.
 */
public final class ListViews {

  private ListViews() {}

  /** The {@code List<E>} that {@code type} directly extends, if any. */
  public static Optional<DeclaredType> listSupertype(TypeElement type) {
    for (TypeMirror mirror : type.getInterfaces()) {
      if (mirror.getKind() == TypeKind.DECLARED) {
        DeclaredType declared = (DeclaredType) mirror;
        if (((TypeElement) declared.asElement()).getQualifiedName().contentEquals("java.util.List")) {
          return Optional.of(declared);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The property whose values are the list's elements: the one {@code List<E>} property or {@code
   * Map<?, E>} property with the list's element type. Empty when {@code type} is not a list, or
   * when no single property qualifies (the validation layer reports that).
   */
  public static Optional<String> sourceProperty(TypeElement type, List<PropertyModel> properties) {
    List<String> candidates = candidates(type, properties);
    return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
  }

  /** The properties that could back the list view of {@code type}: none when it is not a list. */
  public static List<String> candidates(TypeElement type, List<PropertyModel> properties) {
    Optional<DeclaredType> list = listSupertype(type);
    if (list.isEmpty() || list.get().getTypeArguments().size() != 1) {
      return List.of();
    }
    TypeRef element = TypeRefs.of(list.get().getTypeArguments().get(0));
    return properties.stream()
        .filter(p -> !p.fromContext() && holds(p.type(), element))
        .map(PropertyModel::name)
        .toList();
  }

  private static boolean holds(TypeRef type, TypeRef element) {
    if (!(type instanceof TypeRef.Declared declared)) {
      return false;
    }
    String name = declared.name().canonicalName();
    List<TypeRef> arguments = declared.arguments();
    return (name.equals("java.util.List") && arguments.size() == 1 && arguments.get(0).equals(element))
        || (name.equals("java.util.Map") && arguments.size() == 2 && arguments.get(1).equals(element));
  }
}

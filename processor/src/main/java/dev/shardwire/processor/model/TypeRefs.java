package dev.shardwire.processor.model;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;

/** Turns {@code javax.lang.model} types and elements into the model's plain {@link TypeRef}s and names. */
public final class TypeRefs {

  private TypeRefs() {}

  /**
   * The keyword of primitive (or {@code void}) {@code type}, {@code int}: by its kind, because
   * toString() shows type-use annotations ({@code @Positive int}), which are no keyword.
   */
  public static String keyword(TypeMirror type) {
    return type.getKind().name().toLowerCase(java.util.Locale.ROOT);
  }

  /** The plain-data form of {@code type}. */
  public static TypeRef of(TypeMirror type) {
    switch (type.getKind()) {
      case BOOLEAN, BYTE, SHORT, INT, LONG, CHAR, FLOAT, DOUBLE, VOID:
        return new TypeRef.Primitive(keyword(type));
      case ARRAY:
        return new TypeRef.Array(of(((ArrayType) type).getComponentType()));
      case WILDCARD:
        WildcardType wildcard = (WildcardType) type;
        if (wildcard.getSuperBound() != null) {
          return new TypeRef.Wildcard(of(wildcard.getSuperBound()), true);
        }
        return new TypeRef.Wildcard(
            wildcard.getExtendsBound() == null ? null : of(wildcard.getExtendsBound()), false);
      case TYPEVAR:
        return new TypeRef.Variable(((javax.lang.model.type.TypeVariable) type).asElement().getSimpleName().toString());
      case DECLARED:
        DeclaredType declared = (DeclaredType) type;
        List<TypeRef> arguments = new ArrayList<>();
        for (TypeMirror argument : declared.getTypeArguments()) {
          arguments.add(of(argument));
        }
        return new TypeRef.Declared(nameOf((TypeElement) declared.asElement()), arguments);
      default:
        throw new IllegalArgumentException("unexpected type " + type + " of kind " + type.getKind());
    }
  }

  /** The qualified name of a class or interface, nested names kept apart. */
  public static QualifiedName nameOf(TypeElement type) {
    List<String> simpleNames = new ArrayList<>();
    Element current = type;
    while (current.getKind().isClass() || current.getKind().isInterface()) {
      simpleNames.add(0, current.getSimpleName().toString());
      current = current.getEnclosingElement();
    }
    while (current.getKind() != ElementKind.PACKAGE) {
      current = current.getEnclosingElement();
    }
    return new QualifiedName(((PackageElement) current).getQualifiedName().toString(), simpleNames);
  }
}

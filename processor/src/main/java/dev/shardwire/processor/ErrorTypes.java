package dev.shardwire.processor;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.ElementFilter;

/**
 * Finds the types an element refers to that javac could not resolve yet: usually types another
 * processor generates in a later round. Such elements are deferred, not reported.
 */
final class ErrorTypes {

  private ErrorTypes() {}

  /** The unresolved types in {@code type}'s supertypes and method signatures. */
  static List<String> unresolved(TypeElement type) {
    List<String> found = new ArrayList<>();
    for (TypeMirror supertype : type.getInterfaces()) {
      collect(supertype, found);
    }
    collect(type.getSuperclass(), found);
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      collect(method.getReturnType(), found);
      method.getParameters().forEach(p -> collect(p.asType(), found));
    }
    return found;
  }

  private static void collect(TypeMirror type, List<String> found) {
    if (type == null) {
      return;
    }
    if (type.getKind() == TypeKind.ERROR) {
      found.add(type.toString());
    } else if (type.getKind() == TypeKind.DECLARED) {
      ((DeclaredType) type).getTypeArguments().forEach(a -> collect(a, found));
    } else if (type.getKind() == TypeKind.ARRAY) {
      collect(((ArrayType) type).getComponentType(), found);
    } else if (type.getKind() == TypeKind.WILDCARD) {
      WildcardType wildcard = (WildcardType) type;
      collect(wildcard.getExtendsBound(), found);
      collect(wildcard.getSuperBound(), found);
    }
  }
}
